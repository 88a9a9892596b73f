// Completion: keys from the schema, binding methods, NAD names, unpaired names, enumerations, pair snippets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionsAt } from '../../server/src/core/ide/completion';
import { analyze } from '../helpers/manifests';
import { applyAll, at, ctxWithNads, expandSnippet, VM } from './helpers';

const NADS = [
  { namespace: 'demo', name: 'storage-nad' },
  { namespace: 'demo', name: 'red' },
  { namespace: 'infra', name: 'blue' },
  { namespace: undefined, name: 'any-ns' },
];

const labels = (withBar: string, ctx = ctxWithNads(NADS)) => {
  const { file, offset } = at(withBar, ctx);
  return completionsAt(file, offset).items.map((i) => i.label);
};

function labelsSorted(): string[] {
  const { file, offset } = at(VM.replace('networkName: storage-nad', 'networkName: |'), ctxWithNads(NADS));
  return completionsAt(file, offset)
    .items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((i) => i.label);
}

test("NAD names at an empty `networkName:`: the VM's namespace (and NADs without one) by name first, others as namespace/name", () => {
  assert.deepEqual(labelsSorted(), ['any-ns', 'red', 'storage-nad', 'infra/blue']);
  const { file, offset } = at(VM.replace('networkName: storage-nad', 'networkName: re|d-x'), ctxWithNads(NADS));
  const red = completionsAt(file, offset).items.find((i) => i.label === 'red')!;
  assert.equal(file.text.slice(red.span.start, red.span.end), 'red-x');
});

test('binding methods on an interface item, with what each gives; none once the interface has one', () => {
  const text = VM.replace('          - name: storage\n            bridge: {}\n', '          - name: storage\n            |\n');
  const { file, offset } = at(text, ctxWithNads(NADS));
  const items = completionsAt(file, offset).items;
  const names = items.map((i) => i.label);
  for (const b of ['masquerade', 'bridge', 'sriov', 'passtBinding']) assert.ok(names.includes(b), `${b} in ${names}`);
  assert.ok(!names.includes('slirp') && !names.includes('passt') && !names.includes('macvtap'), 'no discontinued binding');
  assert.ok(!names.includes('name'), 'no key already written');
  const bridge = items.find((i) => i.label === 'bridge')!;
  assert.equal(bridge.insert, 'bridge: {}');
  assert.match(bridge.detail!, /L2 bridge/);
  // the storage network is a Multus one: bridge and sriov sort before masquerade
  const order = items
    .filter((i) => ['masquerade', 'bridge', 'sriov'].includes(i.label))
    .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
    .map((i) => i.label);
  assert.deepEqual(order.slice(-1), ['masquerade']);
  const withBinding = labels(VM.replace('            masquerade: {}\n', '            masquerade: {}\n            |\n'));
  assert.ok(!withBinding.includes('bridge') && withBinding.includes('model') && withBinding.includes('ports'));
});

test('binding methods follow the release: no passtBinding before v1.8', () => {
  const text = VM.replace('          - name: storage\n            bridge: {}\n', '          - name: storage\n            |\n');
  assert.ok(!labels(text, ctxWithNads(NADS, { kubevirtVersion: 'v1.7' })).includes('passtBinding'));
});

test('registered binding plugins for binding.name and as binding entries', () => {
  const ctx = ctxWithNads(NADS, { networkBindings: { l2bridge: {}, macvtap: { domainAttachmentType: 'tap' } } });
  assert.deepEqual(labels(VM.replace('            bridge: {}', '            binding:\n              name: |'), ctx), [
    'l2bridge',
    'macvtap',
  ]);
  const text = VM.replace('          - name: storage\n            bridge: {}\n', '          - name: storage\n            |\n');
  const l = labels(text, ctx);
  assert.ok(l.includes('binding: l2bridge') && l.includes('binding: macvtap'), String(l));
});

test("an interface's name offers the networks without an interface, and the reverse", () => {
  const text = VM.replace(
    '      - name: storage\n        multus:',
    '      - name: backup\n        pod: {}\n      - name: storage\n        multus:',
  ).replace('          - name: storage\n', '          - name: |\n');
  assert.deepEqual(labels(text), ['backup', 'storage']);
  const rev = VM.replace(
    '          - name: storage\n            bridge: {}\n',
    '          - name: storage\n            bridge: {}\n          - name: extra\n            sriov: {}\n',
  ).replace('      - name: storage\n        multus', '      - name: |\n        multus');
  assert.deepEqual(labels(rev), ['storage', 'extra']);
});

