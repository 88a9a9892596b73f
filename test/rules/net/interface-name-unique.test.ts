import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceNameUnique } from '../../../server/src/core/rules/net/interface-name-unique';
import { MASQ, POD, brief, input, spec } from '../../helpers/admission';
import { assertMarked } from '../../helpers/marked';

test('IFACE-01: duplicate interface name on a VM', () => {
  const ifaces = [MASQ, { name: 'sec', bridge: {} }, { name: 'sec', sriov: {} }];
  const got = validateInterfaceNameUnique(input(spec(ifaces, [POD, { name: 'sec', multus: { networkName: 'x' } }]), {}, 'VirtualMachine'));
  assert.deepEqual(got.map(brief), [
    ['IFACE-01', 'spec.template.spec.domain.devices.interfaces[2].name', 'Only one interface can be connected to one specific network'],
  ]);
  assert.deepEqual(
    got[0]!.related?.map((r) => r.at),
    [['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 1, 'name']],
  );
});

test('IFACE-01 valid neighbour', () => {
  assert.deepEqual(validateInterfaceNameUnique(input(spec([MASQ, { name: 'b', bridge: {} }], [POD]))), []);
});

test('IFACE-01 marked: the second interface of the same name', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: interface-name-unique
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: default
#             ^^^^^^^ IFACE-01
        bridge: {}
  networks:
  - name: default
    pod: {}
`);
});

test('IFACE-01 marked valid neighbour', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: interface-name-unique
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
