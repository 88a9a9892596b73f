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

test('quoted names keep their quotes; a VM template path works (nothing says which name is right: not preferred)', () => {
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
    preferred: false,
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
  const none = TYPO.replace('defualt', 'default').replace(
    '      interfaces:\n',
    '      interfaces:\n        - name: extra\n          bridge: {}\n',
  );
  assert.deepEqual(
    fixesOf(none, 'IFACE-02').filter((f) => f.title.startsWith('Rename')),
    [],
  );
});

test('the interface keeps its name when the network name is not a valid interface name', () => {
  const text = TYPO.replace('- name: default', '- name: "default.net"').replace('defualt', 'default-net');
  const fixes = fixesOf(text, 'IFACE-02');
  assert.equal(fixes[0]!.title, 'Rename network "default.net" to "default-net"');
  assert.equal(fixes[0]!.isPreferred, true);
  assert.ok(!fixes.some((f) => f.title.startsWith('Rename interface')));
});

// Fixes that never guess: `storage` against `storgae` could be either side's typo.
const STORAGE = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm
spec:
  domain:
    devices:
      interfaces:
        - name: default
          masquerade: {}
        - name: storage
          bridge: {}
  networks:
    - name: default
      pod: {}
    - name: storgae
      multus:
        networkName: NAD
`;

/** The rename fixes offered, by title (a preferred one is listed first by fixesFor; the order is not the point here). */
const offers = (text: string, code = 'IFACE-02') =>
  fixesOf(text, code)
    .filter((f) => f.title.startsWith('Rename'))
    .map((f) => [f.title, !!f.isPreferred])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

test('storage / storgae without evidence: both renames offered, neither preferred (fix-all never copies the typo)', () => {
  const text = STORAGE.replace('NAD', 'san');
  const both = [
    ['Rename interface "storage" to "storgae"', false],
    ['Rename network "storgae" to "storage"', false],
  ];
  assert.deepEqual(offers(text), both);
  assert.deepEqual(offers(text, 'NET-08'), both);
});

test('the network\'s own networkName names the NAD "storage": renaming the network is preferred', () => {
  assert.deepEqual(offers(STORAGE.replace('NAD', 'storage')), [
    ['Rename interface "storage" to "storgae"', false],
    ['Rename network "storgae" to "storage"', true],
  ]);
  // and the reverse: a NAD named like the network says the interface is the typo
  assert.deepEqual(offers(STORAGE.replace('NAD', 'ns1/storgae')), [
    ['Rename interface "storage" to "storgae"', true],
    ['Rename network "storgae" to "storage"', false],
  ]);
});

test('a NAD the workspace defines decides too', () => {
  const nad = `---
apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: storage
spec:
  config: '{}'
`;
  assert.deepEqual(offers(STORAGE.replace('NAD', 'san') + nad), [
    ['Rename interface "storage" to "storgae"', false],
    ['Rename network "storgae" to "storage"', true],
  ]);
});

test('other references: the file\'s other VMs use "storage"', () => {
  const other = `---
${STORAGE.replace('name: vm', 'name: other').replace('name: storgae', 'name: storage').replace('NAD', 'san')}`;
  assert.deepEqual(offers(STORAGE.replace('NAD', 'san') + other), [
    ['Rename interface "storage" to "storgae"', false],
    ['Rename network "storgae" to "storage"', true],
  ]);
});

test('the schema vocabulary: `defualt` against `default` prefers `default` from either side', () => {
  const text = TYPO.replace('- name: default', '- name: defualt').replace(
    '- name: defualt     # typo here',
    '- name: default     # typo here',
  );
  assert.deepEqual(offers(text), [
    ['Rename interface "default" to "defualt"', false],
    ['Rename network "defualt" to "default"', true],
  ]);
});