test('enumerations: models, states, protocols, dnsPolicy', () => {
  assert.deepEqual(labels(VM.replace('            masquerade: {}', '            masquerade: {}\n            model: |')), [
    'e1000',
    'e1000e',
    'igb',
    'ne2k_pci',
    'pcnet',
    'rtl8139',
    'virtio',
  ]);
  assert.deepEqual(labels(VM.replace('            bridge: {}', '            bridge: {}\n            state: |')), ['up', 'down', 'absent']);
  assert.deepEqual(
    labels(
      VM.replace(
        '            masquerade: {}',
        '            masquerade: {}\n            ports:\n            - port: 80\n              protocol: |',
      ),
    ),
    ['TCP', 'UDP'],
  );
  assert.deepEqual(labels(VM.replace('      networks:', '      dnsPolicy: |\n      networks:')), [
    'ClusterFirst',
    'ClusterFirstWithHostNet',
    'Default',
    'None',
  ]);
});

test('keys of a network, a multus source, a port: what is not written yet, laid out', () => {
  const { file, offset } = at(VM.replace('        pod: {}', '        pod: {}\n        |'));
  const items = completionsAt(file, offset).items;
  assert.deepEqual(items.map((i) => i.label).sort(), ['multus', 'resourceClaim']);
  assert.equal(items.find((i) => i.label === 'multus')!.insert, 'multus:\n          $0');
  assert.deepEqual(labels(VM.replace('          networkName: storage-nad', '          networkName: storage-nad\n          |')), [
    'default',
  ]);
});

test('pair snippet in the interfaces list: one completion adds the interface and its network, valid at once', () => {
  const noPod = VM.replace('      - name: default\n        pod: {}\n', '').replace(
    '          - name: default\n            masquerade: {}\n',
    '',
  );
  const text = noPod.replace('            bridge: {}\n', '            bridge: {}\n          - |\n');
  const { file, offset } = at(text, ctxWithNads(NADS));
  const items = completionsAt(file, offset).items.filter((i) => i.kind === 'snippet');
  assert.deepEqual(
    items.map((i) => i.label),
    [
      'masquerade on the pod network (interface + network)',
      'passtBinding on the pod network (interface + network)',
      'bridge on a Multus network (interface + network)',
      'SR-IOV on a Multus network (interface + network)',
    ],
  );
  const masq = items[0]!;
  const after = applyAll(file.text, [{ span: masq.span, newText: expandSnippet(masq.insert) }, ...masq.additionalEdits!]);
  assert.match(after, /          - name: default\n            masquerade: \{\}\n/);
  assert.match(after, /      - name: default\n        pod: \{\}\n/);
  assert.deepEqual(
    analyze(after).findings.filter((f) => f.severity === 'error'),
    [],
  );
  // bridge on a Multus network: named after a NAD of the VM's namespace it does not use yet
  const bridge = items[2]!;
  const b = applyAll(file.text, [{ span: bridge.span, newText: expandSnippet(bridge.insert) }, ...bridge.additionalEdits!]);
  assert.match(b, /          - name: red\n            bridge: \{\}\n/);
  assert.match(b, /      - name: red\n        multus: \{networkName: red\}\n/);
  assert.deepEqual(
    analyze(b).findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('pair snippet in the networks list adds the interface; no pod pair when the VM has a pod network', () => {
  const text = VM.replace('          networkName: storage-nad\n', '          networkName: storage-nad\n      - |\n');
  const { file, offset } = at(text, ctxWithNads(NADS));
  const items = completionsAt(file, offset).items.filter((i) => i.kind === 'snippet');
  assert.deepEqual(
    items.map((i) => i.label),
    ['bridge on a Multus network (interface + network)', 'SR-IOV on a Multus network (interface + network)'],
  );
  const after = applyAll(file.text, [{ span: items[0]!.span, newText: expandSnippet(items[0]!.insert) }, ...items[0]!.additionalEdits!]);
  assert.match(after, /      - name: red\n        multus:\n          networkName: red\n/);
  assert.match(after, /          - name: red\n            bridge: \{\}\n/);
  assert.deepEqual(
    analyze(after).findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test("nothing outside a VM's spec, in comments, or in a document that is no VM", () => {
  assert.deepEqual(labels(VM.replace('  name: web', '  name: |')), []);
  assert.deepEqual(labels('apiVersion: v1\nkind: ConfigMap\ndata:\n  |\n'), []);
});
