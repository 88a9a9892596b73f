// The network rules of older releases (OLD-*), placed on the key or value they are about, each with a valid
// neighbour; and the rules that changed in place (PORT-03/04, STATE-04, NET-04/05 sources), per release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, brief, errors, NET, POD, shape, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('PORT-03/PORT-04 up to v1.8: on the port entry, 65536 accepted; from v1.9 on .port, 65536 rejected', () => {
  const ports = (p: number) => [{ name: 'default', masquerade: {}, ports: [{ port: p }] }];
  assert.deepEqual(as('v1.8', ports(0), [POD]).map(brief), [
    ['PORT-03', 'spec.domain.devices.interfaces[0].ports[0]', 'Port field is mandatory.'],
  ]);
  assert.deepEqual(as('v1.8', ports(65536), [POD]), []);
  assert.deepEqual(
    as('v1.8', ports(65537), [POD]).map((f) => f.field),
    ['spec.domain.devices.interfaces[0].ports[0]'],
  );
  assert.deepEqual(
    as('v1.9', ports(65536), [POD]).map((f) => f.field),
    ['spec.domain.devices.interfaces[0].ports[0].port'],
  );
  assert.deepEqual(as('v1.9', ports(65535), [POD]), []);
});

test('STATE-04 up to v1.8 takes the first network that is not a secondary Multus network as the default', () => {
  const ifaces = [
    { name: 'a', bridge: {}, state: 'absent' },
    { name: 'default', masquerade: {} },
  ];
  const nets = [{ name: 'a' }, POD];
  assert.deepEqual(
    as('v1.8', ifaces, nets).map((f) => f.code),
    ['NET-04', 'STATE-04'],
  );
  assert.deepEqual(
    as('v1.9', ifaces, nets).map((f) => f.code),
    ['NET-04'],
  );
  const secondary = [{ name: 'a', multus: { networkName: 'nad' } }, POD];
  assert.deepEqual(as('v1.8', ifaces, secondary), []);
  assert.deepEqual(shape(as('v1.5', ifaces, nets)[1]!).related, [NET(0, 'name')]);
});

test('a VM create before v1.8 reports old passt at the template path (no creation-time check)', () => {
  const got = as('v1.7', [{ name: 'default', passt: {} }], [POD], {}, 'VirtualMachine');
  assert.deepEqual(got.map(brief), [
    ['OLD-PASST-FG', 'spec.template.spec.domain.devices.interfaces[0].name', 'Passt feature gate is not enabled'],
  ]);
});
