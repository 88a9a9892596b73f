import { test } from 'node:test';
import { assertMarked, neighbour } from '../../helpers/marked';

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
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
`;

test("IFACE-03, -04, -05, -07 marked: one interface with a bad name, model, MAC and PCI address: each field check, in netiface.go's order", () => {
  assertMarked(MARKED);
});

test('IFACE-03, -04, -05, -07 marked valid neighbour', () => {
  assertMarked(
    neighbour(
      MARKED,
      ['      - name: eth.0', '      - name: eth0'],
      [
        `        model: Virtio
        macAddress: 02:00:00:zz:00:01
        pciAddress: 0000:81:01.10`,
        `        model: virtio
        macAddress: 02:00:00:00:00:01
        pciAddress: 0000:81:01.1`,
      ],
      [
        `  networks:
  - name: eth.0
    pod: {}`,
        `  networks:
  - name: eth0
    pod: {}`,
      ],
    ),
  );
});
