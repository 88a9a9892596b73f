#!/usr/bin/env node
// Virtwire's language server next to the peer (yaml-language-server with KubeVirt's OpenAPI schema),
// side by side in one run, on the same generated file, with the same client. Prints a table, the
// ratios against the targets, and writes a JSON summary to bench/results/latest.json.
//
// usage: npm run bench -- [--vms 200] [--runs 5] [--hovers 50] [--completions 50] [--edits 5] [--big-lines 50000]
//        [--no-big] [--no-peer] [--no-build] [--gen ours|shared] [--shared DIR] [--baseline DIR]
//        [--cli-vms 1000] [--cli-runs 5] [--no-cli] [--json]
//
// Ours:  node dist/virtwire-language-server.js --stdio, the bundle users run (built first with `npm run build`),
//        measured twice: pushing diagnostics (the client advertises no pull capability) and pulled
//        (textDocument/diagnostic right after the didOpen / didChange).
// Baseline (--baseline DIR): another build of Virtwire (a checkout, built) in the same run, e.g. the commit
//        before a change: DIR/dist/virtwire-language-server.js, else DIR/server/bin/virtwire-language-server.js.
// CLI:   `virtwire check` on --cli-vms VMs (default 1,000: 61k lines), ours and the baseline, interleaved.
// Peer:  bench/node_modules/yaml-language-server (installed by this script with `npm --prefix bench install`)
//        with yaml.schemas → ../shared/bench/kubevirt-openapi.schema.json; skipped when that file is missing.
// Input: ../shared/bench/gen-vms.mjs N when it exists (the standard input), else bench/gen-vms.mjs.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs, num, sharedDir } from './args.mjs';
import { LspServer, stats, median } from './lsp-driver.mjs';
import { generateVms, vmsForLines } from './gen-vms.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');

// ---------------------------------------------------------------- options
const USAGE =
  'node bench/run.mjs [--vms 200] [--runs 5] [--hovers 50] [--completions 50] [--edits 5] [--big-lines 50000] [--big-runs 3] [--no-big] [--no-peer] ' +
  '[--no-build] [--gen ours|shared] [--shared DIR] [--baseline DIR] [--cli-vms 1000] [--cli-runs 5] [--no-cli] [--json]';
const str = { type: 'string' };
const flag = { type: 'boolean' };
const { values: a } = benchArgs(
  {
    vms: str,
    runs: str,
    hovers: str,
    completions: str,
    edits: str,
    'big-lines': str,
    'big-runs': str,
    'no-big': flag,
    'no-peer': flag,
    'no-build': flag,
    gen: str,
    shared: str,
    baseline: str,
    'cli-vms': str,
    'cli-runs': str,
    'no-cli': flag,
    json: flag,
  },
  USAGE,
);
// ../shared/bench (the issue's generator and the peer's schema), beside this checkout or beside the repository's main
// worktree when this is a `git worktree`; --shared DIR points elsewhere. Not found, the run stops (a run without the
// peer is asked for with --no-peer, never a silent fallback).
const SHARED_FOUND = sharedDir(ROOT, a.shared);
if (!SHARED_FOUND && !a['no-peer']) {
  console.error(
    "bench: no ../shared/bench beside this checkout or beside its main worktree (the issue's generator and the peer's schema); pass --shared DIR, or --no-peer to measure without the peer",
  );
  process.exit(2);
}
const SHARED = SHARED_FOUND ?? resolve(ROOT, '../shared/bench');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const opt = {
  vms: num(a.vms, 200),
  runs: num(a.runs, 5),
  hovers: num(a.hovers, 50),
  completions: num(a.completions, 50),
  edits: num(a.edits, 5),
  bigLines: num(a['big-lines'], 50000),
  bigRuns: num(a['big-runs'], 3),
  big: !a['no-big'],
  peer: !a['no-peer'],
  build: !a['no-build'],
  gen: a.gen ?? 'auto',
  json: a.json === true,
  baseline: a.baseline !== undefined ? resolve(a.baseline) : null,
  cli: !a['no-cli'],
  cliVms: num(a['cli-vms'], 1000),
  cliRuns: num(a['cli-runs'], 5),
};
const log = (...m) => {
  if (!opt.json) console.error(...m);
};

// ---------------------------------------------------------------- setup
function build() {
  log('building (npm run build)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-6).join('\n');
    log(`  build reported errors (measuring what was emitted):\n${tail.replace(/^/gm, '    ')}`);
  }
}

const OUR_MAIN = join(ROOT, 'dist/virtwire-language-server.js');
// The run measures a copy of the bundles taken at its start (others may rebuild dist/ meanwhile).
const SNAPSHOT = join(BENCH, 'results/build');
const OUR_BIN = join(SNAPSHOT, 'dist/virtwire-language-server.js');
const OUR_CLI = join(SNAPSHOT, 'dist/virtwire.js');

function snapshot() {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  for (const p of ['dist', 'package.json']) {
    if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(SNAPSHOT, p), { recursive: true });
  }
}

/** A build's language server and CLI: its bundles when it has them, else its tsc launchers. */
function binsOf(dir) {
  const bundled = join(dir, 'dist/virtwire-language-server.js');
  if (existsSync(bundled)) return { server: bundled, cli: join(dir, 'dist/virtwire.js') };
  const server = join(dir, 'server/bin/virtwire-language-server.js');
  if (!existsSync(server)) throw new Error(`--baseline ${dir}: neither dist/ nor server/bin/ (build it first)`);
  return { server, cli: join(dir, 'server/bin/virtwire.js') };
}
const BASE = opt.baseline ? binsOf(opt.baseline) : null;
const PEER_BIN = join(BENCH, 'node_modules/yaml-language-server/bin/yaml-language-server');
const PEER_SCHEMA = join(SHARED, 'kubevirt-openapi.schema.json');

