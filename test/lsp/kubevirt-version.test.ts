import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withClient } from '../helpers/lsp-client';
import { FIXTURES } from '../helpers/paths';

const goodPath = path.join(FIXTURES, 'core', 'valid.yaml');
const good = fs.readFileSync(goodPath, 'utf8');
const uri = pathToFileURL(goodPath).href;
const kindLine = good.split('\n').findIndex((l) => l.startsWith('kind:'));

async function hoverKind(c: { request: <T>(m: string, p: unknown) => Promise<T> }): Promise<string> {
  const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: kindLine, character: 7 },
  });
  assert.ok(h, 'hover on kind');
  return h.contents.value;
}

test('virtwire.kubevirtVersion: the hover names the release that judged the resource', async () => {
  await withClient(async (c) => {
    c.settings = { virtwire: { kubevirtVersion: '1.7' } };
    await c.initialize({ pull: true });
    c.open(uri, good);
    await c.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.match(await hoverKind(c), /Admission as KubeVirt v1\.7 \(from virtwire\.kubevirtVersion\)/);
  });
});

test('no setting: the hover says v1.9, the latest release', async () => {
  await withClient(async (c) => {
    await c.initialize({ pull: true });
    c.open(uri, good);
    await c.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.match(await hoverKind(c), /Admission as KubeVirt v1\.9 \(the latest release/);
  });
});

test('an unknown virtwire.kubevirtVersion is a visible warning (window/showMessage), once', async () => {
  await withClient(async (c) => {
    const shown: { type: number; message: string }[] = [];
    c.conn.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      shown.push(m);
    });
    c.settings = { virtwire: { kubevirtVersion: 'v2.0' } };
    await c.initialize({ pull: true });
    c.open(uri, good);
    await c.request('textDocument/diagnostic', { textDocument: { uri } });
    const deadline = Date.now() + 10_000;
    while (shown.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(shown.length, 1, JSON.stringify(shown));
    assert.equal(shown[0]!.type, 2, 'a warning');
    assert.match(shown[0]!.message, /unknown virtwire\.kubevirtVersion "v2\.0"/);
    // still answers, as auto
    assert.match(await hoverKind(c), /KubeVirt v1\.9/);
    // the same settings again do not repeat the warning
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { virtwire: { kubevirtVersion: 'v2.0' } } });
    await c.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(shown.length, 1);
  });
});
