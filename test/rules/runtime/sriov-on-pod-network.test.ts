import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSriovOnPodNetwork } from '../../../server/src/core/rules/runtime/sriov-on-pod-network';
import { IF, MASQ, POD, input, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('N-06: SR-IOV on the pod network', () => {
  const got = checkSriovOnPodNetwork(input(spec([{ name: 'default', sriov: {} }], [POD])));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.field, f.at]),
    [['N-06', 'warning', null, IF(0, 'sriov')]],
  );
  assert.deepEqual(
    checkSriovOnPodNetwork(input(spec([MASQ, { name: 's', sriov: {} }], [POD, { name: 's', multus: { networkName: 'x' } }]))),
    [],
  );
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: sriov-on-pod-network
spec:
  domain:
    devices:
      interfaces:
      - name: default
        sriov: {}
#       ^^^^^ N-06
  networks:
  - name: default
    pod: {}
`;

test('N-06 marked: SR-IOV on the pod network, on the binding key', () => {
  assertMarked(MARKED);
});

test('N-06 marked valid neighbour', () => {
  assertMarked(
    neighbour(
      MARKED,
      [
        `      - name: default
        sriov: {}`,
        `      - name: default
        masquerade: {}
      - name: vf
        sriov: {}`,
      ],
      [
        `    pod: {}
`,
        `    pod: {}
  - name: vf
    multus:
      networkName: sriov-nad
`,
      ],
    ),
  );
});
