#!/usr/bin/env node
// Memory and blocking under hostile use, for one language server or two side by side (e.g. an older build):
//   keystrokes  a ~1 MB single-document VM, 60 one-character edits (each pulled), then closed: the server's RSS
//               and, where it answers `virtwire/stats`, its heap after a GC (the server runs with --expose-gc)
//   scan        a workspace of 100 large YAML files with NADs: time from `initialized` until a hover is answered
//               (was the scan on the request path?) and until the first diagnostics of an open file
// usage: node bench/hostile.mjs [--server PATH]... [--mb 1] [--keys 60] [--files 100]
// Prints a table; no assertion (the tests hold the behaviour, this measures it).

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs, num } from './args.mjs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: a } = benchArgs(
  { server: { type: 'string', multiple: true }, mb: { type: 'string' }, keys: { type: 'string' }, files: { type: 'string' } },
  'node bench/hostile.mjs [--server PATH]... [--mb 1] [--keys 60] [--files 100]',
);
const servers = a.server ?? [path.join(ROOT, 'server/bin/virtwire-language-server.js')];
const MB = num(a.mb, 1);
const KEYS = num(a.keys, 60);
const FILES = num(a.files, 100);

function rss(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  } catch {
    return NaN;
  }
}
const mb = (n) => (Number.isFinite(n) ? `${(n / 1048576).toFixed(1)} MB` : '-');

function start(server, rootUri = null) {
  const proc = spawn(process.execPath, ['--expose-gc', server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  const init = conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
  });
  return { proc, conn, init };
}

async function stop({ proc, conn }) {
  try {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  conn.dispose();
  proc.kill();
}

/** A single VirtualMachine document of about `mb` MiB (its bulk a long annotation, as generated specs have). */
function bigVm(size) {
  const line = `    note-${'x'.repeat(60)}: "${'y'.repeat(40)}"\n`;
  const n = Math.ceil((size * 1048576) / line.length);
  let ann = '';
  for (let i = 0; i < n; i++) ann += line.replace('note-', `note-${i}-`);
  return `apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: big\n  annotations:\n${ann}spec:\n  template:\n    spec:\n      domain:\n        devices:\n          interfaces:\n          - name: default\n            masquerade: {}\n      networks:\n      - name: default\n        pod: {}\n`;
}

async function stats(conn) {
  try {
    return await conn.sendRequest('virtwire/stats', { gc: true });
  } catch {
    return undefined;
  }
}

async function keystrokes(server) {
  const s = start(server);
  await s.init;
  await s.conn.sendNotification('initialized', {});
  const uri = 'file:///bench-big.yaml';
  const text = bigVm(MB);
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const before = { rss: rss(s.proc.pid), stats: await stats(s.conn) };
  const t0 = performance.now();
  for (let v = 2; v <= KEYS + 1; v++) {
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } }, text: 'x' }],
    });
    await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  }
  const ms = (performance.now() - t0) / KEYS;
  const after = { rss: rss(s.proc.pid), stats: await stats(s.conn) };
  await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const closed = { rss: rss(s.proc.pid), stats: await stats(s.conn) };
  await stop(s);
  return { before, after, closed, ms, size: text.length };
}

function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-bench-ws-'));
  const vms = bigVm(1.5);
  for (let i = 0; i < FILES; i++) {
    const nad = `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: nad-${i}\n  namespace: ns\n`;
    fs.writeFileSync(path.join(dir, `f${i}.yaml`), `${nad}---\n${vms}`);
  }
  return dir;
}

async function scan(server, dir) {
  const s = start(server, pathToFileURL(dir).href);
  await s.init;
  const t0 = performance.now();
  await s.conn.sendNotification('initialized', {});
  const uri = 'file:///open.yaml';
  await s.conn.sendNotification('textDocument/didOpen', {
    textDocument: {
      uri,
      languageId: 'yaml',
      version: 1,
      text: 'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: a\nspec:\n  domain:\n    devices: {}\n',
    },
  });
  await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const hover = performance.now() - t0;
  await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const diag = performance.now() - t0;
  const peak = rss(s.proc.pid);
  await stop(s);
  return { hover, diag, peak };
}

const rows = [];
for (const server of servers) {
  const k = await keystrokes(server);
  const heap = (x) => (x.stats ? mb(x.stats.heapUsed) : '-');
  rows.push([
    path.relative(process.cwd(), server) || server,
    `${(k.size / 1048576).toFixed(2)} MB × ${KEYS}`,
    `${mb(k.before.rss)} → ${mb(k.after.rss)} → ${mb(k.closed.rss)}`,
    `${heap(k.before)} → ${heap(k.after)} → ${heap(k.closed)}`,
    `${k.ms.toFixed(0)} ms`,
  ]);
}
console.log(`keystrokes in a single-document VM (open → after ${KEYS} edits → closed)`);
console.log('| server | document | RSS | heap after GC | per edit |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

const dir = workspace();
console.log(`\nworkspace of ${FILES} files of ~1.5 MB, each with a NAD: from \`initialized\` to …`);
console.log('| server | first hover answered | first diagnostics | RSS |');
console.log('| --- | --- | --- | --- |');
for (const server of servers) {
  const r = await scan(server, dir);
  console.log(`| ${path.relative(process.cwd(), server) || server} | ${r.hover.toFixed(0)} ms | ${r.diag.toFixed(0)} ms | ${mb(r.peak)} |`);
}
fs.rmSync(dir, { recursive: true, force: true });
