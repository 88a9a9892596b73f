import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesAssignedToNetworks } from '../../../server/src/core/rules/net/interfaces-assigned-to-networks';
import { IF, MASQ, NET, POD, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('IFACE-02: interface without a network', () => {
  const got = validateInterfacesAssignedToNetworks(input(spec([MASQ, { name: 'ghost', bridge: {} }], [POD])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'IFACE-02',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[1].name',
      message: "spec.domain.devices.interfaces[1].name 'ghost' not found.",
      at: IF(1, 'name'),
      part: 'value',
    },
  ]);
});

test('IFACE-02: a near network name is offered as related + suggestion', () => {
  const got = validateInterfacesAssignedToNetworks(
    input(spec([MASQ, { name: 'sec', bridge: {} }], [POD, { name: 'sec1', multus: { networkName: 'x' } }])),
  );
  assert.deepEqual(
    got.map((f) => [f.code, f.related?.map((r) => r.at), f.data?.['suggestion']]),
    [['IFACE-02', [NET(1, 'name')], 'sec1']],
  );
});

test('IFACE-02 valid neighbour', () => {
  assert.deepEqual(validateInterfacesAssignedToNetworks(input(spec([MASQ], [POD]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: interfaces-assigned-to-networks
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
#             ^^^^ IFACE-02
        bridge: {}
  networks:
  - name: default
    pod: {}
`;

test('IFACE-02 marked: an interface whose network is missing', () => {
  assertMarked(MARKED);
});

test('IFACE-02 marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `    pod: {}
`,
      `    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`,
    ]),
  );
});
