// The language server under hostile and odd input, over stdio as an editor drives it: over-deep documents,
// a didOpen without text, settings naming devices, FIFOs, missing files or a private key (a workspace's settings
// come from the repository the user opened), memory per document, and a client that does not read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { withClient, type TestClient } from '../helpers/lsp-client';
import { deepManifest } from '../helpers/hostile';
import { FIXTURES } from '../helpers/paths';

const unix = process.platform !== 'win32';
const good = fs.readFileSync(path.join(FIXTURES, 'core', 'valid.yaml'), 'utf8');
const bad = fs.readFileSync(path.join(FIXTURES, 'core', 'missing-network.yaml'), 'utf8');

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vw-lsp-'));
}

interface Report {
  items: { code: string; message: string; range: { start: { line: number; character: number } } }[];
}
const pullDiagnostics = (c: TestClient, uri: string): Promise<Report> =>
  c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });

/** The server still answers: a document opened now gets its diagnostics. */
async function stillAlive(c: TestClient, pull: boolean): Promise<void> {
  const uri = `file:///alive-${Math.random().toString(36).slice(2)}.yaml`;
  c.open(uri, bad);
  if (pull) assert.ok((await pullDiagnostics(c, uri)).items.some((d) => d.code === 'YAML-DUPKEY'));
  else await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'YAML-DUPKEY'));
}

for (const pull of [false, true]) {
  const mode = pull ? 'pull' : 'push';

  test(`${mode}: a 2,000-deep nested mapping gets one VIRTWIRE-LIMIT warning (as in the CLI); a didOpen with text: null opens an empty document; the server lives on`, async () => {
    await withClient(async (c) => {
      await c.initialize({ pull });
      const uri = 'file:///deep.yaml';
      c.open(uri, deepManifest(2000));
      const items = pull ? (await pullDiagnostics(c, uri)).items : (await c.waitForDiagnostics(uri)).diagnostics;
      assert.deepEqual(
        items.map((d) => d.code),
        ['VIRTWIRE-LIMIT'],
      );
      // 256 levels below `spec:` (line 4) is line 4 + 256
      assert.equal(items[0]!.range.start.line, 4 + 256);

      const nul = 'file:///null.yaml';
      void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: nul, languageId: 'yaml', version: 1, text: null } });
      if (pull) assert.deepEqual((await pullDiagnostics(c, nul)).items, []);
      else assert.deepEqual((await c.waitForDiagnostics(nul)).diagnostics, []);
      // a change with no text and one with a bad range are ignored; a good one applies
      c.change(nul, 2, [{ text: null }, { range: { start: null, end: 3 }, text: 'x' }, { text: bad }]);
      if (pull) assert.ok((await pullDiagnostics(c, nul)).items.some((d) => d.code === 'YAML-DUPKEY'));
      else await c.waitForDiagnostics(nul, (p) => p.version === 2 && p.diagnostics.some((d) => d.code === 'YAML-DUPKEY'));
      const h = await c.request('textDocument/hover', { textDocument: { uri: nul }, position: { line: 0, character: 0 } });
      assert.equal(h, null);
      await stillAlive(c, pull);
    });
  });
}

/**
 * One server for the settings probes: each probe changes the settings (workspace/didChangeConfiguration) and
 * waits for the warning it must show; the server stays responsive and its memory flat throughout.
 */