function peerReady() {
  if (!opt.peer) return { ok: false, why: 'peer skipped (--no-peer)' };
  if (!existsSync(PEER_SCHEMA)) {
    // asked for the peer and cannot have it: stop, do not print a table without its column
    console.error(
      `bench: the peer's schema ${PEER_SCHEMA} is missing (the peer is only fair with KubeVirt's OpenAPI schema); pass --shared DIR, or --no-peer`,
    );
    process.exit(2);
  }
  if (!existsSync(PEER_BIN)) {
    log('installing the peer (npm --prefix bench install)…');
    const r = spawnSync('npm', ['--prefix', BENCH, 'install', '--no-audit', '--no-fund'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(PEER_BIN)) {
      return { ok: false, why: `peer skipped: npm --prefix bench install failed:\n${(r.stderr || r.stdout).slice(-800)}` };
    }
  }
  const version = JSON.parse(readFileSync(join(BENCH, 'node_modules/yaml-language-server/package.json'), 'utf8')).version;
  return { ok: true, version };
}

function generator() {
  const shared = join(SHARED, 'gen-vms.mjs');
  const useShared = opt.gen === 'shared' || (opt.gen === 'auto' && existsSync(shared));
  if (useShared) {
    return {
      name: '../shared/bench/gen-vms.mjs',
      gen: (n) => execFileSync(process.execPath, [shared, String(n)], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    };
  }
  return { name: 'bench/gen-vms.mjs', gen: generateVms };
}

// ---------------------------------------------------------------- the text: where to hover, what to edit
/**
 * Positions of interface names (the value of `- name:` in an `interfaces:` list), spread over the file; `phase` (0–1)
 * shifts them inside their stride (0.5: the middle; another phase gives positions on other VMs).
 */
function interfaceNamePositions(lines, count, phase = 0.5) {
  const all = [];
  let indent = -1;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const m = /^(\s*)interfaces:\s*$/.exec(line);
    if (m) {
      indent = m[1].length;
      continue;
    }
    if (indent < 0) continue;
    const lead = /^\s*/.exec(line)[0].length;
    if (line.trim() !== '' && lead <= indent && !/^\s*-/.test(line.slice(indent))) {
      indent = -1;
      continue;
    }
    const n = /^(\s*-\s+name:\s*)(\S+)/.exec(line);
    if (n) all.push([l, n[1].length + 1]);
  }
  if (all.length === 0) return [];
  const out = [];
  for (let i = 0; i < count; i++) out.push(all[Math.floor(((i + phase) * all.length) / count)]);
  return out;
}

/**
 * Completion positions: the start of the first key after `- name:` in an interface item (its binding key, e.g.
 * `masquerade: {}`), where a user asks for the keys and binding methods an interface item may have.
 */
function interfaceKeyPositions(lines, count) {
  return interfaceNamePositions(lines, count).flatMap(([l]) => {
    const m = /^(\s*)[A-Za-z]+:/.exec(lines[l + 1] ?? '');
    return m ? [[l + 1, m[1].length]] : [];
  });
}

/** A `port: N` line at or after the middle of the file (the one-line edit target). */
function editTarget(lines) {
  const mid = Math.floor(lines.length / 2);
  for (let d = 0; d < lines.length; d++) {
    for (const l of [mid + d, mid - d]) {
      const m = /^(\s*(?:-\s+)?port:\s*)(\d+)\s*$/.exec(lines[l] ?? '');
      if (m) return { line: l, col: m[1].length, value: m[2] };
    }
  }
  // no port line: append a character to the middle line
  return { line: mid, col: lines[mid].length, value: '' };
}

/** Keeps the client-side copy of the edited value, and makes the next one-line edit (a new port each time). */
function editor(lines) {
  const target = editTarget(lines);
  let current = target.value;
  let k = 0;
  return {
    target,
    next() {
      const value = String(8000 + ++k);
      const edit = {
        range: { start: { line: target.line, character: target.col }, end: { line: target.line, character: target.col + current.length } },
        text: value,
      };
      current = value;
      return edit;
    },
  };
}

// ---------------------------------------------------------------- one session with one server
function serverSpec(kind, peer) {
  if (kind === 'peer') {
    const schemaUri = pathToFileURL(PEER_SCHEMA).href;
    return {
      name: `yaml-language-server ${peer.version}`,
      command: process.execPath,
      args: [PEER_BIN, '--stdio'],
      cwd: BENCH,
      settings: { yaml: { validate: true, hover: true, schemas: { [schemaUri]: '*.yaml' } } },
      pull: false,
    };
  }
  const base = kind.startsWith('base-');
  return {
    name: `${base ? 'baseline' : 'virtwire'} (${kind.endsWith('pull') ? 'pull' : 'push'})`,
    command: process.execPath,
    args: [base ? BASE.server : OUR_BIN, '--stdio'],
    cwd: base ? opt.baseline : SNAPSHOT,
    settings: {},
    pull: kind.endsWith('pull'),
  };
}

async function firstDiagnostics(server, uri, text) {
  const t = performance.now();
  server.open(uri, text);
  if (server.o.pull) {
    const r = await server.pullDiagnostics(uri);
    return { ms: performance.now() - t, count: r.items?.length ?? 0, resultId: r.resultId };
  }
  const e = await server.nextDiagnostics(uri, t);
  return { ms: e.at - t, count: e.diagnostics.length };
}

async function diagnosticsAfterEdit(server, uri, version, edit, resultId) {
  const t = performance.now();
  server.change(uri, version, [edit]);
  if (server.o.pull) {
    const r = await server.pullDiagnostics(uri, resultId);
    return { ms: performance.now() - t, count: r.items?.length, resultId: r.resultId ?? resultId };
  }
  const e = await server.nextDiagnostics(uri, t);
  return { ms: e.at - t, count: e.diagnostics.length };
}

const hoverText = (h) =>
  !h
    ? null
    : typeof h.contents === 'string'
      ? h.contents
      : (h.contents?.value ?? (Array.isArray(h.contents) ? h.contents.map((c) => c.value ?? c).join('\n') : JSON.stringify(h.contents)));

/** Hovers at each position, one after the other: the time each took, in ms. */
async function hoverTimes(server, uri, positions) {
  const times = [];
  for (const [line, character] of positions) {
    const t = performance.now();
    await server.hover(uri, line, character);
    times.push(performance.now() - t);
  }
  return times;
}

/** Runs `body(server, out)` on a fresh server for `file`; an error is recorded in `out.error`, the server always stops. */
async function session(kind, peer, file, body) {
  const spec = serverSpec(kind, peer);
  const server = new LspServer({ ...spec, folder: file.folder }).start();
  const out = { server: spec.name };
  try {
    await body(server, out);
  } catch (e) {
    out.error = String(e.message ?? e);
  }
  await server.stop();
  return out;
}

/** didOpen → first diagnostics, RSS, hovers on interface names, one-line edits → diagnostics. */
async function standardSession(kind, peer, file) {
  return session(kind, peer, file, async (server, out) => {
    await server.initialize();
    out.initMs = server.spawnToReadyMs;
    await server.settle();
    out.idleWaitMs = await server.waitIdle();
    out.rssBeforeOpenKb = server.memory().rssKb;
    const cpu0 = server.cpuMs();
    const first = await firstDiagnostics(server, file.uri, file.text);
    out.firstDiagnosticsMs = first.ms;
    out.firstDiagnosticsCpuMs = server.cpuMs() - cpu0;
    out.diagnostics = first.count;
    const mem = server.memory();
    out.rssAfterOpenKb = mem.rssKb;

    // a user moves the mouse onto a VM once the squiggles are there: the first hovers start once the server is idle
    // (the same rule as before didOpen), so what each server does in idle time after opening a file counts
    out.hoverIdleWaitMs = await server.waitIdle();
    const hovers = [];
    let answered = 0;
    out.hoverSample = null;
    for (const [line, character] of file.hoverAt) {
      const t = performance.now();
      const h = await server.hover(file.uri, line, character);
      hovers.push(performance.now() - t);
      if (h) {
        answered++;
        out.hoverSample ??= (hoverText(h) ?? '').slice(0, 300);
      }
    }
    out.hoverMs = stats(hovers);
    out.hoversAnswered = answered;
    out.hoversAsked = hovers.length;
    // the same positions again: what a hover costs once the server has what it needs cached
    out.hoverRepeatMs = stats(await hoverTimes(server, file.uri, file.hoverAt));

    // completion at the binding key of interface items (Ctrl+Space): the keys and binding methods there
    const completions = [];
    const items = [];
    for (const [line, character] of file.completeAt) {
      const t = performance.now();
      const c = await server.completion(file.uri, line, character);
      completions.push(performance.now() - t);
      const list = Array.isArray(c) ? c : (c?.items ?? []);
      items.push(list.length);
      out.completionSample ??= list.length
        ? list
            .slice(0, 8)
            .map((i) => i.label)
            .join(', ')
        : null;
    }
    out.completionMs = stats(completions);
    out.completionItems = median(items);

    const ed = editor(file.lines);
    const edits = [];
    let resultId = first.resultId;
    for (let k = 0; k < opt.edits; k++) {
      const r = await diagnosticsAfterEdit(server, file.uri, 2 + k, ed.next(), resultId);
      resultId = r.resultId;
      edits.push(r.ms);
      out.diagnosticsAfterEdit = r.count;
      await sleep(50);
    }
    out.editMs = stats(edits);
    const end = server.memory();
    out.rssEndKb = end.rssKb;
    out.peakRssKb = end.hwmKb;
  });
}

/**
 * A fresh editor: the file is opened right after `initialized` (as VS Code does when opening the file
 * starts the server). Spawn → first diagnostics, and didOpen → first diagnostics.
 */
async function coldSession(kind, peer, file) {
  return session(kind, peer, file, async (server, out) => {
    await server.initialize();
    out.initMs = server.spawnToReadyMs;
    const first = await firstDiagnostics(server, file.uri, file.text);
    out.openToDiagnosticsMs = first.ms;
    out.spawnToDiagnosticsMs = performance.now() - server.t0;
    if (!server.o.pull) out.spawnToDiagnosticsMs = server.published.get(file.uri)[0].at - server.t0;
    out.diagnostics = first.count;
    out.cpuMs = server.cpuMs();
    // hovers sent the moment the diagnostics are in (no idle time at all; on other VMs than the idle pass's)
    out.hoverSoonMs = stats(await hoverTimes(server, file.uri, file.hoverSoonAt));
  });
}

/**
 * The large file: first diagnostics, a hover sent right after didOpen, and after one-line edits a hover sent
 * 0 / 50 / 250 ms after the didChange (does any request wait for the diagnostics computation?).
 */
async function bigSession(kind, peer, file) {
  const [hl, hc] = file.hoverAt[Math.floor(file.hoverAt.length / 2)] ?? [0, 0];
  return session(kind, peer, file, async (server, out) => {
    await server.initialize();
    await server.settle();
    await server.waitIdle();
    const first = await firstDiagnostics(server, file.uri, file.text);
    out.firstDiagnosticsMs = first.ms;
    out.diagnostics = first.count;
    out.rssAfterOpenKb = server.memory().rssKb;

    const ed = editor(file.lines);
    const delays = [0, 50, 250];
    out.afterEdit = [];
    let resultId = first.resultId;
    for (let k = 0; k < delays.length * 2; k++) {
      const delay = delays[k % delays.length];
      const version = 2 + k;
      const te = performance.now();
      const diagP = diagnosticsAfterEdit(server, file.uri, version, ed.next(), resultId);
      if (delay) await sleep(delay);
      const th = performance.now();
      await server.hover(file.uri, hl, hc);
      const hoverMs = performance.now() - th;
      const hoverDoneAfterEditMs = performance.now() - te;
      const d = await diagP;
      resultId = d.resultId;
      out.afterEdit.push({
        hoverDelayMs: delay,
        hoverMs,
        hoverDoneAfterEditMs,
        diagnosticsMs: d.ms,
        hoverBeforeDiagnostics: hoverDoneAfterEditMs < d.ms - 1,
      });
      await sleep(100);
    }
    out.editMs = stats(out.afterEdit.map((e) => e.diagnosticsMs));
    out.hoverAfterEditMs = Object.fromEntries(
      delays.map((d) => [d, median(out.afterEdit.filter((e) => e.hoverDelayMs === d).map((e) => e.hoverMs))]),
    );
    out.peakRssKb = server.memory().hwmKb;
  });
}

/** The large file again, on a fresh server: a hover sent right after didOpen (and, for pull, the pull request). */
async function bigOpenHoverSession(kind, peer, file) {
  const [hl, hc] = file.hoverAt[Math.floor(file.hoverAt.length / 2)] ?? [0, 0];
  return session(kind, peer, file, async (server, out) => {
    await server.initialize();
    await server.settle();
    await server.waitIdle();
    const t = performance.now();
    const firstP = firstDiagnostics(server, file.uri, file.text);
    const hoverP = server.hover(file.uri, hl, hc).then(() => performance.now() - t);
    const first = await firstP;
    out.firstDiagnosticsMs = first.ms;
    out.hoverDuringOpenMs = await hoverP;
    out.hoverDuringOpenBeforeDiagnostics = out.hoverDuringOpenMs < first.ms - 1;
  });
}

/** Does the peer really validate against the schema? `interfaces: 5` (not a list) must be reported. */
async function peerSanity(peer, folder) {
  const spec = serverSpec('peer', peer);
  const server = new LspServer({ ...spec, folder }).start();
  try {
    await server.initialize();
    await server.settle();
    const uri = pathToFileURL(join(folder, 'schema-check.yaml')).href;
    const text =
      'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: x\nspec:\n  runStrategy: Always\n  template:\n    spec:\n      domain:\n        devices:\n          interfaces: 5\n';
    const t = performance.now();
    server.open(uri, text);
    const e = await server.nextDiagnostics(uri, t, 30000);
    return { diagnostics: e.diagnostics.length, messages: e.diagnostics.map((d) => d.message.slice(0, 120)) };
  } catch (e) {
    return { error: String(e.message ?? e) };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- the baseline: bare `yaml` parsing
const requireRoot = createRequire(join(ROOT, 'package.json'));
const YAML_PATH = requireRoot.resolve('yaml');

function bareParse(text, file, n) {
  const { parseAllDocuments } = requireRoot('yaml');
  const times = [];
  for (let i = 0; i < n + 1; i++) {
    const t = performance.now();
    parseAllDocuments(text);
    times.push(performance.now() - t);
  }
  const firstInProcess = times.shift();
  // cold: the first parse in a fresh node process (what a freshly started server pays)
  const cold = [];
  const script = `const {parseAllDocuments}=require(${JSON.stringify(YAML_PATH)});const t=require('fs').readFileSync(${JSON.stringify(file)},'utf8');const s=performance.now();parseAllDocuments(t);process.stdout.write(String(performance.now()-s));`;
  for (let i = 0; i < Math.max(3, Math.min(n, 5)); i++)
    cold.push(Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  return { warmMs: stats(times), firstInProcessMs: firstInProcess, coldProcessMs: stats(cold) };
}

// ---------------------------------------------------------------- the CLI: `virtwire check` on a large file
const CPU_REPORT = join(BENCH, 'cpu-report.cjs');

/** One `virtwire check FILE` in a fresh process: wall time at the parent, the process's own CPU time. */
function cliRun(cli, file) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', CPU_REPORT, cli, 'check', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t;
  const cpu = /\[virtwire-cpu\] (\{.*\})/.exec(r.stderr ?? '');
  const summary = /^\d+ files? checked.*$/m.exec(r.stdout ?? '')?.[0] ?? null;
  return {
    wallMs,
    cpuMs: cpu ? JSON.parse(cpu[1]).cpuMs : NaN,
    status: r.status,
    summary,
    error: r.status === 2 || !summary ? (r.stderr ?? '').slice(-300) : undefined,
  };
}

function cliThroughput(gen, work) {
  const text = gen(opt.cliVms);
  const file = join(work, `cli-${opt.cliVms}.yaml`);
  writeFileSync(file, text);
  const builds = [['ours', OUR_CLI], ...(BASE ? [['baseline', BASE.cli]] : [])];
  const runs = Object.fromEntries(builds.map(([k]) => [k, []]));
  for (let r = 0; r < opt.cliRuns; r++) {
    for (const [k, cli] of rotate(builds, r)) {
      const x = cliRun(cli, file);
      runs[k].push(x);
      log(
        `  cli run ${r + 1}/${opt.cliRuns} ${k.padEnd(8)} ${fmt(x.wallMs)} ms wall, ${fmt(x.cpuMs)} ms CPU${x.error ? `  ERROR ${x.error}` : ''}`,
      );
    }
  }
  const out = { vms: opt.cliVms, lines: text.split('\n').length, runs: opt.cliRuns, builds: {} };
  for (const [k] of builds) {
    const ok = runs[k].filter((x) => !x.error);
    const wall = stats(ok.map((x) => x.wallMs));
    const cpu = stats(ok.map((x) => x.cpuMs));
    out.builds[k] = {
      wallMs: wall,
      cpuMs: cpu,
      vmsPerSec: opt.cliVms / (wall.p50 / 1000),
      vmsPerCpuSec: opt.cliVms / (cpu.p50 / 1000),
      summary: ok[0]?.summary ?? null,
      errors: runs[k].filter((x) => x.error).map((x) => x.error),
    };
  }
  return out;
}

// ---------------------------------------------------------------- main
function fileFor(dir, name, text, hovers) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, text);
  const lines = text.split('\n');
  return {
    path,
    folder: dir,
    uri: pathToFileURL(path).href,
    text,
    lines,
    bytes: Buffer.byteLength(text),
    hoverAt: interfaceNamePositions(lines, hovers),
    hoverSoonAt: interfaceNamePositions(lines, hovers, 0),
    completeAt: interfaceKeyPositions(lines, opt.completions),
  };
}

const LOAD_AT_START = loadavg();
const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);
const agg = (sessions, pick) => stats(sessions.filter((s) => !s.error).map(pick));

