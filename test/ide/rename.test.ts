// Rename: an interface with its network (those two names only); a NAD with every networkName naming it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRenameAt, renameAt } from '../../server/src/core/ide/rename';
import { indexText } from '../../server/src/core/ide/file-index';
import { applyAll, at, VM } from './helpers';
import { analyze } from '../helpers/manifests';

const none = { uri: 'file:///vm.yaml', others: () => [] };

test('prepareRename on an interface name gives the name; renaming edits the interface and its network only', () => {
  const text = VM.replace('masquerade: {}', 'masquerade: {}\n            # storage stays in this comment');
  const { file, offset } = at(text.replace('          - name: storage', '          - name: stor|age'));
  const p = prepareRenameAt(file, offset)!;
  assert.equal(file.text.slice(p.span.start, p.span.end), 'storage');
  assert.equal(p.placeholder, 'storage');
  const r = renameAt(file, offset, 'backup', none);
  assert.ok('edits' in r);
  assert.equal(r.edits.length, 2);
  const after = applyAll(file.text, r.edits);
  assert.equal(
    after,
    file.text.replace('          - name: storage', '          - name: backup').replace('      - name: storage', '      - name: backup'),
  );
  assert.match(after, /# storage stays/);
  assert.match(after, /networkName: storage-nad/);
  assert.deepEqual(
    analyze(after).findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('renaming keeps quotes; invalid or taken names are refused', () => {
  const { file, offset } = at(VM.replace('          - name: storage', '          - name: "sto|rage"'));
  const r = renameAt(file, offset, 'fast', none);
  assert.ok('edits' in r);
  assert.match(applyAll(file.text, r.edits), /- name: "fast"/);
  assert.deepEqual(renameAt(file, offset, 'a.b', none), {
    error: '"a.b" is not a valid interface name: use letters, digits, - and _ only.',
  });
  assert.ok('error' in renameAt(file, offset, 'default', none));
});

test('a NAD rename updates every networkName that names it, in every file, keeping `namespace/`', () => {
  const nad =
    'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: storage-|nad\n  namespace: demo\nspec:\n  config: "{}"\n';
  const qualified = VM.replace('name: web', 'name: db').replace('networkName: storage-nad', 'networkName: demo/storage-nad');
  const elsewhere = VM.replace('name: web', 'name: x').replace('namespace: demo', 'namespace: prod');
  const { file, offset } = at(nad);
  const view = {
    uri: 'file:///nad.yaml',
    others: () => [qualified, elsewhere].map((t, i) => ({ uri: `file:///vm${i}.yaml`, index: indexText(t) })),
  };
  const r = renameAt(file, offset, 'fast-storage', view);
  assert.ok('edits' in r);
  assert.deepEqual(
    r.edits.map((e) => [e.uri, e.range?.start.line, e.range?.start.character, e.newText]),
    [
      ['file:///nad.yaml', undefined, undefined, 'fast-storage'],
      ['file:///vm0.yaml', 21, 28, 'fast-storage'],
    ],
  );
  // from the networkName side: the NAD and the reference
  const fromRef = at(VM.replace('networkName: storage-nad', 'networkName: storage-n|ad'));
  const r2 = renameAt(fromRef.file, fromRef.offset, 'fast', {
    uri: 'file:///vm.yaml',
    others: () => [{ uri: 'file:///nad.yaml', index: indexText(nad.replace('|', '')) }],
  });
  assert.ok('edits' in r2);
  assert.deepEqual(r2.edits.map((e) => e.uri).sort(), ['file:///nad.yaml', 'file:///vm.yaml']);
});
