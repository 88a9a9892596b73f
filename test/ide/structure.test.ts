// Document and workspace symbols, inlay hints, code lenses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols, workspaceSymbols } from '../../server/src/core/ide/symbols';
import { inlayHints } from '../../server/src/core/ide/inlay-hints';
import { codeLenses } from '../../server/src/core/ide/code-lens';
import { indexText } from '../../server/src/core/ide/file-index';
import { analyze } from '../helpers/manifests';
import { VM } from './helpers';

test('document symbols: the VM with its interfaces (binding, pod interface) and networks', () => {
  const file = analyze(VM);
  const [vm] = documentSymbols(file);
  assert.equal(vm!.name, 'web');
  assert.equal(vm!.detail, 'VirtualMachine · demo');
  assert.deepEqual(
    vm!.children.map((c) => [c.kind, c.name, c.detail]),
    [
      ['interface', 'default', 'interface · masquerade · eth0'],
      ['interface', 'storage', 'interface · bridge · pod49a25f9feef'],
      ['network', 'default', 'network · pod network'],
      ['network', 'storage', 'network · Multus storage-nad'],
    ],
  );
  assert.equal(file.text.slice(vm!.selection.start, vm!.selection.end), 'web');
  assert.equal(file.text.slice(vm!.children[1]!.selection.start, vm!.children[1]!.selection.end), 'storage');
});

test('inlay hints name the pod interface and what the guest gets; none on a rejected VM', () => {
  const file = analyze(VM);
  const hints = inlayHints(file);
  assert.deepEqual(
    hints.map((h) => [file.text.slice(h.offset - 7, h.offset), h.label]),
    [
      ['default', 'eth0 · 10.0.2.2'],
      ['storage', 'pod49a25f9feef · NAD IPAM'],
    ],
  );
  const rejected = analyze(VM.replace('      - name: storage\n        multus:\n          networkName: storage-nad\n', ''));
  assert.deepEqual(inlayHints(rejected), []);
  // only the range asked for
  assert.equal(inlayHints(file, { start: file.text.indexOf('- name: storage'), end: file.text.length }).length, 1);
});

test('a code lens above each VM: interfaces, rejection, Show wiring', () => {
  const two = `${VM}---\n${VM.replace('name: web', 'name: bad').replace('masquerade: {}', 'masquerade: {}\n            model: nope')}`;
  const file = analyze(two);
  const lenses = codeLenses(file);
  assert.deepEqual(
    lenses.map((l) => [l.title, file.text.slice(l.offset, l.offset + 5)]),
    [
      ['2 interfaces · Show wiring', 'kind:'],
      ['2 interfaces · rejected (1 error) · Show wiring', 'kind:'],
    ],
  );
});

test('workspace symbols: the VMs of every file, filtered by name', () => {
  const files = [
    { uri: 'file:///a.yaml', index: indexText(VM) },
    { uri: 'file:///b.yaml', index: indexText(`${VM.replace('name: web', 'name: db')}---\n${VM.replace('name: web', 'name: webcache')}`) },
  ];
  assert.deepEqual(
    workspaceSymbols(files, 'WEB').map((s) => [s.name, s.location.uri, s.location.range?.start.line]),
    [
      ['web', 'file:///a.yaml', 3],
      ['webcache', 'file:///b.yaml', 26],
    ],
  );
  assert.equal(workspaceSymbols(files, '').length, 3);
});
