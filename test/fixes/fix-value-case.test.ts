import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (iface: string, spec = ''): string => defaultIfaceVmi(`        masquerade: {}\n${iface}`, { spec });

test('IFACE-04: VirtIO → virtio, ne2k-pci → ne2k_pci (preferred)', () => {
  checkFix({
    text: VMI('        model: VirtIO   # nic model\n'),
    code: 'IFACE-04',
    preferred: true,
    diff: ['-        model: VirtIO   # nic model', '+        model: virtio   # nic model'],
  });
  checkFix({
    text: VMI("        model: 'NE2K-PCI'\n"),
    code: 'IFACE-04',
    diff: ["-        model: 'NE2K-PCI'", "+        model: 'ne2k_pci'"],
  });
  assert.deepEqual(fixesOf(VMI('        model: virtio-net\n'), 'IFACE-04'), []);
});

test('STATE-01: Down → down', () => {
  const text = VMI('        state: Down\n')
    .replace('masquerade: {}', 'bridge: {}')
    .replace('    pod: {}', '    multus: {networkName: nad1}');
  checkFix({ text, code: 'STATE-01', preferred: true, diff: ['-        state: Down', '+        state: down'] });
});

test('SCHEMA-05: dnsPolicy clusterfirst → ClusterFirst', () => {
  checkFix({
    text: VMI('', '  dnsPolicy: clusterfirst   # dns\n'),
    code: 'SCHEMA-05',
    preferred: true,
    diff: ['-  dnsPolicy: clusterfirst   # dns', '+  dnsPolicy: ClusterFirst   # dns'],
  });
});
