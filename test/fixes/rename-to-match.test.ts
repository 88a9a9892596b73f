import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';

const TYPO = `# VM with a typo
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm   # the vm
spec:
  domain:
    devices:
      interfaces:
        - name: defualt     # typo here
          masquerade: {}
  networks:
    # the pod network
    - name: default
      pod: {}
`;

test('IFACE-02: rename the interface to the only unmatched network (preferred, one-to-one typo)', () => {
  checkFix({
    text: TYPO,
    code: 'IFACE-02',
    title: /^Rename interface/,
    preferred: true,
    diff: ['-        - name: defualt     # typo here', '+        - name: default     # typo here'],
    gone: ['IFACE-02', 'NET-08'],
  });
});

test('NET-08: the same pair prefers the same rename (fix-all renames once); renaming the network is offered too', () => {
  const fixes = fixesOf(TYPO, 'NET-08');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [
      ['Rename interface "defualt" to "default"', true],
      ['Rename network "default" to "defualt"', false],
      ['Add masquerade interface "default"', false],
    ],
  );
  checkFix({
    text: TYPO,
    code: 'NET-08',
    title: /^Rename network/,
    preferred: false,
    diff: ['-    - name: default', '+    - name: defualt'],
    gone: ['IFACE-02', 'NET-08'],
  });
});

test('quoted names keep their quotes; a VM template path works', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata: {name: vm}
spec:
  runStrategy: Halted
  template:
    spec:
      domain:
        devices:
          interfaces: [{name: "default", masquerade: {}}, {name: 'nic-1', bridge: {}}]
      networks:
      - name: default
        pod: {}
      - name: nic1   # multus
        multus: {networkName: br}
`;
  checkFix({
    text,
    code: 'IFACE-02',
    title: /^Rename interface/,
    preferred: true,
    diff: [
      `-          interfaces: [{name: "default", masquerade: {}}, {name: 'nic-1', bridge: {}}]`,
      `+          interfaces: [{name: "default", masquerade: {}}, {name: 'nic1', bridge: {}}]`,
    ],
    gone: ['IFACE-02', 'NET-08'],
  });
});

test('not offered as preferred when names are far apart; not offered when nothing is unmatched on the other side', () => {
  const far = TYPO.replace('defualt', 'eth0');
  const fixes = fixesOf(far, 'IFACE-02');
  assert.ok(fixes.some((f) => f.title === 'Rename interface "eth0" to "default"' && !f.isPreferred));
  const none = TYPO.replace('defualt', 'default').replace('      interfaces:\n', '      interfaces:\n        - name: extra\n          bridge: {}\n');
  assert.deepEqual(fixesOf(none, 'IFACE-02').filter((f) => f.title.startsWith('Rename')), []);
});

test('the interface keeps its name when the network name is not a valid interface name', () => {
  const text = TYPO.replace('- name: default', '- name: "default.net"').replace('defualt', 'default-net');
  const fixes = fixesOf(text, 'IFACE-02');
  assert.equal(fixes[0]!.title, 'Rename network "default.net" to "default-net"');
  assert.equal(fixes[0]!.isPreferred, true);
  assert.ok(!fixes.some((f) => f.title.startsWith('Rename interface')));
});
