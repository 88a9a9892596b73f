// A minimal LSP client for the benchmark: spawns a stdio language server and drives it the way an
// editor does (initialize → initialized → didOpen/didChange → hover / pull diagnostics), timing each
// step with performance.now(). It knows nothing about either server; the capabilities it advertises
// decide whether a server pushes diagnostics (no `textDocument.diagnostic`) or is pulled.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// vscode-jsonrpc comes with vscode-languageserver (a dependency of the repository).
const rpc = createRequire(import.meta.url)('vscode-jsonrpc/node');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class LspServer {
  /**
   * @param {object} o
   * @param {string} o.name      label for messages
   * @param {string} o.command   executable (e.g. process.execPath)
   * @param {string[]} o.args    arguments
   * @param {string} o.cwd       working directory of the server
   * @param {string} o.folder    workspace folder (absolute path)
   * @param {object} [o.settings] answers to workspace/configuration by section (and didChangeConfiguration)
   * @param {boolean} [o.pull]   advertise pull diagnostics (textDocument.diagnostic)
   * @param {string[]} [o.nodeArgs] extra node flags (e.g. --cpu-prof) put before args
   * @param {object} [o.env]     extra environment variables for the server
   */
  constructor(o) {
    this.o = { settings: {}, pull: false, nodeArgs: [], ...o };
    this.stderr = '';
    this.published = new Map(); // uri → [{at, version, diagnostics}]
    this.waiters = []; // {uri, after, resolve, reject, timer}
    this.serverRequests = [];
  }

  start() {
    const { command, args, cwd, nodeArgs, env } = this.o;
    this.t0 = performance.now();
    /** epoch ms of the spawn (the clock of the server's VIRTWIRE_TIMING marks) */
    this.spawnedAt = performance.timeOrigin + this.t0;
    this.marks = [];
    this.child = spawn(command, [...nodeArgs, ...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: env ? { ...process.env, ...env } : process.env,
    });
    let partial = '';
    this.child.stderr.on('data', (d) => {
      this.stderr = (this.stderr + d).slice(-4000);
      const lines = (partial + d).split('\n');
      partial = lines.pop();
      for (const l of lines) {
        const m = /^\[virtwire-timing\] (\S+) ([\d.]+)$/.exec(l);
        if (m) this.marks.push({ name: m[1], at: Number(m[2]) - this.spawnedAt });
      }
    });
    this.exited = new Promise((res) => this.child.on('exit', (code, signal) => res({ code, signal })));
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => this.onPublish(p));
    this.conn.onNotification(() => {});
    this.conn.onRequest('workspace/configuration', (p) =>
      p.items.map((it) => (it.section ? (this.o.settings[it.section] ?? null) : this.o.settings)),
    );
    this.conn.onRequest((method) => {
      this.serverRequests.push(method);
      return null;
    });
    this.conn.onError(() => {});
    this.conn.onClose(() => {});
    this.conn.listen();
    return this;
  }

  get pid() {
    return this.child.pid;
  }

  onPublish(p) {
    const at = performance.now();
    const list = this.published.get(p.uri) ?? [];
    const entry = { at, version: p.version, diagnostics: p.diagnostics };
    list.push(entry);
    this.published.set(p.uri, list);
    const keep = [];
    for (const w of this.waiters) {
      if (w.uri === p.uri && at >= w.after) {
        clearTimeout(w.timer);
        w.resolve(entry);
      } else keep.push(w);
    }
    this.waiters = keep;
  }

  /** The next publishDiagnostics for `uri` that arrives after time `after` (performance.now()). */
  nextDiagnostics(uri, after = performance.now(), timeoutMs = 120000) {
    const seen = (this.published.get(uri) ?? []).find((e) => e.at >= after);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { uri, after, resolve, reject };
      w.timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`${this.o.name}: no diagnostics within ${timeoutMs} ms; stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  async initialize() {
    const folderUri = pathToFileURL(this.o.folder).href;
    const textDocument = {
      synchronization: { didSave: true, dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'], dynamicRegistration: false },
      completion: {
        completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
        contextSupport: true,
        dynamicRegistration: false,
      },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    };
    if (this.o.pull) textDocument.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    const t = performance.now();
    this.initResult = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'virtwire-bench' },
      rootUri: folderUri,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument,
      },
      initializationOptions: {},
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
    });
    this.conn.sendNotification('initialized', {});
    if (Object.keys(this.o.settings).length) {
      this.conn.sendNotification('workspace/didChangeConfiguration', { settings: this.o.settings });
    }
    this.initMs = performance.now() - t;
    this.spawnToReadyMs = performance.now() - this.t0;
    return this.initResult;
  }

  /** Lets the server finish its post-`initialized` work (configuration requests, workspace scans). */
  async settle(ms = 400) {
    await sleep(ms);
    // a round trip through the server's queue: anything it queued before this is done
    await this.conn
      .sendRequest('textDocument/hover', {
        textDocument: { uri: 'file:///nonexistent.yaml' },
        position: { line: 0, character: 0 },
      })
      .catch(() => null);
  }

  /**
   * Waits until the server process (all its threads) has used at most one 10 ms CPU tick over `quietMs`:
   * background work after `initialized` (warm-ups, worker threads, workspace scans) is over. Returns the
   * time waited, in ms.
   */
  async waitIdle({ quietMs = 300, maxMs = 15000 } = {}) {
    const start = performance.now();
    const samples = [{ at: start, cpu: this.cpuMs() }];
    for (;;) {
      await sleep(50);
      const now = performance.now();
      samples.push({ at: now, cpu: this.cpuMs() });
      const old = samples.find((x) => x.at >= now - quietMs - 1);
      if (now - start >= quietMs && old && samples[samples.length - 1].cpu - old.cpu <= 10) break;
      if (now - start >= maxMs || !Number.isFinite(samples[samples.length - 1].cpu)) break;
    }
    return performance.now() - start;
  }

  open(uri, text, version = 1) {
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** Incremental change: `edits` = [{range, text}]. */
  change(uri, version, edits) {
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits });
  }

  close(uri) {
    this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Completion invoked by the user (Ctrl+Space) at a position; the answer as the server sent it. */
  completion(uri, line, character) {
    return this.conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
      context: { triggerKind: 1 },
    });
  }

  hover(uri, line, character) {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  pullDiagnostics(uri, previousResultId) {
    return this.conn.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
  }

  /** Resident set size of the server process (kB): current and peak, from /proc/<pid>/status. */
  memory() {
    try {
      const s = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)\\s+kB`, 'm').exec(s)?.[1] ?? NaN);
      return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
    } catch {
      return { rssKb: NaN, hwmKb: NaN };
    }
  }

  /**
   * CPU time the server process has used so far (user + system, all threads), in ms, from
   * /proc/<pid>/stat (10 ms ticks). Less sensitive to a busy machine than wall-clock time.
   */
  cpuMs() {
    try {
      const s = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      return NaN;
    }
  }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), sleep(3000)]);
      this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    const done = await Promise.race([this.exited, sleep(3000).then(() => null)]);
    if (!done) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.conn.dispose();
  }
}

/** Summary of a list of timings: n, min, p50 (median), p95, max. */
export function stats(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, min: NaN, p50: NaN, p95: NaN, max: NaN };
  const q = (f) => s[Math.min(s.length - 1, Math.ceil(f * s.length) - 1)];
  return { n: s.length, min: s[0], p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

export const median = (xs) => stats(xs).p50;
