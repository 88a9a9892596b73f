#!/usr/bin/env node
// Where the time goes between spawning the language server and its first diagnostics, for a file opened right
// after `initialize` (a fresh editor opening a file): a timeline from the server's own marks (VIRTWIRE_TIMING=1:
// process started, bundle loaded, initialize received, didOpen received, analysed, diagnostics sent) on the
// client's clock, medians over runs; and, with --cpu-prof, the main thread's CPU time by area, mapped back to
// the TypeScript sources through the bundle's source map.
//
// usage: node bench/cold-start.mjs [--vms 200] [--runs 7] [--server dist|out|PATH] [--cpu-prof] [--no-build]
//   --server dist (default): dist/virtwire-language-server.js, what users run; out: the tsc output

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs, num, sharedDir } from './args.mjs';
import { LspServer, median } from './lsp-driver.mjs';
import { generateVms } from './gen-vms.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const str = { type: 'string' };
const flag = { type: 'boolean' };
const { values: a } = benchArgs(
  { vms: str, runs: str, server: str, 'cpu-prof': flag, 'no-build': flag, shared: str },
  'node bench/cold-start.mjs [--vms 200] [--runs 7] [--server dist|out|PATH] [--cpu-prof] [--no-build] [--shared DIR]',
);
const opt = {
  vms: num(a.vms, 200),
  runs: num(a.runs, 7),
  server: a.server ?? 'dist',
  cpuProf: a['cpu-prof'] === true,
  build: !a['no-build'],
  shared: sharedDir(ROOT, a.shared) ?? resolve(ROOT, '../shared/bench'),
};
const SERVER =
  { dist: join(ROOT, 'dist/virtwire-language-server.js'), out: join(ROOT, 'out/server/src/lsp/main.js') }[opt.server] ??
  resolve(opt.server);

