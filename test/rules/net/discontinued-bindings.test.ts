import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDiscontinuedBindings } from '../../../server/src/core/rules/net/discontinued-bindings';
import { IF, POD, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('DISC-01..03: one cause per discontinued binding, at its key', () => {
  const ifaces = [
    { name: 'default', slirp: {} },
    { name: 'b', passt: {} },
    { name: 'c', macvtap: {} },
  ];
  const nets = [POD, { name: 'b', multus: { networkName: 'x' } }, { name: 'c', multus: { networkName: 'y' } }];
  assert.deepEqual(validateDiscontinuedBindings(input(spec(ifaces, nets))).map(shape), [
    {
      code: 'DISC-01',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].slirp',
      message: 'Slirp interface support has been discontinued since v1.3',
      at: IF(0, 'slirp'),
      part: 'key',
    },
    {
      code: 'DISC-02',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[1].passt',
      message: 'Passt network binding has been discontinued since v1.3',
      at: IF(1, 'passt'),
      part: 'key',
    },
    {
      code: 'DISC-03',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[2].macvtap',
      message: 'Macvtap network binding has been discontinued since v1.3',
      at: IF(2, 'macvtap'),
      part: 'key',
    },
  ]);
});

test('DISC valid neighbour: passtBinding is not the discontinued passt', () => {
  assert.deepEqual(validateDiscontinuedBindings(input(spec([{ name: 'default', passtBinding: {} }], [POD]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: discontinued-bindings
spec:
  domain:
    devices:
      interfaces:
      - name: default
#             ^^^^^^^ BIND-01
        slirp: {}
#       ^^^^^ DISC-01
  networks:
  - name: default
    pod: {}
`;

test('DISC-01 marked: slirp alone: discontinued at its key, and no counted binding on the name', () => {
  assertMarked(MARKED);
});

test('DISC-01 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['        slirp: {}', '        masquerade: {}']));
});
