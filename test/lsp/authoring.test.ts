// The authoring features over stdio, as any editor drives them, on a workspace of a VM file and a NAD file (the NAD
// file is never opened: the workspace scan finds it): definition interface → network and networkName → the NAD
// file; references NAD → networkName; rename of an interface edits the interface and its network only; document
// symbols; completion of NAD names and of binding methods; inlay hints; code lenses; the Change binding refactoring.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lsp-client';
import { FIXTURES } from '../helpers/paths';
import { type Loc, type Pos, type Range, pos, wordAt } from '../helpers/positions';

const VM_TEXT = fs.readFileSync(path.join(FIXTURES, 'authoring', 'vm.yaml'), 'utf8');
const NAD_TEXT = fs.readFileSync(path.join(FIXTURES, 'authoring', 'nads.yaml'), 'utf8');
// a request the server never answers fails its test instead of hanging the run (once seen under heavy load)

async function session(body: (c: TestClient, ws: { dir: string; vm: string; nads: string }) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-authoring-'));
  fs.writeFileSync(path.join(dir, 'vm.yaml'), VM_TEXT);
  fs.writeFileSync(path.join(dir, 'nads.yaml'), NAD_TEXT);
  const c = new TestClient();
  try {
    await c.initialize({ rootUri: pathToFileURL(dir).href });
    await c.waitForLog((m) => /^workspace: \d+ YAML file\(s\) scanned/.test(m));
    const vm = pathToFileURL(path.join(dir, 'vm.yaml')).href;
    c.open(vm, VM_TEXT);
    await c.waitForDiagnostics(vm);
    await body(c, { dir, vm, nads: pathToFileURL(path.join(dir, 'nads.yaml')).href });
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the server announces the authoring features', { timeout: 60_000 }, async () => {
  const c = new TestClient();
  try {
    const r = await c.initialize();
    for (const k of [
      'completionProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'inlayHintProvider',
      'codeLensProvider',
    ]) {
      assert.ok(r.capabilities[k], k);
    }
  } finally {
    await c.shutdown();
  }
});