async function main() {
  if (opt.build || !existsSync(OUR_MAIN)) build();
  if (!existsSync(OUR_MAIN)) throw new Error(`${OUR_MAIN} is missing: the build did not produce the language server`);
  snapshot();
  const peer = peerReady();
  if (!peer.ok) log(peer.why);
  const g = generator();
  const work = mkdtempSync(join(tmpdir(), 'virtwire-bench-'));
  try {
    const std = fileFor(join(work, 'std'), `vms-${opt.vms}.yaml`, g.gen(opt.vms), opt.hovers);
    log(
      `input: ${g.name} ${opt.vms} → ${std.lines.length} lines, ${(std.bytes / 1024).toFixed(0)} KB; ${std.hoverAt.length} hover positions, ${std.completeAt.length} completion positions; edit at line ${editTarget(std.lines).line + 1}`,
    );
    const kinds = ['ours-push', 'ours-pull', ...(BASE ? ['base-push', 'base-pull'] : []), ...(peer.ok ? ['peer'] : [])];

    log(`bare parse (yaml parseAllDocuments)…`);
    const bare = bareParse(std.text, std.path, Math.max(7, opt.runs));

    const sessions = Object.fromEntries(kinds.map((k) => [k, []]));
    const colds = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let r = 0; r < opt.runs; r++) {
      for (const k of rotate(kinds, r)) {
        const s = await standardSession(k, peer, std);
        sessions[k].push(s);
        log(
          `  run ${r + 1}/${opt.runs} ${s.server.padEnd(28)} first ${fmt(s.firstDiagnosticsMs)} ms, edit ${fmt(s.editMs?.p50)} ms, hover p95 ${fmt(s.hoverMs?.p95, 2)} ms, ${s.diagnostics} diagnostics${s.error ? `  ERROR ${s.error}` : ''}`,
        );
        const c = await coldSession(k, peer, std);
        colds[k].push(c);
        log(
          `  run ${r + 1}/${opt.runs} ${c.server.padEnd(28)} opened right after initialize: spawn → diagnostics ${fmt(c.spawnToDiagnosticsMs)} ms (init ${fmt(c.initMs)} ms, didOpen → diagnostics ${fmt(c.openToDiagnosticsMs)} ms)${c.error ? `  ERROR ${c.error}` : ''}`,
        );
      }
    }
    const sanity = peer.ok ? await peerSanity(peer, join(work, 'sanity')) : null;

    let big = null;
    if (opt.big) {
      const gBig = generator();
      const n = vmsForLines(opt.bigLines, gBig.gen === generateVms ? generateVms : (k) => gBig.gen(k));
      const bigFile = fileFor(join(work, 'big'), `vms-${n}.yaml`, gBig.gen(n), 10);
      log(`large file: ${n} VMs → ${bigFile.lines.length} lines, ${(bigFile.bytes / 1024).toFixed(0)} KB`);
      const bigBare = bareParse(bigFile.text, bigFile.path, 3);
      big = { vms: n, lines: bigFile.lines.length, bytes: bigFile.bytes, bareParse: bigBare, runs: opt.bigRuns, servers: {}, sessions: {} };
      for (const k of kinds) big.sessions[k] = [];
      for (let r = 0; r < opt.bigRuns; r++) {
        for (const k of rotate(kinds, r)) {
          const s = await bigSession(k, peer, bigFile);
          const h = await bigOpenHoverSession(k, peer, bigFile);
          s.hoverDuringOpenMs = h.hoverDuringOpenMs;
          s.diagnosticsWithHoverMs = h.firstDiagnosticsMs;
          s.hoverDuringOpenBeforeDiagnostics = h.hoverDuringOpenBeforeDiagnostics;
          if (h.error) s.error = `${s.error ?? ''} open+hover: ${h.error}`.trim();
          big.sessions[k].push(s);
          log(
            `  run ${r + 1}/${opt.bigRuns} ${s.server.padEnd(28)} first ${fmt(s.firstDiagnosticsMs)} ms; with a hover sent right after didOpen: hover ${fmt(s.hoverDuringOpenMs)} ms, diagnostics ${fmt(s.diagnosticsWithHoverMs)} ms; edit ${fmt(s.editMs?.p50)} ms, hover right after didChange ${fmt(s.hoverAfterEditMs?.[0], 1)} ms${s.error ? `  ERROR ${s.error}` : ''}`,
          );
        }
      }
      for (const k of kinds) {
        const ss = big.sessions[k];
        const ok = ss.filter((s) => !s.error);
        big.servers[k] =
          ok.length === 0
            ? { server: ss[0]?.server, error: ss.map((s) => s.error).join('; ') }
            : {
                server: ss[0].server,
                diagnostics: ok[0].diagnostics,
                firstDiagnosticsMs: median(ok.map((s) => s.firstDiagnosticsMs)),
                hoverDuringOpenMs: median(ok.map((s) => s.hoverDuringOpenMs)),
                diagnosticsWithHoverMs: median(ok.map((s) => s.diagnosticsWithHoverMs)),
                editMs: { p50: median(ok.map((s) => s.editMs.p50)) },
                hoverAfterEditMs: Object.fromEntries([0, 50, 250].map((d) => [d, median(ok.map((s) => s.hoverAfterEditMs[d]))])),
                hoverBeforeDiagnostics: `${ok.reduce((n, s) => n + s.afterEdit.filter((e) => e.hoverBeforeDiagnostics).length + (s.hoverDuringOpenBeforeDiagnostics ? 1 : 0), 0)}/${ok.reduce((n, s) => n + s.afterEdit.length + 1, 0)}`,
                rssAfterOpenKb: median(ok.map((s) => s.rssAfterOpenKb)),
                peakRssKb: median(ok.map((s) => s.peakRssKb)),
              };
      }
    }

    let cli = null;
    if (opt.cli) {
      log(`cli: virtwire check on ${opt.cliVms} VMs…`);
      cli = cliThroughput(g.gen, work);
    }
    const summary = summarize({ std, g, bare, sessions, colds, kinds, peer, sanity, big, cli });
    mkdirSync(join(BENCH, 'results'), { recursive: true });
    writeFileSync(join(BENCH, 'results/latest.json'), JSON.stringify(summary, null, 2) + '\n');
    if (opt.json) console.log(JSON.stringify(summary, null, 2));
    else print(summary);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return head + (dirty ? '+uncommitted server changes' : '');
  } catch {
    return null;
  }
}

