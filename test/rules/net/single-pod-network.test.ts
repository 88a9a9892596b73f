import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateSinglePodNetwork } from '../../../server/src/core/rules/net/single-pod-network';
import { IF, MASQ, NET, POD, brief, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('NET-01: two pod networks, field spec.interfaces (sic), at the second pod key', () => {
  const got = validateSinglePodNetwork(input(spec([MASQ, { name: 'b', masquerade: {} }], [POD, { name: 'b', pod: {} }])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'NET-01',
      severity: 'error',
      field: 'spec.interfaces',
      message: 'more than one interface is connected to a pod network in spec.interfaces',
      at: NET(1, 'pod'),
      part: 'key',
      related: [NET(0, 'pod')],
    },
  ]);
});

test('NET-01 on a VM: spec.template.spec.interfaces, reported once for three pod networks', () => {
  const i = input(spec([], [POD, { name: 'b', pod: {} }, { name: 'c', pod: {} }]), {}, 'VirtualMachine');
  assert.deepEqual(validateSinglePodNetwork(i).map(brief), [
    ['NET-01', 'spec.template.spec.interfaces', 'more than one interface is connected to a pod network in spec.template.spec.interfaces'],
  ]);
});

test('NET-02 and NET-03: two Multus defaults next to a pod network', () => {
  const nets = [
    POD,
    { name: 'a', multus: { networkName: 'x', default: true } },
    { name: 'b', multus: { networkName: 'y', default: true } },
  ];
  const got = validateSinglePodNetwork(input(spec([], nets)));
  assert.deepEqual(got.map(shape), [
    {
      code: 'NET-02',
      severity: 'error',
      field: 'spec.networks',
      message: 'Multus CNI should only have one default network',
      at: NET(2, 'multus', 'default'),
      part: 'value',
      related: [NET(1, 'multus', 'default')],
    },
    {
      code: 'NET-03',
      severity: 'error',
      field: 'spec.networks',
      message: 'Pod network cannot be defined when Multus default network is defined',
      at: NET(1, 'multus', 'default'),
      part: 'value',
      related: [NET(0, 'pod')],
    },
  ]);
});

test('NET-01..03 valid neighbour: one pod network and secondary Multus networks', () => {
  const nets = [POD, { name: 'a', multus: { networkName: 'x' } }, { name: 'b', multus: { networkName: 'y', default: false } }];
  assert.deepEqual(validateSinglePodNetwork(input(spec([], nets))), []);
  assert.deepEqual(IF(0), ['spec', 'domain', 'devices', 'interfaces', 0]);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: single-pod-network
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: second
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: second
    pod: {}
#   ^^^ NET-01
`;

test('NET-01 marked: a second pod network, on its pod key', () => {
  assertMarked(MARKED);
});

test('NET-01 marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `  - name: second
    pod: {}
`,
      `  - name: second
    multus:
      networkName: blue-nad
`,
    ]),
  );
});
