import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetworkNameUnique } from '../../../server/src/core/rules/net/network-name-unique';
import { MASQ, NET, POD, input, shape, spec } from '../../helpers/admission';
import { assertMarked } from '../../helpers/marked';

test('NET-07: duplicate network name with %q, related to the first', () => {
  const got = validateNetworkNameUnique(input(spec([MASQ], [POD, { name: 'default', multus: { networkName: 'x' } }])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'NET-07',
      severity: 'error',
      field: 'spec.networks[1].name',
      message: 'Network with name "default" already exists, every network must have a unique name',
      at: NET(1, 'name'),
      part: 'value',
      related: [NET(0, 'name')],
    },
  ]);
});

test('NET-07 valid neighbour', () => {
  assert.deepEqual(validateNetworkNameUnique(input(spec([MASQ], [POD, { name: 'b', multus: { networkName: 'x' } }]))), []);
});

test('NET-07 marked: two networks named default; the interface is checked against the last one (BIND-02)', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: network-name-unique
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
#       ^^^^^^^^^^ BIND-02
  networks:
  - name: default
    pod: {}
  - name: default
#         ^^^^^^^ NET-07
    multus:
      networkName: blue-nad
`);
});

test('NET-07 marked valid neighbour', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: network-name-unique
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
  networks:
  - name: default
    pod: {}
`);
});
