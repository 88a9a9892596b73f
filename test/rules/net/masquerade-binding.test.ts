import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { IF, MASQ, NET, POD, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('BIND-02: masquerade on a Multus network, on the masquerade key (KubeVirt reports the name), related to the network', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', masquerade: {} }], [POD, SEC])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'BIND-02',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[1].name',
      message: 'Masquerade interface only implemented with pod network',
      at: IF(1, 'masquerade'),
      part: 'key',
      related: [NET(1, 'name')],
    },
  ]);
});

test('BIND-02: masquerade without any network is checked against an empty network', () => {
  assert.deepEqual(
    validateInterfaceBinding(input(spec([{ name: 'x', masquerade: {} }], [POD]))).map((f) => f.code),
    ['BIND-02'],
  );
});

test('BIND-03: reserved MAC (exact string); the dash form passes', () => {
  const got = validateInterfaceBinding(input(spec([{ ...MASQ, macAddress: '02:00:00:00:00:00' }], [POD])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'BIND-03',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].macAddress',
      message: 'The requested MAC address is reserved for the in-pod bridge. Please choose another one.',
      at: IF(0, 'macAddress'),
      part: 'value',
    },
  ]);
  assert.deepEqual(validateInterfaceBinding(input(spec([{ ...MASQ, macAddress: '02-00-00-00-00-00' }], [POD]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: masquerade-binding
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
        masquerade: {}
#       ^^^^^^^^^^ BIND-02
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`;

test('BIND-02 marked: masquerade on a Multus network, on the masquerade key', () => {
  assertMarked(MARKED);
});

test('BIND-02 marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `      - name: blue
        masquerade: {}
  networks:`,
      `      - name: blue
        bridge: {}
  networks:`,
    ]),
  );
});
