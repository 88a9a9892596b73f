// Definition and references: interface ↔ network in a VM; networkName → NAD across files (namespace-aware);
// a NAD → every networkName naming it; binding.name → the KubeVirt CR's plugin entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt, referencesAt, type WorkspaceView } from '../../server/src/core/ide/navigation';
import { indexText } from '../../server/src/core/ide/file-index';
import { at, VM } from './helpers';

const NAD_FILE = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: storage-nad
  namespace: demo
spec:
  config: '{}'
---
apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: storage-nad
  namespace: other
spec:
  config: '{}'
`;
const OTHER_VM = VM.replace('name: web', 'name: db');

function ws(files: Record<string, string>): WorkspaceView {
  return { uri: 'file:///vm.yaml', others: () => Object.entries(files).map(([uri, text]) => ({ uri, index: indexText(text) })) };
}

const word = (text: string, l: { span: { start: number; end: number } }) => text.slice(l.span.start, l.span.end);

test("definition: interface name → its network's name, and back", () => {
  const { file, offset } = at(VM.replace('          - name: storage', '          - name: sto|rage'));
  const [d] = definitionAt(file, offset, ws({}));
  assert.equal(word(file.text, d!), 'storage');
  assert.ok(d!.span.start > file.text.indexOf('networks:'));
  const back = at(VM.replace('\n      - name: storage', '\n      - name: |storage'));
  const [i] = definitionAt(back.file, back.offset, ws({}));
  assert.ok(i!.span.start < back.file.text.indexOf('networks:'));
});

test("definition: networkName → the NAD in another file, the VM's namespace only", () => {
  const { file, offset } = at(VM.replace('networkName: storage-nad', 'networkName: storage-|nad'));
  const defs = definitionAt(file, offset, ws({ 'file:///nads.yaml': NAD_FILE }));
  assert.deepEqual(
    defs.map((d) => [d.uri, d.range?.start.line]),
    [['file:///nads.yaml', 3]],
  );
  // `other/storage-nad` names the other one
  const q = at(VM.replace('networkName: storage-nad', 'networkName: other/storage-|nad'));
  assert.deepEqual(
    definitionAt(q.file, q.offset, ws({ 'file:///nads.yaml': NAD_FILE })).map((d) => d.range?.start.line),
    [11],
  );
});

test('references: a NAD → every networkName naming it, across the workspace (and itself when asked)', () => {
  const { file, offset } = at(NAD_FILE.replace('  name: storage-nad\n  namespace: demo', '  name: storage-|nad\n  namespace: demo'));
  const view: WorkspaceView = {
    uri: 'file:///nads.yaml',
    others: () => [
      { uri: 'file:///vm.yaml', index: indexText(VM) },
      { uri: 'file:///db.yaml', index: indexText(OTHER_VM) },
    ],
  };
  const refs = referencesAt(file, offset, view, false);
  assert.deepEqual(
    refs.map((r) => [r.uri, r.range?.start.line]),
    [
      ['file:///vm.yaml', 21],
      ['file:///db.yaml', 21],
    ],
  );
  assert.equal(referencesAt(file, offset, view, true).length, 3);
});

test("references of an interface: its name and its network's name", () => {
  const { file, offset } = at(VM.replace('          - name: storage', '          - name: |storage'));
  assert.deepEqual(
    referencesAt(file, offset, ws({}), true).map((r) => word(file.text, r)),
    ['storage', 'storage'],
  );
});

test("definition: binding.name → the plugin's entry in the KubeVirt CR", () => {
  const cr =
    'apiVersion: kubevirt.io/v1\nkind: KubeVirt\nmetadata:\n  name: kubevirt\nspec:\n  configuration:\n    network:\n      binding:\n        l2bridge:\n          domainAttachmentType: managedTap\n';
  const { file, offset } = at(VM.replace('            bridge: {}', '            binding:\n              name: l2b|ridge'));
  assert.deepEqual(
    definitionAt(file, offset, ws({ 'file:///kv.yaml': cr })).map((d) => [d.uri, d.range?.start.line, d.range?.start.character]),
    [['file:///kv.yaml', 8, 8]],
  );
});

test('nothing to go to from elsewhere', () => {
  const { file, offset } = at(VM.replace('runStrategy: Always', 'runStrategy: Al|ways'));
  assert.deepEqual(definitionAt(file, offset, ws({})), []);
});