function summarize({ std, g, bare, sessions, colds, kinds, peer, sanity, big, cli }) {
  const per = {};
  for (const k of kinds) {
    const ss = sessions[k];
    const ok = ss.filter((s) => !s.error);
    per[k] = {
      server: ss[0]?.server,
      runs: ss.length,
      errors: ss.filter((s) => s.error).map((s) => s.error),
      diagnostics: ok[0]?.diagnostics,
      initMs: agg(ss, (s) => s.initMs),
      firstDiagnosticsMs: agg(ss, (s) => s.firstDiagnosticsMs),
      firstDiagnosticsCpuMs: agg(ss, (s) => s.firstDiagnosticsCpuMs),
      editMs: agg(ss, (s) => s.editMs.p50),
      hoverP50Ms: agg(ss, (s) => s.hoverMs.p50),
      hoverP95Ms: agg(ss, (s) => s.hoverMs.p95),
      hoverMaxMs: agg(ss, (s) => s.hoverMs.max),
      hoverRepeatP50Ms: agg(ss, (s) => s.hoverRepeatMs.p50),
      hoverRepeatP95Ms: agg(ss, (s) => s.hoverRepeatMs.p95),
      hoverIdleWaitMs: agg(ss, (s) => s.hoverIdleWaitMs),
      hoversAnswered: ok[0] ? `${ok[0].hoversAnswered}/${ok[0].hoversAsked}` : null,
      hoverSample: ok.find((s) => s.hoverSample)?.hoverSample ?? null,
      completionP50Ms: agg(ss, (s) => s.completionMs.p50),
      completionP95Ms: agg(ss, (s) => s.completionMs.p95),
      completionMaxMs: agg(ss, (s) => s.completionMs.max),
      completionItems: ok[0]?.completionItems ?? null,
      completionSample: ok.find((s) => s.completionSample)?.completionSample ?? null,
      rssAfterOpenMB: agg(ss, (s) => s.rssAfterOpenKb / 1024),
      rssBeforeOpenMB: agg(ss, (s) => s.rssBeforeOpenKb / 1024),
      peakRssMB: agg(ss, (s) => s.peakRssKb / 1024),
      idleWaitMs: agg(ss, (s) => s.idleWaitMs),
      cold: {
        errors: colds[k].filter((s) => s.error).map((s) => s.error),
        initMs: agg(colds[k], (s) => s.initMs),
        openToDiagnosticsMs: agg(colds[k], (s) => s.openToDiagnosticsMs),
        spawnToDiagnosticsMs: agg(colds[k], (s) => s.spawnToDiagnosticsMs),
        hoverSoonP50Ms: agg(colds[k], (s) => s.hoverSoonMs?.p50),
        hoverSoonP95Ms: agg(colds[k], (s) => s.hoverSoonMs?.p95),
      },
    };
  }
  const p50 = (k, f) => per[k]?.[f]?.p50;
  const ours = 'ours-push';
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null);
  const cold = (k) => per[k]?.cold.spawnToDiagnosticsMs.p50;
  const base = per['base-push'] ? 'base-push' : null;
  // the targets of issue 7 first; the rest is context
  const ratios = [
    {
      name: 'peer/ours, spawn → first diagnostics (file opened right after initialize)',
      value: ratio(cold('peer'), cold(ours)),
      target: '>= 3',
      pass: (v) => v >= 3,
    },
    {
      name: 'peer/ours, after one-line edit',
      value: ratio(p50('peer', 'editMs'), p50(ours, 'editMs')),
      target: '>= 50',
      pass: (v) => v >= 50,
    },
    { name: 'ours hover p95 (ms)', value: p50(ours, 'hoverP95Ms'), target: '<= 2 ms', pass: (v) => v <= 2 },
    {
      name: 'ours hover p95 / peer hover p95',
      value: ratio(p50(ours, 'hoverP95Ms'), p50('peer', 'hoverP95Ms')),
      target: '<= 1',
      pass: (v) => v <= 1,
    },
    { name: 'ours completion p95 (ms)', value: p50(ours, 'completionP95Ms'), target: '<= 20 ms', pass: (v) => v <= 20 },
    {
      name: 'ours completion p95 / peer completion p95',
      value: ratio(p50(ours, 'completionP95Ms'), p50('peer', 'completionP95Ms')),
      target: '(context)',
      pass: null,
    },
    {
      name: `CLI: virtwire check, VMs/s on ${cli?.vms ?? '–'} VMs (wall)`,
      value: cli?.builds.ours?.vmsPerSec ?? null,
      target: '>= 1500',
      pass: (v) => v >= 1500,
    },
    {
      name: `CLI: VMs per CPU-second on ${cli?.vms ?? '–'} VMs`,
      value: cli?.builds.ours?.vmsPerCpuSec ?? null,
      target: '(context)',
      pass: null,
      note: 'less sensitive to a busy machine',
    },
    {
      name: 'ours hover p95 the moment the diagnostics are in (ms)',
      value: per[ours]?.cold.hoverSoonP95Ms.p50,
      target: '(context)',
      pass: null,
      note: 'no idle time: the hover pays for what idle work would have prepared',
    },
    {
      name: 'peer hover p95 the moment the diagnostics are in (ms)',
      value: per.peer?.cold.hoverSoonP95Ms.p50,
      target: '(context)',
      pass: null,
    },
    {
      name: 'peer/ours(pull), spawn → first diagnostics',
      value: ratio(cold('peer'), cold('ours-pull')),
      target: '(context)',
      pass: null,
      note: 'VS Code pulls',
    },
    {
      name: 'peer/ours(pull), after one-line edit',
      value: ratio(p50('peer', 'editMs'), p50('ours-pull', 'editMs')),
      target: '(context)',
      pass: null,
    },
    {
      name: 'peer/ours, first diagnostics (opened once idle)',
      value: ratio(p50('peer', 'firstDiagnosticsMs'), p50(ours, 'firstDiagnosticsMs')),
      target: '(context)',
      pass: null,
    },
    {
      name: 'peer/ours, first diagnostics (opened once idle), server CPU time',
      value: ratio(p50('peer', 'firstDiagnosticsCpuMs'), p50(ours, 'firstDiagnosticsCpuMs')),
      target: '(context)',
      pass: null,
    },
    {
      name: 'ours/bare-parse, first diagnostics (opened once idle)',
      value: ratio(p50(ours, 'firstDiagnosticsMs'), bare.warmMs.p50),
      target: '(context)',
      pass: null,
      note: 'bare = median in-process yaml parse (warm)',
    },
    {
      name: 'ours/bare-parse (cold process), spawn → diagnostics',
      value: ratio(cold(ours), bare.coldProcessMs.p50),
      target: '(context)',
      pass: null,
      note: 'bare = first parse in a fresh node process',
    },
    ...(base
      ? [
          {
            name: 'peer/baseline, spawn → first diagnostics',
            value: ratio(cold('peer'), cold(base)),
            target: '(context)',
            pass: null,
            note: '--baseline',
          },
          {
            name: 'peer/baseline, after one-line edit',
            value: ratio(p50('peer', 'editMs'), p50(base, 'editMs')),
            target: '(context)',
            pass: null,
          },
          { name: 'baseline hover p95 (ms)', value: p50(base, 'hoverP95Ms'), target: '(context)', pass: null },
          {
            name: `CLI baseline: VMs/s on ${cli?.vms ?? '–'} VMs (wall)`,
            value: cli?.builds.baseline?.vmsPerSec ?? null,
            target: '(context)',
            pass: null,
          },
          { name: `CLI baseline: VMs per CPU-second`, value: cli?.builds.baseline?.vmsPerCpuSec ?? null, target: '(context)', pass: null },
        ]
      : []),
  ].map((r) => ({
    ...r,
    verdict: r.value === null || r.pass === null ? (r.value === null ? 'n/a' : '') : r.pass(r.value) ? 'MET' : 'MISSED',
    pass: undefined,
  }));
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    loadavgAtStart: LOAD_AT_START,
    loadavgAtEnd: loadavg(),
    commit: gitCommit(),
    input: {
      generator: g.name,
      vms: opt.vms,
      lines: std.lines.length,
      bytes: std.bytes,
      edit: editTarget(std.lines),
      hovers: std.hoverAt.length,
      completions: std.completeAt.length,
    },
    runs: opt.runs,
    peer: peer.ok ? { version: peer.version, schema: PEER_SCHEMA, sanity } : { skipped: peer.why },
    bareParse: bare,
    baseline: opt.baseline,
    cli,
    servers: per,
    ratios,
    big,
    notes: [
      'Times are wall clock at the client (didOpen/didChange sent → publishDiagnostics received, or → textDocument/diagnostic answered); medians over runs, a fresh server each run.',
      'Each server keeps its own scheduling, part of what a user waits for: the peer validates a fixed 200 ms after the last change (validationDelayMs, not configurable); see server/src/lsp/server.ts for ours.',
      'VS Code pulls: vscode-languageclient 11 advertises textDocument.diagnostic and, by default (diagnosticPullOptions.onChange), pulls right after each didChange, so the pull column is what VS Code users get; push is for clients without pull.',
    ],
  };
}

