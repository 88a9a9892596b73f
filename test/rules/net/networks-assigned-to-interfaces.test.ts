import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetworksAssignedToInterfaces } from '../../../server/src/core/rules/net/networks-assigned-to-interfaces';
import { IF, MASQ, NET, POD, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('NET-08: network without an interface (case-sensitive)', () => {
  const got = validateNetworksAssignedToInterfaces(
    input(spec([MASQ, { name: 'Sec', bridge: {} }], [POD, { name: 'sec', multus: { networkName: 'x' } }])),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'NET-08',
      severity: 'error',
      field: 'spec.networks[1].name',
      message: "spec.networks[1].name 'sec' not found.",
      at: NET(1, 'name'),
      part: 'value',
      related: [IF(1, 'name')],
    },
  ]);
  assert.deepEqual(got[0]!.data?.['candidates'], ['Sec']);
  assert.equal(got[0]!.data?.['suggestion'], 'Sec');
});

test('NET-08 valid neighbour', () => {
  assert.deepEqual(validateNetworksAssignedToInterfaces(input(spec([MASQ], [POD]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: networks-assigned-to-interfaces
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
  networks:
  - name: default
    pod: {}
  - name: blue
#         ^^^^ NET-08
    multus:
      networkName: blue-nad
`;

test('NET-08 marked: a network without an interface', () => {
  assertMarked(MARKED);
});

test('NET-08 marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `        masquerade: {}
  networks:`,
      `        masquerade: {}
      - name: blue
        bridge: {}
  networks:`,
    ]),
  );
});
