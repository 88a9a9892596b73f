import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceStateValue } from '../../../server/src/core/rules/net/interface-state';
import { IF, MASQ, NET, POD, brief, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('STATE-01: unsupported value, message uses %s (no quotes)', () => {
  const got = validateInterfaceStateValue(input(spec([MASQ, { name: 'sec', bridge: {}, state: 'Up' }], [POD, SEC])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'STATE-01',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[1].state',
      message: 'logical sec interface state value is unsupported: Up',
      at: IF(1, 'state'),
      part: 'value',
    },
  ]);
});

test('STATE-02: SR-IOV with state up on a VM (%q quoting)', () => {
  const got = validateInterfaceStateValue(
    input(
      spec([MASQ, { name: 'sriovnet', sriov: {}, state: 'up' }], [POD, { name: 'sriovnet', multus: { networkName: 'x' } }]),
      {},
      'VirtualMachine',
    ),
  );
  assert.deepEqual(got.map(brief), [
    [
      'STATE-02',
      'spec.template.spec.domain.devices.interfaces[1].state',
      '"sriovnet" interface\'s state "up" is not supported for SR-IOV NICs',
    ],
  ]);
});

test('STATE-03 and STATE-04 both fire on absent masquerade on the default network', () => {
  const got = validateInterfaceStateValue(input(spec([{ name: 'default', masquerade: {}, state: 'absent' }], [POD])));
  assert.deepEqual(got.map(shape), [
    {
      code: 'STATE-03',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].state',
      message: '"default" interface\'s state "absent" is supported only for bridge binding',
      at: IF(0, 'state'),
      part: 'value',
    },
    {
      code: 'STATE-04',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].state',
      message: '"default" interface\'s state "absent" is not supported on default networks',
      at: IF(0, 'state'),
      part: 'value',
      related: [NET(0, 'name')],
    },
  ]);
});

test('STATE-04 on a Multus default network with bridge', () => {
  const got = validateInterfaceStateValue(
    input(spec([{ name: 'm', bridge: {}, state: 'absent' }], [{ name: 'm', multus: { networkName: 'x', default: true } }])),
  );
  assert.deepEqual(
    got.map((f) => f.code),
    ['STATE-04'],
  );
});

test('STATE valid neighbours: absent bridge on a secondary network, down on bridge, empty state', () => {
  const ifaces = [
    { ...MASQ, state: '' },
    { name: 'sec', bridge: {}, state: 'absent' },
    { name: 'b', bridge: {}, state: 'down' },
  ];
  assert.deepEqual(validateInterfaceStateValue(input(spec(ifaces, [POD, SEC, { name: 'b', multus: { networkName: 'y' } }]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: interface-state
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
        bridge: {}
        state: sleeping
#              ^^^^^^^^ STATE-01
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`;

test('STATE-01 marked: an unknown state value', () => {
  assertMarked(MARKED);
});

test('STATE-01 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['        state: sleeping', '        state: down']));
});