function fmt(x, d = 0) {
  if (x === undefined || x === null || !Number.isFinite(x)) return '–';
  return x.toFixed(d);
}

function print(s) {
  const cols = ['ours-push', 'ours-pull', 'base-push', 'base-pull', 'peer'].filter((k) => s.servers[k]);
  const head = {
    'ours-push': 'virtwire (push)',
    'ours-pull': 'virtwire (pull)',
    'base-push': 'baseline (push)',
    'base-pull': 'baseline (pull)',
    peer: `peer (yls ${s.peer.version ?? ''})`,
  };
  const cell = (k, f, d = 0) => {
    const v = s.servers[k]?.[f];
    if (!v) return '–';
    return v.n > 1 ? `${fmt(v.p50, d)} [${fmt(v.min, d)}–${fmt(v.max, d)}]` : fmt(v.p50, d);
  };
  const cold = (k, f) => {
    const v = s.servers[k]?.cold?.[f];
    if (!v || !v.n) return '–';
    return v.n > 1 ? `${fmt(v.p50)} [${fmt(v.min)}–${fmt(v.max)}]` : fmt(v.p50);
  };
  const coldMs = (k, f) => fmt(s.servers[k]?.cold?.[f]?.p50, 2);
  const rows = [
    ['— opened right after initialize (fresh editor) —', () => ''],
    ['init (spawn → initialize answered), ms', (k) => cold(k, 'initMs')],
    ['didOpen → first diagnostics, ms', (k) => cold(k, 'openToDiagnosticsMs')],
    ['spawn → first diagnostics, ms', (k) => cold(k, 'spawnToDiagnosticsMs')],
    ['hover p50 / p95 the moment the diagnostics are in, ms', (k) => `${coldMs(k, 'hoverSoonP50Ms')} / ${coldMs(k, 'hoverSoonP95Ms')}`],
    ['— opened once the server is idle —', () => ''],
    ['idle after initialize, waited ms', (k) => cell(k, 'idleWaitMs')],
    ['first diagnostics (didOpen →), ms', (k) => cell(k, 'firstDiagnosticsMs')],
    ['  server CPU during it (10 ms ticks), ms', (k) => cell(k, 'firstDiagnosticsCpuMs')],
    ['diagnostics reported', (k) => String(s.servers[k].diagnostics ?? '–')],
    ['after one-line edit, ms', (k) => cell(k, 'editMs', 1)],
    ['hover p50, ms', (k) => cell(k, 'hoverP50Ms', 2)],
    ['hover p95, ms', (k) => cell(k, 'hoverP95Ms', 2)],
    ['hover max, ms', (k) => cell(k, 'hoverMaxMs', 2)],
    ['  idle after the first diagnostics, waited ms', (k) => cell(k, 'hoverIdleWaitMs')],
    [
      'hover p50 / p95, same positions again, ms',
      (k) => `${cell(k, 'hoverRepeatP50Ms', 2).split(' ')[0]} / ${cell(k, 'hoverRepeatP95Ms', 2).split(' ')[0]}`,
    ],
    ['hovers answered (non-null)', (k) => s.servers[k].hoversAnswered ?? '–'],
    ['completion p50, ms', (k) => cell(k, 'completionP50Ms', 2)],
    ['completion p95, ms', (k) => cell(k, 'completionP95Ms', 2)],
    ['completion max, ms', (k) => cell(k, 'completionMaxMs', 2)],
    ['completion items (median)', (k) => String(s.servers[k].completionItems ?? '–')],
    ['RSS before open, MB', (k) => cell(k, 'rssBeforeOpenMB')],
    ['RSS after open, MB', (k) => cell(k, 'rssAfterOpenMB')],
    ['peak RSS, MB', (k) => cell(k, 'peakRssMB')],
  ];
  if (s.big) {
    const b = s.big.servers;
    const bc = (k, pick) => {
      const v = b[k] && !b[k].error ? pick(b[k]) : undefined;
      return b[k]?.error ? 'error' : fmt(v, 1);
    };
    rows.push([`— ${s.big.lines} lines (${s.big.vms} VMs), median of ${s.big.runs} —`, () => '']);
    rows.push(['first diagnostics, ms', (k) => bc(k, (x) => x.firstDiagnosticsMs)]);
    rows.push(['hover sent right after didOpen: answered after, ms', (k) => bc(k, (x) => x.hoverDuringOpenMs)]);
    rows.push(['  … and first diagnostics then, ms', (k) => bc(k, (x) => x.diagnosticsWithHoverMs)]);
    rows.push(['after one-line edit, ms', (k) => bc(k, (x) => x.editMs.p50)]);
    rows.push(['hover right after didChange, ms', (k) => bc(k, (x) => x.hoverAfterEditMs[0])]);
    rows.push(['hover 50 ms after didChange, ms', (k) => bc(k, (x) => x.hoverAfterEditMs[50])]);
    rows.push(['hover 250 ms after didChange, ms', (k) => bc(k, (x) => x.hoverAfterEditMs[250])]);
    rows.push(['diagnostics reported', (k) => bc(k, (x) => x.diagnostics).replace(/\.0$/, '')]);
    rows.push(['RSS after open, MB', (k) => bc(k, (x) => x.rssAfterOpenKb / 1024)]);
    rows.push(['peak RSS, MB', (k) => bc(k, (x) => x.peakRssKb / 1024)]);
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const widths = cols.map((k) => Math.max(head[k].length, ...rows.map((r) => String(r[1](k)).length)));
  const line = (a, cs) => `${a.padEnd(w0)} | ${cs.map((c, i) => String(c).padStart(widths[i])).join(' | ')}`;
  console.log(`\nVirtwire language server vs peer — ${s.date}, node ${s.node}, ${s.cpu}, commit ${s.commit}`);
  console.log(
    `load average at start ${s.loadavgAtStart.map((x) => x.toFixed(2)).join(' ')}, at end ${s.loadavgAtEnd.map((x) => x.toFixed(2)).join(' ')} (a busy machine inflates wall-clock times)`,
  );
  console.log(
    `input: ${s.input.generator} ${s.input.vms} → ${s.input.lines} lines, ${(s.input.bytes / 1024).toFixed(0)} KB; ${s.runs} runs, medians [min–max]\n`,
  );
  console.log(
    line(
      '',
      cols.map((k) => head[k]),
    ),
  );
  console.log(
    line(
      '-'.repeat(w0),
      widths.map((w) => '-'.repeat(w)),
    ),
  );
  for (const [label, f] of rows) console.log(line(label, cols.map(f)));
  const bp = s.bareParse;
  console.log(
    `\nbare yaml parseAllDocuments: in-process median ${fmt(bp.warmMs.p50, 1)} ms (first in-process ${fmt(bp.firstInProcessMs, 1)} ms), fresh process ${fmt(bp.coldProcessMs.p50, 1)} ms`,
  );
  if (s.big)
    console.log(
      `bare parse, ${s.big.lines} lines: in-process median ${fmt(s.big.bareParse.warmMs.p50, 1)} ms, fresh process ${fmt(s.big.bareParse.coldProcessMs.p50, 1)} ms`,
    );
  if (s.cli) {
    console.log(`\nCLI: virtwire check on ${s.cli.vms} VMs (${s.cli.lines} lines), ${s.cli.runs} runs, medians [min–max]`);
    for (const [k, b] of Object.entries(s.cli.builds)) {
      console.log(
        `  ${k.padEnd(9)} wall ${fmt(b.wallMs.p50)} ms [${fmt(b.wallMs.min)}–${fmt(b.wallMs.max)}], CPU ${fmt(b.cpuMs.p50)} ms → ${fmt(b.vmsPerSec)} VMs/s (${fmt(b.vmsPerCpuSec)} per CPU-second); ${b.summary ?? b.errors.join('; ')}`,
      );
    }
  }
  if (s.peer.skipped) console.log(`\n${s.peer.skipped}`);
  else if (s.peer.sanity)
    console.log(
      `peer schema check: ${s.peer.sanity.error ?? `${s.peer.sanity.diagnostics} diagnostics on a document with \`interfaces: 5\` (${s.peer.sanity.messages.join(' / ')})`}`,
    );
  for (const k of cols)
    if (s.servers[k].completionSample)
      console.log(`completion at an interface item's binding key, ${head[k]}: ${s.servers[k].completionSample}, …`);
  const w = Math.max(...s.ratios.map((r) => r.name.length));
  console.log('\nratios against the targets');
  for (const r of s.ratios.filter((x) => x.target !== '(context)'))
    console.log(`  ${r.name.padEnd(w)} ${fmt(r.value, 2).padStart(8)}   target ${r.target.padEnd(8)} ${r.verdict}`);
  console.log('context');
  for (const r of s.ratios.filter((x) => x.target === '(context)'))
    console.log(`  ${r.name.padEnd(w)} ${fmt(r.value, 2).padStart(8)}${r.note ? `   (${r.note})` : ''}`);
  for (const k of cols) if (s.servers[k].errors.length) console.log(`\n${head[k]} errors: ${s.servers[k].errors.join('; ')}`);
  console.log(`\n${s.notes.join('\n')}\nJSON: bench/results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