function input() {
  const gen = join(opt.shared, 'gen-vms.mjs');
  if (existsSync(gen))
    return {
      name: '../shared/bench/gen-vms.mjs',
      text: execFileSync(process.execPath, [gen, String(opt.vms)], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    };
  return { name: 'bench/gen-vms.mjs', text: generateVms(opt.vms) };
}

// ---------------------------------------------------------------- CPU profile by area, through the source map
const AREAS = [
  [/node_modules\/yaml\/dist\/parse\//, 'yaml: lexer + CST parser'],
  [/node_modules\/yaml\/dist\/compose\//, 'yaml: compose (CST → nodes, tags)'],
  [/node_modules\/yaml\/dist\/(nodes|schema|doc)\//, 'yaml: nodes, tags, toJS'],
  [/node_modules\/yaml\//, 'yaml: other'],
  [/server\/src\/core\/parse\//, 'core/parse'],
  [/node_modules\/ajv\/|node_modules\/fast-uri|server\/src\/core\/schema\//, 'schema (checks)'],
  [/server\/src\/core\/(rules|admission|defaults)\//, 'admission rules + defaults'],
  [/server\/src\/core\/wiring\//, 'wiring'],
  [/server\/src\/core\/analyze/, 'core/analyze'],
  [/server\/src\/core\//, 'core: other'],
  [/server\/src\/lsp\//, 'lsp layer'],
  [/vscode-jsonrpc|vscode-languageserver/, 'LSP library'],
  [/^node:|^internal\//, 'node internals (module loading, streams, …)'],
];

function areaOf(frame, maps) {
  const { functionName, url, lineNumber, columnNumber } = frame;
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return '(program: V8 parse/compile, native)';
  let source = url;
  const map = maps.get(url);
  if (map && lineNumber >= 0) source = map.findEntry(lineNumber, columnNumber)?.originalSource ?? url;
  if (!source) return /^validate\d*$|^anonymous$/.test(functionName) ? 'schema (ajv generated code)' : 'native/anonymous';
  return AREAS.find(([re]) => re.test(source))?.[1] ?? (/^(evalmachine|ajv)/.test(source) ? 'schema (ajv generated code)' : 'other');
}

function summarize(file) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const maps = new Map();
  for (const n of prof.nodes) {
    const { url } = n.callFrame;
    if (maps.has(url) || !url.startsWith('file://')) continue;
    const js = fileURLToPath(url);
    maps.set(url, existsSync(js + '.map') ? new SourceMap(JSON.parse(readFileSync(js + '.map', 'utf8'))) : null);
  }
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const areas = {};
  for (let i = 0; i < prof.samples.length; i++) {
    const area = areaOf(byId.get(prof.samples[i]).callFrame, maps);
    areas[area] = (areas[area] ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000;
  }
  delete areas['(idle)'];
  return areas;
}

// ---------------------------------------------------------------- one cold session
async function coldRun(file, text, profDir) {
  const server = new LspServer({
    name: 'virtwire',
    command: process.execPath,
    nodeArgs: profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '200'] : [],
    args: [SERVER, '--stdio'],
    cwd: dirname(file),
    folder: dirname(file),
    env: { VIRTWIRE_TIMING: '1' },
  }).start();
  try {
    await server.initialize();
    const initialized = performance.now() - server.t0;
    const uri = pathToFileURL(file).href;
    const t = performance.now();
    server.open(uri, text);
    const e = await server.nextDiagnostics(uri, t, 60000);
    const marks = Object.fromEntries(server.marks.map((m) => [m.name, m.at]));
    return {
      ...marks,
      initializeAnswered: initialized,
      didOpenSent: t - server.t0,
      received: e.at - server.t0,
      count: e.diagnostics.length,
    };
  } finally {
    await server.stop();
  }
}

const STEPS = [
  ['process', 'spawn → node process started (exec, V8 init)'],
  ['loaded', '→ server code loaded and run (read, parse, compile, module init)'],
  ['initialize', '→ initialize received'],
  ['initializeAnswered', '→ initialize answered (at the client)'],
  ['didOpen', '→ didOpen received'],
  ['analyzed', '→ file analysed (split, parse, schema, admission)'],
  ['diagnostics', '→ diagnostics converted, being sent'],
  ['received', '→ diagnostics received by the client'],
];

async function main() {
  if (opt.build) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) console.error(`build failed:\n${(r.stdout + r.stderr).slice(-1500)}`);
  }
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing (npm run build)`);
  const { name, text } = input();
  const work = mkdtempSync(join(tmpdir(), 'virtwire-cold-'));
  const file = join(work, `vms-${opt.vms}.yaml`);
  writeFileSync(file, text);
  const runs = [];
  try {
    for (let r = 0; r < opt.runs; r++) {
      const x = await coldRun(file, text);
      runs.push(x);
      console.error(
        `  run ${r + 1}/${opt.runs}: spawn → diagnostics ${x.received.toFixed(0)} ms (loaded at ${x.loaded?.toFixed(0)}, didOpen → analysed ${(x.analyzed - x.didOpen).toFixed(0)} ms)`,
      );
    }
    let areas = null;
    if (opt.cpuProf) {
      const profDir = join(work, 'prof');
      mkdirSync(profDir);
      await coldRun(file, text, profDir);
      const main = readdirSync(profDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort()
        .find((f) => Number(f.split('.').at(-3)) === 0);
      if (main) areas = summarize(join(profDir, main));
    }
    const lines = text.split('\n').length;
    console.log(
      `\ncold start: ${SERVER.replace(ROOT + '/', '')}, input ${name} ${opt.vms} → ${lines} lines; file opened right after initialize; median of ${opt.runs} runs (ms since spawn, and each step)`,
    );
    let prev = 0;
    for (const [k, label] of STEPS) {
      const at = median(runs.map((x) => x[k]).filter((v) => Number.isFinite(v)));
      if (!Number.isFinite(at)) continue;
      console.log(`  ${label.padEnd(70)} ${at.toFixed(0).padStart(6)}   +${(at - prev).toFixed(0)}`);
      prev = at;
    }
    console.log(`  diagnostics: ${runs[0].count}`);
    if (areas) {
      const total = Object.values(areas).reduce((a, b) => a + b, 0);
      console.log(`\nmain thread CPU by area over the whole session (one run under --cpu-prof, which slows it): ${total.toFixed(0)} ms`);
      for (const [k, v] of Object.entries(areas).sort((a, b) => b[1] - a[1]))
        console.log(`  ${k.padEnd(48)} ${v.toFixed(1).padStart(8)} ms  ${((100 * v) / total).toFixed(0).padStart(3)}%`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