test('over stdio: definition, references, rename, symbols, completion, inlay hints, code lens', { timeout: 60_000 }, async () => {
  await session(async (c, ws) => {
    const doc = { uri: ws.vm };

    // definition: interface storage → the network storage (same file)
    const ifaceDef = await c.request<Loc[]>('textDocument/definition', { textDocument: doc, position: pos(VM_TEXT, '- name: storage', 9) });
    assert.equal(ifaceDef.length, 1);
    assert.equal(ifaceDef[0]!.uri, ws.vm);
    assert.equal(ifaceDef[0]!.range.start.line, pos(VM_TEXT, '- name: storage', 0, 1).line);

    // definition: networkName → the NAD in nads.yaml, never opened
    const nadDef = await c.request<Loc[]>('textDocument/definition', { textDocument: doc, position: pos(VM_TEXT, 'storage-nad', 3) });
    assert.deepEqual(
      nadDef.map((l) => [l.uri, l.range.start.line, wordAt(NAD_TEXT, l.range)]),
      [[ws.nads, 4, 'storage-nad']],
    );

    // references: from the NAD (its file opened now) → the networkName in vm.yaml
    c.open(ws.nads, NAD_TEXT);
    const refs = await c.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ws.nads },
      position: pos(NAD_TEXT, 'storage-nad', 2),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      refs.map((l) => [l.uri, wordAt(VM_TEXT, l.range)]),
      [[ws.vm, 'storage-nad']],
    );

    // rename of an interface: the interface and its network, nothing else
    const at = pos(VM_TEXT, '- name: storage', 10);
    const prep = await c.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: doc, position: at });
    assert.equal(prep.placeholder, 'storage');
    const edit = await c.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', {
      textDocument: doc,
      position: at,
      newName: 'backup',
    });
    assert.deepEqual(Object.keys(edit.changes), [ws.vm]);
    assert.deepEqual(
      edit.changes[ws.vm]!.map((e) => [e.range.start.line, wordAt(VM_TEXT, e.range), e.newText]),
      [
        [pos(VM_TEXT, '- name: storage').line, 'storage', 'backup'],
        [pos(VM_TEXT, '- name: storage', 0, 1).line, 'storage', 'backup'],
      ],
    );

    // document symbols: the VM and its interfaces (binding, pod interface) and networks
    const symbols = await c.request<{ name: string; detail: string; children: { name: string; detail: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: doc },
    );
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [['web', 'VirtualMachine · demo']],
    );
    assert.deepEqual(
      symbols[0]!.children.map((s) => [s.name, s.detail]),
      [
        ['default', 'interface · masquerade · eth0'],
        ['storage', 'interface · bridge · pod49a25f9feef'],
        ['default', 'network · pod network'],
        ['storage', 'network · Multus storage-nad'],
      ],
    );

    // workspace symbols: the VM, from any file
    const wsym = await c.request<{ name: string; location: Loc }[]>('workspace/symbol', { query: 'we' });
    assert.deepEqual(
      wsym.map((s) => [s.name, s.location.uri]),
      [['web', ws.vm]],
    );

    // inlay hints: the pod interface and what the guest gets, after each interface name
    const hints = await c.request<{ position: Pos; label: string }[]>('textDocument/inlayHint', {
      textDocument: doc,
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => [h.position.line, h.label]),
      [
        [pos(VM_TEXT, '- name: default').line, 'eth0 · 10.0.2.2'],
        [pos(VM_TEXT, '- name: storage').line, 'pod49a25f9feef · NAD IPAM'],
      ],
    );

    // a code lens above the VM
    const lenses = await c.request<{ range: Range; command: { title: string; command: string } }[]>('textDocument/codeLens', {
      textDocument: doc,
    });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command.title, l.command.command]),
      [[pos(VM_TEXT, 'kind:').line, '2 interfaces · Show wiring', 'virtwire.wiringDocument']],
    );

    // Change binding to … on the masquerade key (no diagnostic there)
    const masq = pos(VM_TEXT, 'masquerade: {}', 2);
    const actions = await c.request<{ title: string; kind: string }[]>('textDocument/codeAction', {
      textDocument: doc,
      range: { start: masq, end: masq },
      context: { diagnostics: [] },
    });
    assert.ok(
      actions.some((a) => a.kind === 'refactor.rewrite' && a.title.startsWith('Change binding to bridge:')),
      JSON.stringify(actions),
    );
  });
});

test('over stdio: completion of NAD names at an empty networkName: and of binding methods on an interface item', {
  timeout: 60_000,
}, async () => {
  await session(async (c, ws) => {
    const text = VM_TEXT.replace('networkName: storage-nad', 'networkName: ').replace(
      '          - name: storage\n            bridge: {}\n',
      '          - name: storage\n            \n',
    );
    c.change(ws.vm, 2, [{ text }]);
    const nads = await c.request<{ items: { label: string; textEdit: { newText: string } }[] }>('textDocument/completion', {
      textDocument: { uri: ws.vm },
      position: pos(text, 'networkName: ', 13),
    });
    assert.deepEqual(nads.items.map((i) => i.label).sort(), ['backup-nad', 'storage-nad']);
    const bindings = await c.request<{ items: { label: string; detail?: string; textEdit: { newText: string } }[] }>(
      'textDocument/completion',
      {
        textDocument: { uri: ws.vm },
        position: { line: pos(text, '- name: storage').line + 1, character: 12 },
      },
    );
    const labels = bindings.items.map((i) => i.label);
    for (const b of ['masquerade', 'bridge', 'sriov', 'passtBinding']) assert.ok(labels.includes(b), `${b} in ${labels}`);
    assert.equal(bindings.items.find((i) => i.label === 'bridge')!.textEdit.newText, 'bridge: {}');
  });
});

test('the inlay-hint setting turns the hints off', { timeout: 60_000 }, async () => {
  await session(async (c, ws) => {
    c.settings = { virtwire: { inlayHints: { enabled: false } } };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { virtwire: { inlayHints: { enabled: false } } } });
    // the settings are read again: the hints go once the load is done (a request after the notification)
    let hints: unknown[] = [{}];
    for (let i = 0; i < 50 && hints.length > 0; i++) {
      hints = await c.request<unknown[]>('textDocument/inlayHint', {
        textDocument: { uri: ws.vm },
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      });
    }
    assert.deepEqual(hints, []);
  });
});
