import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { admitSpec, errors, IF, MASQ, POD, input, shape, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';
import { assertMarked, neighbour } from '../../helpers/marked';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };
const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('BIND-01: no binding', () => {
  assert.deepEqual(validateInterfaceBinding(input(spec([{ name: 'default' }], [POD]))).map(shape), [
    {
      code: 'BIND-01',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0]',
      message: 'logical default interface must have exactly one binding method or binding plugin',
      at: IF(0, 'name'),
      part: 'value',
    },
  ]);
});

test('BIND-01: plugin and bridge together, at the second binding key', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', bridge: {}, binding: { name: 'p' } }], [POD, SEC])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'BIND-01',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[1]',
      message: 'logical sec interface must have exactly one binding method or binding plugin',
      at: IF(1, 'binding'),
      part: 'key',
      related: [IF(1, 'bridge')],
    },
  ]);
});

test('BIND-01: a discontinued binding alone does not count', () => {
  assert.deepEqual(
    validateInterfaceBinding(input(spec([{ name: 'default', slirp: {} }], [POD]))).map((f) => f.code),
    ['BIND-01'],
  );
});

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

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: binding-exists
spec:
  domain:
    devices:
      interfaces:
      - name: default
#             ^^^^^^^ BIND-01
  networks:
  - name: default
    pod: {}
`;

test('BIND-01 marked: an interface without a binding, on its name', () => {
  assertMarked(MARKED);
});

test('BIND-01 marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `      - name: default
  networks:`,
      `      - name: default
        masquerade: {}
  networks:`,
    ]),
  );
});
