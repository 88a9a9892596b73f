// The network rules of older releases (OLD-*), placed on the key or value they are about, each with a valid
// neighbour; and the rules that changed in place (PORT-03/04, STATE-04, NET-04/05 sources), per release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, brief, errors, IF, NET, POD, shape, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const MULTUS = { name: 'default', multus: { networkName: 'nad' } };
const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('OLD-BIND-BOTH on the binding key, the method as related information; a plugin alone passes', () => {
  const got = as('v1.8', [{ name: 'default', bridge: {}, binding: { name: 'x' } }], [POD]);
  assert.deepEqual(got.map(shape), [
    {
      code: 'OLD-BIND-BOTH',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].binding',
      message: 'logical default interface cannot have both binding plugin and interface binding method',
      at: IF(0, 'binding'),
      part: 'key',
      related: [IF(0, 'bridge')],
    },
  ]);
  assert.deepEqual(as('v1.8', [{ name: 'default', binding: { name: 'x' } }], [POD]), []);
  assert.deepEqual(as('v1.8', [{ name: 'default' }], [POD]), [], 'no binding at all passes up to v1.8');
});

test('OLD-BIND-BOTH counts slirp/passt/macvtap up to v1.7 and passtBinding in v1.8', () => {
  const slirpPlugin = [{ name: 'default', slirp: {}, binding: { name: 'x' } }];
  assert.ok(as('v1.7', slirpPlugin, [POD]).some((f) => f.code === 'OLD-BIND-BOTH'));
  assert.ok(!as('v1.8', slirpPlugin, [POD]).some((f) => f.code === 'OLD-BIND-BOTH'));
  const passtBindingPlugin = [{ name: 'default', passtBinding: {}, binding: { name: 'x' } }];
  assert.ok(as('v1.8', passtBindingPlugin, [POD], { featureGates: ['PasstBinding'] }).some((f) => f.code === 'OLD-BIND-BOTH'));
});

test('OLD-PASST-FG and OLD-PASST-POD on the interface name (v1.5–v1.7); listing the gate turns FG off', () => {
  const passt = [{ name: 'default', passt: {} }];
  assert.deepEqual(as('v1.6', passt, [MULTUS]).map(brief), [
    ['OLD-PASST-FG', 'spec.domain.devices.interfaces[0].name', 'Passt feature gate is not enabled'],
    ['OLD-PASST-POD', 'spec.domain.devices.interfaces[0].name', 'Passt interface only implemented with pod network'],
  ]);
  assert.deepEqual(as('v1.6', passt, [POD], { featureGates: ['Passt'] }).map((f) => f.code), ['DISC-04']);
  assert.deepEqual(as('v1.8', passt, [POD]).map((f) => f.code), ['DISC-02']);
});

test('OLD-MACVTAP-FG and OLD-MACVTAP-MULTUS (v1.5–v1.7); macvtap on Multus with the gate listed is only DISC-04', () => {
  const macvtap = [{ name: 'default', macvtap: {} }];
  assert.deepEqual(as('v1.7', macvtap, [POD]).map((f) => f.code), ['OLD-MACVTAP-FG', 'OLD-MACVTAP-MULTUS']);
  assert.deepEqual(as('v1.7', macvtap, [MULTUS], { featureGates: ['Macvtap'] }).map((f) => f.code), ['DISC-04']);
  const [fg] = as('v1.5', macvtap, [MULTUS]);
  assert.deepEqual(shape(fg!).at, IF(0, 'name'));
});

test('OLD-SLIRP-CFG / OLD-SLIRP-POD only in v1.5, after DISC-01; permitSlirpInterface and a missing network pass', () => {
  const slirp = [{ name: 'default', slirp: {} }];
  assert.deepEqual(as('v1.5', slirp, [POD]).map((f) => f.code), ['DISC-01', 'OLD-SLIRP-CFG']);
  assert.deepEqual(as('v1.5', slirp, [MULTUS]).map((f) => f.code), ['DISC-01', 'OLD-SLIRP-POD']);
  assert.deepEqual(as('v1.5', slirp, [POD], { permitSlirpInterface: true }).map((f) => f.code), ['DISC-01']);
  assert.deepEqual(as('v1.5', slirp, [{ name: 'other', pod: {} }]).map((f) => f.code), ['DISC-01', 'NET-08', 'IFACE-02']);
  assert.deepEqual(as('v1.6', slirp, [MULTUS]).map((f) => f.code), ['DISC-01']);
});

test('PORT-03/PORT-04 up to v1.8: on the port entry, 65536 accepted; from v1.9 on .port, 65536 rejected', () => {
  const ports = (p: number) => [{ name: 'default', masquerade: {}, ports: [{ port: p }] }];
  assert.deepEqual(as('v1.8', ports(0), [POD]).map(brief), [['PORT-03', 'spec.domain.devices.interfaces[0].ports[0]', 'Port field is mandatory.']]);
  assert.deepEqual(as('v1.8', ports(65536), [POD]), []);
  assert.deepEqual(as('v1.8', ports(65537), [POD]).map((f) => f.field), ['spec.domain.devices.interfaces[0].ports[0]']);
  assert.deepEqual(as('v1.9', ports(65536), [POD]).map((f) => f.field), ['spec.domain.devices.interfaces[0].ports[0].port']);
  assert.deepEqual(as('v1.9', ports(65535), [POD]), []);
});

test('STATE-04 up to v1.8 takes the first network that is not a secondary Multus network as the default', () => {
  const ifaces = [{ name: 'a', bridge: {}, state: 'absent' }, { name: 'default', masquerade: {} }];
  const nets = [{ name: 'a' }, POD];
  assert.deepEqual(as('v1.8', ifaces, nets).map((f) => f.code), ['NET-04', 'STATE-04']);
  assert.deepEqual(as('v1.9', ifaces, nets).map((f) => f.code), ['NET-04']);
  const secondary = [{ name: 'a', multus: { networkName: 'nad' } }, POD];
  assert.deepEqual(as('v1.8', ifaces, secondary), []);
  assert.deepEqual(shape(as('v1.5', ifaces, nets)[1]!).related, [NET(0, 'name')]);
});

test('a VM create before v1.8 reports old passt at the template path (no creation-time check)', () => {
  const got = as('v1.7', [{ name: 'default', passt: {} }], [POD], {}, 'VirtualMachine');
  assert.deepEqual(got.map(brief), [['OLD-PASST-FG', 'spec.template.spec.domain.devices.interfaces[0].name', 'Passt feature gate is not enabled']]);
});