test('settings: devices, FIFOs, missing files, files without a CR, invalid YAML, a private key: warnings, never a block or an echo', async () => {
  const dir = tmpdir();
  fs.writeFileSync(
    path.join(dir, 'nad-only.yaml'),
    'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: n\n',
  );
  fs.writeFileSync(path.join(dir, 'broken.yaml'), 'kind: KubeVirt\nspec: [\n');
  const key = path.join(dir, 'id_ed25519');
  const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ';
  fs.writeFileSync(key, `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
  const fifo = path.join(dir, 'kv-fifo.yaml');
  const haveFifo = unix && spawnSync('mkfifo', [fifo]).status === 0;
  const probes: [Record<string, unknown>, RegExp][] = [
    [
      { clusterContext: 'cluster/kv.yaml' },
      /virtwire\.clusterContext "cluster\/kv\.yaml" no such file or directory; KubeVirt's defaults are used instead/,
    ],
    [{ clusterContext: 'nad-only.yaml' }, /"nad-only\.yaml" holds no KubeVirt CR; KubeVirt's defaults are used instead/],
    [{ clusterContext: 'broken.yaml' }, /"broken\.yaml" is not valid YAML or JSON \(line \d+, column \d+\)/],
    [{ runtimeContext: key }, /holds no runtime-context object \(found a string\); no runtime context is used/],
    [{ runtimeContext: 42 }, /virtwire\.runtimeContext must be a path or an object, not a number/],
  ];
  if (unix) {
    probes.push([
      { clusterContext: '/dev/zero' },
      /virtwire\.clusterContext "\/dev\/zero" is a device, not a regular file; KubeVirt's defaults are used instead/,
    ]);
    probes.push([
      { runtimeContext: '/dev/zero' },
      /virtwire\.runtimeContext "\/dev\/zero" is a device, not a regular file; no runtime context is used/,
    ]);
  }
  if (haveFifo) {
    probes.push([{ clusterContext: fifo }, /clusterContext ".*kv-fifo\.yaml" is a FIFO \(named pipe\), not a regular file/]);
    probes.push([{ runtimeContext: fifo }, /runtimeContext ".*kv-fifo\.yaml" is a FIFO/]);
  }
  await withClient(async (c) => {
    await c.initialize({ pull: true, rootUri: pathToFileURL(dir).href });
    c.open('file:///v.yaml', bad);
    for (const [settings, expect] of probes) {
      c.settings = { virtwire: settings };
      void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const t0 = Date.now();
      await c.waitForMessage((m) => expect.test(m));
      // not blocked: a diagnostic request is answered at once
      c.change('file:///v.yaml', Date.now(), [{ text: bad + '\n' }]);
      assert.ok((await pullDiagnostics(c, 'file:///v.yaml')).items.length > 0);
      assert.ok(Date.now() - t0 < 8000, `${JSON.stringify(settings)} took ${Date.now() - t0} ms`);
    }
    const stats = await c.request<{ rss: number }>('virtwire/stats', null);
    assert.ok(stats.rss < 1024 * 1024 * 1024, `rss ${stats.rss}`);
    const all = c.messages.map((m) => m.message).join('\n');
    assert.ok(!all.includes('b3BlbnNz') && !all.includes('BEGIN OPENSSH'), 'no part of the key in any message or log line');
  });
});

test('settings: a bad value is warned about once, not again on every reload', async () => {
  await withClient(async (c) => {
    c.settings = { virtwire: { clusterContext: '/nonexistent/kv.yaml' } };
    await c.initialize({ pull: true });
    await c.waitForMessage((m) => /clusterContext/.test(m));
    void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // a NAD opened reloads the context too (what is used instead stays the same)
    c.open('file:///nad.yaml', 'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: n\n');
    await pullDiagnostics(c, 'file:///nad.yaml');
    c.change('file:///nad.yaml', 2, [
      { text: 'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: m\n' },
    ]);
    await pullDiagnostics(c, 'file:///nad.yaml');
    await c.request('virtwire/stats', null);
    assert.equal(c.messages.filter((m) => m.shown).length, 1);
  });
});

test('memory per document: edits keep one version in the cache, closing frees it', async () => {
  await withClient(async (c) => {
    await c.initialize({ pull: true });
    const uri = 'file:///big.yaml';
    // one VM document of ~100 KB (a long comment inside it)
    const text = good.replace('spec:', `spec:\n${'  # padding padding padding padding padding padding padding padding\n'.repeat(1500)}`);
    c.open(uri, text);
    await pullDiagnostics(c, uri);
    for (let v = 2; v <= 11; v++) {
      c.change(uri, v, [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } }, text: 'x' }]);
      await pullDiagnostics(c, uri);
    }
    const open = await c.request<{ cacheChars: number; analyses: number }>('virtwire/stats', null);
    assert.ok(
      open.cacheChars < 2 * text.length + 10_000,
      `after 10 edits the cache holds ${open.cacheChars} chars (one version is ${text.length})`,
    );
    void c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const closed = await c.request<{ cacheChars: number; analyses: number }>('virtwire/stats', null);
    assert.equal(closed.analyses, 0);
    assert.ok(closed.cacheChars < 10_000, `after closing the cache still holds ${closed.cacheChars} chars`);
  });
});

test('workspace: a NAD file created, then deleted, is picked up through watched-file events without being opened', async () => {
  const dir = tmpdir();
  const vm = path.join(dir, 'vm.yaml');
  const vmText = [
    'apiVersion: kubevirt.io/v1',
    'kind: VirtualMachineInstance',
    'metadata:',
    '  name: v',
    '  namespace: red',
    'spec:',
    '  domain:',
    '    devices:',
    '      interfaces:',
    '      - name: data',
    '        bridge: {}',
    '  networks:',
    '  - name: data',
    '    multus:',
    '      networkName: data-net',
    '',
  ].join('\n');
  fs.writeFileSync(vm, vmText);
  // NAD-MISSING needs evidence: NADs the workspace defines for the VM's namespace
  fs.writeFileSync(
    path.join(dir, 'other-nad.yaml'),
    'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: other\n  namespace: red\n',
  );
  await withClient(async (c) => {
    await c.initialize({ rootUri: pathToFileURL(dir).href, watchFiles: true });
    const uri = pathToFileURL(vm).href;
    c.open(uri, vmText);
    // the scan found `other`, so the check is on and data-net is missing
    await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'NAD-MISSING'));
    assert.ok(
      c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'the server registers a file watcher',
    );
    const nad = path.join(dir, 'data-net.yaml');
    c.forgetDiagnostics();
    fs.writeFileSync(
      nad,
      'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: data-net\n  namespace: red\n',
    );
    void c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(nad).href, type: 1 }] });
    await c.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'NAD-MISSING'));
    fs.rmSync(nad);
    c.forgetDiagnostics();
    void c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(nad).href, type: 3 }] });
    await c.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'NAD-MISSING'));
  });
});
