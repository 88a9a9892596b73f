// A client that does not read what the server writes: the server must not queue every publish in memory.
// The test writes LSP messages to the server's stdin and leaves its stdout unread while it sends 150 edits of
// a file whose diagnostics are ~1 MB, at typing pace; then it reads. Without back-pressure the server queued 150 publishes
// (~150 MB); with it, the stale ones are never computed and the latest version is published once the pipe drains.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import { SERVER } from '../helpers/paths';

const frame = (msg: unknown): string => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...(msg as object) });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** Peak resident memory of a process (Linux), in bytes. */
function peakRss(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

test('a client that does not read: stale publishes are dropped, the latest arrives, memory stays bounded', async () => {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const send = (m: unknown): void => void proc.stdin.write(frame(m));
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: 'initialized', params: {} });
    // 3,000 duplicate keys: 3,000 diagnostics, about 1 MB per publish; the edits go into a second document
    const dup = `a: 1\n${'a: 1\n'.repeat(3000)}`;
    const uri = 'file:///slow.yaml';
    const text = `${dup}---\nb: 0\n`;
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
    const line = 3002; // the `b: 0` line
    const last = 151;
    for (let v = 2; v <= last; v++) {
      await new Promise((r) => setTimeout(r, 15)); // typing pace: each edit is its own push
      send({
        method: 'textDocument/didChange',
        params: {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line, character: 3 }, end: { line, character: 4 } }, text: String(v % 10) }],
        },
      });
    }
    send({ id: 2, method: 'virtwire/stats', params: null });
    // give the server time to take every message while nobody reads its output
    await new Promise((r) => setTimeout(r, 1000));
    const peak = peakRss(proc.pid!);
    if (process.env.VW_DEBUG) console.error(`peak RSS ${Math.round((peak ?? 0) / 1048576)} MB`);
    // now read: count the publishes until the answer to the stats request and the latest version's publish
    let buf = Buffer.alloc(0);
    const versions: number[] = [];
    let sawStats = false;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no publish of version ${last} (got ${versions.join(',')})`)), 30_000);
      proc.stdout.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        for (;;) {
          const head = buf.indexOf('\r\n\r\n');
          if (head < 0) break;
          const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())![1]);
          if (buf.length < head + 4 + len) break;
          const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
          buf = buf.subarray(head + 4 + len);
          if (msg.id === 2) sawStats = true;
          if (msg.method === 'textDocument/publishDiagnostics' && msg.params.uri === uri) versions.push(msg.params.version);
        }
        if (sawStats && versions.includes(last)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    assert.ok(versions.length <= 10, `${versions.length} publishes for ${last} versions: ${versions.join(',')}`);
    if (peak !== undefined) assert.ok(peak < 400 * 1024 * 1024, `peak RSS ${Math.round(peak / 1048576)} MB`);
  } finally {
    proc.kill();
  }
});
