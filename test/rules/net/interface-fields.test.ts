import { test } from 'node:test';
import { assertMarked } from '../../helpers/marked';

test("IFACE-03, -04, -05, -07 marked: one interface with a bad name, model, MAC and PCI address: each field check, in netiface.go's order", () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: fields
spec:
  domain:
    devices:
      interfaces:
      - name: eth.0
#             ^^^^^ IFACE-03
        masquerade: {}
        model: Virtio
#              ^^^^^^ IFACE-04
        macAddress: 02:00:00:zz:00:01
#                   ^^^^^^^^^^^^^^^^^ IFACE-05
        pciAddress: 0000:81:01.10
#                   ^^^^^^^^^^^^^ IFACE-07
  networks:
  - name: eth.0
    pod: {}
`);
});

test('IFACE-03, -04, -05, -07 marked valid neighbour', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: fields
spec:
  domain:
    devices:
      interfaces:
      - name: eth0
        masquerade: {}
        model: virtio
        macAddress: 02:00:00:00:00:01
        pciAddress: 0000:81:01.1
  networks:
  - name: eth0
    pod: {}
`);
});
