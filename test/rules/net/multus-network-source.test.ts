import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateMultusNetworkSource } from '../../../server/src/core/rules/net/multus-network-source';
import { NET, brief, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('NET-06: empty networkName, only the first offending network is reported', () => {
  const nets = [
    { name: 'a', multus: { networkName: 'ok' } },
    { name: 'b', multus: { networkName: '' } },
    { name: 'c', multus: { networkName: '' } },
  ];
  assert.deepEqual(validateMultusNetworkSource(input(spec([], nets))).map(shape), [
    {
      code: 'NET-06',
      severity: 'error',
      field: 'spec.networks[1]',
      message: 'CNI delegating plugin must have a networkName',
      at: NET(1, 'multus', 'networkName'),
      part: 'value',
    },
  ]);
});

test('NET-06 on a VM uses spec.template.spec.networks[n]', () => {
  assert.deepEqual(validateMultusNetworkSource(input(spec([], [{ name: 'a', multus: {} }]), {}, 'VirtualMachine')).map(brief), [
    ['NET-06', 'spec.template.spec.networks[0]', 'CNI delegating plugin must have a networkName'],
  ]);
});

test('NET-06 valid neighbour: networkName set', () => {
  assert.deepEqual(validateMultusNetworkSource(input(spec([], [{ name: 'a', multus: { networkName: 'ns/nad' } }]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: multus-network-source
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: ""
#                  ^^ NET-06
`;

test('NET-06 marked: an empty networkName', () => {
  assertMarked(MARKED);
});

test('NET-06 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['      networkName: ""', '      networkName: blue-nad']));
});
