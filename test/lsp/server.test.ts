import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withClient } from '../helpers/lsp-client';
import { MASQ_IF, POD_NET, vmiYaml } from '../helpers/manifests';
import { spawnSync } from 'node:child_process';
import { FIXTURES, SERVER } from '../helpers/paths';

const badPath = path.join(FIXTURES, 'core', 'missing-network.yaml');
const bad = fs.readFileSync(badPath, 'utf8');
const uri = pathToFileURL(badPath).href;

test('push: diagnostics arrive after didOpen, with source, code, range and docs link', async () => {
  await withClient(async (c) => {
    const init = await c.initialize();
    assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    assert.equal(init.capabilities.hoverProvider, true);
    c.open(uri, bad);
    const p = await c.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
    const d = p.diagnostics.find((x) => x.code === 'YAML-DUPKEY');
    assert.ok(d, JSON.stringify(p.diagnostics));
    assert.equal(d.source, 'virtwire');
    assert.equal(d.severity, 2, 'a warning: kubectl keeps the last value and the cluster accepts it');
    assert.deepEqual(d.range, { start: { line: 16, character: 4 }, end: { line: 16, character: 7 } });
    assert.match(d.codeDescription!.href, /#yaml-dupkey$/);
  });
});

test('push: an incremental edit that removes the problem clears the diagnostic', async () => {
  await withClient(async (c) => {
    await c.initialize();
    c.open(uri, bad);
    await c.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'YAML-DUPKEY'));
    // delete the duplicate `    pod: {}` line (line 16)
    c.change(uri, 2, [{ range: { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } }, text: '' }]);
    const p = await c.waitForDiagnostics(uri, (x) => x.version === 2);
    assert.equal(p.diagnostics.filter((d) => d.code === 'YAML-DUPKEY').length, 0);
  });
});

test('pull: textDocument/diagnostic returns a full report, then unchanged for the same version', async () => {
  await withClient(async (c) => {
    const init = await c.initialize({ pull: true });
    assert.ok(init.capabilities.diagnosticProvider);
    c.open(uri, bad);
    const full = await c.request<{ kind: string; resultId: string; items: { code: string }[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(full.kind, 'full');
    assert.ok(full.items.some((d) => d.code === 'YAML-DUPKEY'));
    const again = await c.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
    assert.equal(again.kind, 'unchanged');
  });
});

test('the Red Hat YAML extension already reports syntax and duplicate keys: ours are dropped then', async () => {
  await withClient(async (c) => {
    await c.initialize({ pull: true, initializationOptions: { yamlExtensionActive: true } });
    c.open(uri, bad);
    const full = await c.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(full.items.filter((d) => d.code === 'YAML-DUPKEY').length, 0);
  });
});

test('hover and code action requests answer (null / []) on plain keys without failing', async () => {
  await withClient(async (c) => {
    await c.initialize();
    c.open(uri, bad);
    await c.waitForDiagnostics(uri);
    const h = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(h, null);
    const actions = await c.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
  });
});

test('--version prints the version', async () => {
  const r = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
  assert.match(r.stdout, /^virtwire-language-server \d+\.\d+\.\d+/);
});

test('a large file gets the same diagnostics as the CLI, with and without worker threads, and hovers at once', async () => {
  const doc = (i: number): string =>
    vmiYaml({
      name: `vm-${i}`,
      interfaces: [MASQ_IF, { name: `blue${i % 5 === 0 ? 'x' : ''}`, bridge: {} }],
      networks: [POD_NET, { name: 'blue', multus: { networkName: 'blue' } }],
    });
  const text = Array.from({ length: 60 }, (_, i) => doc(i)).join('---\n');
  const bigUri = 'file:///tmp/virtwire-big-test.yaml';
  const cli = spawnSync(process.execPath, [path.join(path.dirname(SERVER), 'virtwire.js'), 'check', '--format', 'json', '-'], {
    input: text,
    encoding: 'utf8',
  });
  const expected = JSON.parse(cli.stdout)
    .files[0].diagnostics.map((d: { code: string; range: unknown }) => `${d.code}@${JSON.stringify(d.range)}`)
    .sort();
  assert.ok(expected.filter((x: string) => x.startsWith('IFACE-02')).length === 12, 'twelve interfaces without a network');
  for (const workers of ['1', '0']) {
    await withClient(
      async (c) => {
        await c.initialize();
        c.open(bigUri, text);
        const p = await c.waitForDiagnostics(bigUri, (x) => x.diagnostics.length > 0, 30_000);
        const got = p.diagnostics.map((d) => `${d.code}@${JSON.stringify(d.range)}`).sort();
        assert.deepEqual(got, expected, `VIRTWIRE_WORKERS=${workers}`);
        // and hovers work at once on documents analysed on another thread (source index, no syntax tree)
        const lines = text.split('\n');
        const line = lines
          .map((l, i) => (l.includes('- name: default') && lines[i - 1]!.includes('interfaces:') ? i : -1))
          .filter((i) => i >= 0)[1]!; // vm-1 is valid
        const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri: bigUri },
          position: { line, character: 16 },
        });
        assert.match(h!.contents.value, /10\.0\.2\.2/);
      },
      ['--stdio'],
      { VIRTWIRE_WORKERS: workers },
    );
  }
});

test("a running VM's dump: doctor findings on its status lines, hovers with the pod's concrete values", async () => {
  const { parse, stringify } = await import('yaml');
  const list = parse(fs.readFileSync(path.join(FIXTURES, 'doctor', 'healthy.yaml'), 'utf8'));
  const vmi = list.items[0];
  vmi.status.interfaces[1].mac = '02:00:00:aa:bb:99';
  const text: string = list.items.map((o: unknown) => stringify(o)).join('---\n');
  const dumpUri = 'file:///tmp/virtwire-dump.yaml';
  await withClient(async (c) => {
    await c.initialize();
    c.open(dumpUri, text);
    const p = await c.waitForDiagnostics(dumpUri, (x) => x.diagnostics.some((d) => d.code === 'DR-STATUS-03'));
    const d = p.diagnostics.find((x) => x.code === 'DR-STATUS-03')!;
    const lines = text.split('\n');
    assert.match(lines[d.range.start.line]!, /mac: 02:00:00:aa:bb:99/);
    assert.equal(d.severity, 1);
    assert.match(d.codeDescription!.href, /#dr-status-03$/);
    const info = p.diagnostics.find((x) => x.code === 'DR-GUEST-01');
    assert.equal(info?.severity, 3);
    const line = lines.findIndex((l) => l.includes('masquerade: {}'));
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: dumpUri },
      position: { line, character: 8 },
    });
    assert.match(h!.contents.value, /0a:58:0a:f4:00:12/, "the pod's MAC, not a placeholder");
  });
});
