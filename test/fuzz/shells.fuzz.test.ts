// Fuzz the shells: random and mutated manifests through the CLI (in process, on standard input) and through one
// language server over stdio (open, edit, pull). No exception, no crash, the same answer twice, and every range
// inside the text (0-based lines and characters that exist).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { main } from '../../server/src/cli/main';
import type { IO } from '../../server/src/cli/io';
import { withClient } from '../helpers/lsp-client';
import { anyText, runs, SEED } from './arbitraries';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Line lengths: LSP ends a line at \n, \r\n or a lone \r; the CLI's reports count lines by \n (as compilers do). */
function lineLengths(text: string, lsp: boolean): number[] {
  if (lsp) return text.split(/\r\n|\r|\n/).map((l) => l.length);
  const lines = text.split('\n');
  return lines.map((l, i) => (i < lines.length - 1 ? l.replace(/\r$/, '') : l).length);
}

function rangeInside(text: string, r: Range, what: string, lsp = true): void {
  const lines = lineLengths(text, lsp);
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line]!, `${what}: character ${p.character} of ${lines[p.line]}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

async function cli(args: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: IO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: async () => stdin };
  const code = await main(args, io);
  return { code, out, err };
}

test('fuzz CLI: check and explain on standard input never fail, answer the same twice, ranges inside the text', async () => {
  await fc.assert(
    fc.asyncProperty(anyText, async (text) => {
      const r = await cli(['check', '--format', 'json', '-'], text);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err.slice(0, 300)}`);
      assert.equal(r.err, '');
      const report = JSON.parse(r.out) as { files: { diagnostics: { range: Range; code: string }[] }[] };
      for (const d of report.files[0]!.diagnostics) rangeInside(text, d.range, d.code, false);
      assert.equal((await cli(['check', '--format', 'json', '-'], text)).out, r.out, 'deterministic');
      const e = await cli(['explain', '--format', 'json', '-'], text);
      assert.equal(e.code, 0, e.err.slice(0, 300));
      JSON.parse(e.out);
    }),
    { seed: SEED, numRuns: runs(30), includeErrorInReport: true },
  );
});

test('fuzz server: opened and edited documents get diagnostics inside the text; the server survives', async () => {
  await withClient(async (c) => {
    await c.initialize({ pull: true });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(anyText, anyText, fc.double({ min: 0, max: 1, noNaN: true }), async (text, insert, where) => {
        const uri = `file:///fuzz-${n++}.yaml`;
        c.open(uri, text);
        const first = await c.request<{ items: { range: Range; code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
        for (const d of first.items) rangeInside(text, d.range, d.code);
        // the same text under another name: the same diagnostics
        const twin = `file:///fuzz-${n++}.yaml`;
        c.open(twin, text);
        const again = await c.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: twin } });
        const same = await c.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
        assert.equal(JSON.stringify(again.items).split(twin).join(uri), JSON.stringify(same.items), 'deterministic');
        // an incremental edit: insert text at a position that exists
        const lines = text.split('\n');
        const line = Math.min(lines.length - 1, Math.floor(where * lines.length));
        const character = Math.min(lines[line]!.length, Math.floor(where * 7));
        c.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: insert.slice(0, 200) }]);
        const after = await c.request<{ items: { range: Range; code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
        const offset = lines.slice(0, line).reduce((s, l) => s + l.length + 1, 0) + character;
        const edited = text.slice(0, offset) + insert.slice(0, 200) + text.slice(offset);
        for (const d of after.items) rangeInside(edited, d.range, d.code);
        await c.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
        await c.request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line, character } },
          context: { diagnostics: [], only: ['quickfix', 'source.fixAll.virtwire'] },
        });
        for (const u of [uri, twin]) void c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
      }),
      { seed: SEED, numRuns: runs(15), includeErrorInReport: true },
    );
    const stats = await c.request<{ openDocuments: number; cacheChars: number }>('virtwire/stats', null);
    assert.equal(stats.openDocuments, 0);
    assert.ok(stats.cacheChars < 4096, `closed documents leave ${stats.cacheChars} chars in the cache`);
  });
});
