#!/usr/bin/env node
// Where does Virtwire's analysis time go? Times each step of the core pipeline (as analyzeText runs it)
// on the standard input, in this process: split, hashing, YAML parse, kind detection, toJS, schema,
// admission rules, placing findings, and the LSP conversion. The first pass is cold (a fresh process:
// lazy schema compile, JIT), then warm passes (fresh caches) give medians. Also: analyzeText cold in a
// fresh process, warm, and after a one-line edit with a warm cache.
// With --cpu-prof it also runs the language server under `node --cpu-prof`, opens the file, waits for
// the diagnostics, and sums the profile's self time by area.
//
// usage: node bench/profile.mjs [--vms 200] [--passes 5] [--cpu-prof] [--no-build] [--json]
//   (needs `npm run build`; runs it unless --no-build)

import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs, num, sharedDir } from './args.mjs';
import { generateVms } from './gen-vms.mjs';
import { LspServer, stats } from './lsp-driver.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const OUT = join(ROOT, 'out/server/src');
// the issue's generator: ../shared/bench beside this checkout or beside its main worktree
const SHARED_GEN = join(sharedDir(ROOT) ?? resolve(ROOT, '../shared/bench'), 'gen-vms.mjs');

// `--child MODE FILE` is how the script runs itself in a fresh process (the two values as positionals)
const str = { type: 'string' };
const flag = { type: 'boolean' };
const { values: a, positionals } = benchArgs(
  { vms: str, passes: str, 'cpu-prof': flag, 'no-build': flag, json: flag, child: str },
  'node bench/profile.mjs [--vms 200] [--passes 5] [--cpu-prof] [--no-build] [--json]',
  { positionals: true },
);
const opt = {
  vms: num(a.vms, 200),
  passes: num(a.passes, 5),
  cpuProf: a['cpu-prof'] === true,
  build: !a['no-build'],
  json: a.json === true,
  child: a.child ?? null,
  childFile: positionals[0],
};

const req = createRequire(join(ROOT, 'package.json'));
const load = (p) => req(join(OUT, p));

function input() {
  if (existsSync(SHARED_GEN)) {
    return {
      generator: '../shared/bench/gen-vms.mjs',
      text: execFileSync(process.execPath, [SHARED_GEN, String(opt.vms)], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    };
  }
  return { generator: 'bench/gen-vms.mjs', text: generateVms(opt.vms) };
}

/** The text with one `port:` value near the middle changed (what a keystroke does). */
function edited(text, k = 1) {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  for (let d = 0; d < lines.length; d++) {
    for (const l of [mid + d, mid - d]) {
      if (/^\s*(?:-\s+)?port:\s*\d+\s*$/.test(lines[l] ?? '')) {
        lines[l] = lines[l].replace(/\d+\s*$/, String(8000 + k));
        return lines.join('\n');
      }
    }
  }
  return text + '\n#';
}

// ---------------------------------------------------------------- child: analyzeText cold in a fresh process
if (opt.child === 'cold-analyze') {
  const text = readFileSync(opt.childFile, 'utf8');
  const t0 = performance.now();
  const analyze = load('core/analyze.js');
  const { defaultContext } = load('core/context/context.js');
  const t1 = performance.now();
  const r = analyze.analyzeText(text, defaultContext(), new analyze.AnalysisCache());
  const t2 = performance.now();
  const r2 = analyze.analyzeText(text, defaultContext(), new analyze.AnalysisCache());
  const t3 = performance.now();
  process.stdout.write(
    JSON.stringify({
      requireMs: t1 - t0,
      firstMs: t2 - t1,
      secondMs: t3 - t2,
      findings: r.findings.length,
      same: r2.findings.length === r.findings.length,
    }),
  );
  process.exit(0);
}

// ---------------------------------------------------------------- child: analyzeText warm, in a loop (run under --cpu-prof)
if (opt.child === 'warm-loop') {
  const text = readFileSync(opt.childFile, 'utf8');
  const analyze = load('core/analyze.js');
  const { defaultContext } = load('core/context/context.js');
  for (let i = 0; i < 3; i++) analyze.analyzeText(text, defaultContext(), new analyze.AnalysisCache());
  const t = performance.now();
  const n = 10;
  for (let i = 0; i < n; i++) analyze.analyzeText(text, defaultContext(), new analyze.AnalysisCache());
  process.stdout.write(JSON.stringify({ perCallMs: (performance.now() - t) / n }));
  process.exit(0);
}

// ---------------------------------------------------------------- phased pass (mirrors analyzeText's steps)
function phasedPass(text, m) {
  const T = {};
  const tick = (name, f) => {
    const t = performance.now();
    const v = f();
    T[name] = (T[name] ?? 0) + performance.now() - t;
    return v;
  };
  const ctx = m.defaultContext();
  const ctxKey = tick('contextKey', () => m.contextKey(ctx));
  tick('fileContext', () => m.fileContext(text, ctx, new m.AnalysisCache()));
  const chunks = tick('split', () => m.splitDocuments(text));
  let findings = 0;
  const placed = [];
  for (const c of chunks) {
    const docText = tick('slice', () => text.slice(c.start, c.end));
    tick('hash (sha1 of each document)', () => createHash('sha1').update(ctxKey).update('\0').update(docText).digest('base64'));
    const parsed = tick('parse (yaml parseDocument, YAML 1.1 tags)', () => m.parseYamlDocument(docText));
    const { docKind, vmKind } = tick('detect kind', () =>
      parsed.yaml.contents === null
        ? { docKind: 'empty' }
        : m.classify(m.topLevelScalar(parsed, 'apiVersion'), m.topLevelScalar(parsed, 'kind')),
    );
    if (docKind !== 'vm') continue;
    const value = tick('toJS', () => m.toPlain(parsed));
    if (parsed.problems.length) continue;
    const resource = tick('buildResource', () => m.buildResource(vmKind, value));
    const schema = tick('schema (ajv + staging)', () => m.checkSchema(resource));
    let fs = schema;
    if (!schema.some((f) => f.severity === 'error')) {
      const adm = tick('admission (defaults + rules)', () => m.admit(resource, ctx));
      fs = [...schema, ...adm.findings];
    }
    tick('place findings (spanFor)', () => {
      for (const f of fs) {
        const span = m.spanFor(parsed, f.at, f.part);
        placed.push({
          ...f,
          span: { start: span.start + c.start, end: span.end + c.start },
          relatedSpans: (f.related ?? []).map((r) => ({ span: m.spanFor(parsed, r.at, r.part), message: r.message })),
        });
      }
    });
    findings += fs.length;
  }
  // the language server's part: TextDocument + findings → LSP diagnostics, and the JSON it sends
  const uri = 'file:///bench/vms.yaml';
  const doc = tick('LSP: TextDocument.create', () => m.TextDocument.create(uri, 'yaml', 1, text));
  const diags = tick('LSP: toDiagnostic', () => placed.map((f) => m.toDiagnostic(doc, f)));
  tick('LSP: JSON.stringify of diagnostics', () => JSON.stringify({ uri, diagnostics: diags }));
  tick('LSP: JSON.parse of didOpen', () => JSON.parse(JSON.stringify({ textDocument: { uri, languageId: 'yaml', version: 1, text } })));
  return { T, findings, docs: chunks.length };
}

if (opt.child === 'cold-phases') {
  process.stdout.write(JSON.stringify(phasedPass(readFileSync(opt.childFile, 'utf8'), modules())));
  process.exit(0);
}

function modules() {
  const analyze = load('core/analyze.js');
  const ctxm = load('core/context/context.js');
  const split = load('core/parse/split.js');
  const doc = load('core/parse/document.js');
  const detect = load('core/model/detect.js');
  const schema = load('core/schema/check.js');
  const admit = load('core/admission/admit.js');
  const convert = load('lsp/convert.js');
  const { TextDocument } = req('vscode-languageserver-textdocument');
  return {
    AnalysisCache: analyze.AnalysisCache,
    analyzeText: analyze.analyzeText,
    fileContext: analyze.fileContext,
    defaultContext: ctxm.defaultContext,
    contextKey: ctxm.contextKey,
    splitDocuments: split.splitDocuments,
    parseYamlDocument: doc.parseYamlDocument,
    toPlain: doc.toPlain,
    topLevelScalar: doc.topLevelScalar,
    spanFor: doc.spanFor,
    classify: detect.classify,
    buildResource: detect.buildResource,
    checkSchema: schema.checkSchema,
    admit: admit.admit,
    toDiagnostic: convert.toDiagnostic,
    TextDocument,
  };
}

// ---------------------------------------------------------------- server under --cpu-prof
const AREAS = [
  [/node_modules\/yaml\/dist\/parse\//, 'yaml: lexer + CST parser'],
  [/node_modules\/yaml\/dist\/compose\//, 'yaml: compose (CST → nodes, tags)'],
  [/node_modules\/yaml\/dist\/(nodes\/toJS|nodes\/.*toJS|nodes\/addPairToJSMap)/, 'yaml: toJS'],
  [/node_modules\/yaml\/dist\/schema\//, 'yaml: scalar tags (resolve)'],
  [/node_modules\/yaml\//, 'yaml: other'],
  [/out\/server\/src\/core\/parse\/yaml11/, 'core/parse: YAML 1.1 tags'],
  [/out\/server\/src\/core\/parse\//, 'core/parse (split, spans)'],
  [/node_modules\/ajv\/|out\/server\/src\/core\/schema\//, 'schema (ajv + checks)'],
  [/^$|^ajv-|validate\d*$/, 'anonymous (ajv-generated validators, evals)'],
  [/out\/server\/src\/core\/(rules|admission|defaults)\//, 'admission rules + defaults'],
  [/out\/server\/src\/core\/analyze/, 'core/analyze (pipeline, placing)'],
  [/out\/server\/src\/core\//, 'core: other'],
  [/out\/server\/src\/lsp\//, 'lsp layer'],
  [/vscode-jsonrpc|vscode-languageserver/, 'LSP library (JSON-RPC, documents)'],
  [/node:internal\/crypto|internal\/crypto/, 'hashing (crypto)'],
  [/^node:|^internal\//, 'node internals (module loading, streams, …)'],
];

function summarizeProfile(file) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  }
  const areas = {};
  const fns = {};
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const { functionName, url, lineNumber } = n.callFrame;
    let area;
    if (functionName === '(idle)') area = '(idle)';
    else if (functionName === '(garbage collector)') area = 'GC';
    else if (functionName === '(program)') area = '(program: V8 compile, native)';
    else area = AREAS.find(([re]) => re.test(url) || (!url && re.test(functionName)))?.[1] ?? (url ? 'other' : `native/anonymous`);
    areas[area] = (areas[area] ?? 0) + ms;
    if (area !== '(idle)') {
      total += ms;
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|out)\//, '$1/')}:${lineNumber + 1}`;
      fns[key] = (fns[key] ?? 0) + ms;
    }
  }
  const top = Object.entries(fns)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  return { busyMs: total, areas: Object.entries(areas).sort((a, b) => b[1] - a[1]), topFunctions: top };
}

/** analyzeText in a warm loop under --cpu-prof: where steady-state time goes (no JIT warm-up, no LSP). */
function warmProfile(file) {
  const profDir = mkdtempSync(join(tmpdir(), 'virtwire-prof-'));
  const r = JSON.parse(
    execFileSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '100', fileURLToPath(import.meta.url), '--child', 'warm-loop', file],
      { encoding: 'utf8' },
    ),
  );
  const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  const out = { perCallMs: r.perCallMs, profile: prof ? summarizeProfile(join(profDir, prof)) : null };
  rmSync(profDir, { recursive: true, force: true });
  return out;
}

async function serverProfile(text) {
  const dir = mkdtempSync(join(tmpdir(), 'virtwire-prof-'));
  const file = join(dir, 'vms.yaml');
  writeFileSync(file, text);
  const profDir = join(dir, 'prof');
  mkdirSync(profDir);
  const server = new LspServer({
    name: 'virtwire',
    command: process.execPath,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '100'],
    args: [join(ROOT, 'server/bin/virtwire-language-server.js'), '--stdio'],
    cwd: ROOT,
    folder: dir,
  }).start();
  const out = {};
  try {
    await server.initialize();
    await server.settle();
    const uri = pathToFileURL(file).href;
    const t = performance.now();
    server.open(uri, text);
    const e = await server.nextDiagnostics(uri, t);
    out.firstDiagnosticsMs = e.at - t;
    const t2 = performance.now();
    const lines = edited(text).split('\n');
    const orig = text.split('\n');
    const l = lines.findIndex((x, i) => x !== orig[i]);
    server.change(uri, 2, [{ range: { start: { line: l, character: 0 }, end: { line: l, character: orig[l].length } }, text: lines[l] }]);
    const e2 = await server.nextDiagnostics(uri, t2);
    out.editMs = e2.at - t2;
  } finally {
    await server.stop();
  }
  // one profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; thread 0 is the main thread
  const profs = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort();
  const tid = (f) => Number(f.split('.').at(-3));
  const main = profs.find((f) => tid(f) === 0) ?? profs[0];
  if (main) {
    out.profile = summarizeProfile(join(profDir, main));
    mkdirSync(join(BENCH, 'results'), { recursive: true });
    writeFileSync(join(BENCH, 'results/server.cpuprofile'), readFileSync(join(profDir, main)));
  }
  out.workerProfiles = profs
    .filter((f) => f !== main)
    .map((f) => {
      const w = summarizeProfile(join(profDir, f));
      return { busyMs: w.busyMs, areas: w.areas.slice(0, 6) };
    });
  rmSync(dir, { recursive: true, force: true });
  return out;
}

// ---------------------------------------------------------------- main
async function main() {
  if (opt.build) {
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0 && !opt.json) console.error('build reported errors; profiling what was emitted');
  }
  const { generator, text } = input();
  const dir = mkdtempSync(join(tmpdir(), 'virtwire-prof-'));
  const file = join(dir, 'vms.yaml');
  writeFileSync(file, text);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    loadavg: loadavg(),
    generator,
    vms: opt.vms,
    lines: text.split('\n').length,
    bytes: Buffer.byteLength(text),
  };

  // analyzeText as the server calls it, cold in fresh processes
  const cold = [];
  for (let i = 0; i < 3; i++)
    cold.push(
      JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', 'cold-analyze', file], { encoding: 'utf8' })),
    );
  result.analyzeTextColdProcess = {
    requireMs: stats(cold.map((c) => c.requireMs)).p50,
    firstMs: stats(cold.map((c) => c.firstMs)).p50,
    secondMs: stats(cold.map((c) => c.secondMs)).p50,
    findings: cold[0].findings,
  };

  // phases: first pass in fresh processes (cold: median of 3), then warm passes here
  const colds = [];
  for (let i = 0; i < 3; i++)
    colds.push(
      JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', 'cold-phases', file], { encoding: 'utf8' })),
    );
  const tReq = performance.now();
  const m = modules();
  result.requireMs = performance.now() - tReq;
  const first = {
    ...phasedPass(text, m),
    T: Object.fromEntries(Object.keys(colds[0].T).map((n) => [n, stats(colds.map((c) => c.T[n])).p50])),
  };
  const warm = [];
  for (let i = 0; i < opt.passes; i++) warm.push(phasedPass(text, m));
  const names = Object.keys(first.T);
  result.phases = names.map((n) => ({ phase: n, coldMs: first.T[n], warmMs: stats(warm.map((w) => w.T[n])).p50 }));
  result.phasesTotal = {
    coldMs: names.reduce((s, n) => s + first.T[n], 0),
    warmMs: names.reduce((s, n) => s + stats(warm.map((w) => w.T[n])).p50, 0),
  };
  result.findings = first.findings;
  result.docs = first.docs;

  // analyzeText warm (fresh cache), and after a one-line edit with the cache of the previous text
  const ctx = m.defaultContext();
  const full = [];
  for (let i = 0; i < opt.passes; i++) {
    const t = performance.now();
    m.analyzeText(text, ctx, new m.AnalysisCache());
    full.push(performance.now() - t);
  }
  result.analyzeTextWarmMs = stats(full);
  const cache = new m.AnalysisCache();
  m.analyzeText(text, ctx, cache);
  const inc = [];
  for (let k = 1; k <= opt.passes; k++) {
    const t2 = edited(text, k);
    const t = performance.now();
    m.analyzeText(t2, ctx, cache);
    inc.push(performance.now() - t);
  }
  result.analyzeTextAfterEditMs = stats(inc);
  const same = [];
  for (let k = 0; k < opt.passes; k++) {
    const t = performance.now();
    m.analyzeText(text, ctx, cache);
    same.push(performance.now() - t);
  }
  result.analyzeTextUnchangedMs = stats(same);
  // hover: the first hover on an interface name of each VM (wiring computed, Markdown rendered), then again
  const { hoverAt } = load('core/render/hover.js');
  const offsets = [];
  {
    let pos = 0;
    let inIfaces = -1;
    let seenDoc = -1;
    let docNo = 0;
    for (const line of text.split('\n')) {
      if (line.startsWith('---')) {
        docNo++;
        inIfaces = -1;
      }
      const lead = /^\s*/.exec(line)[0].length;
      const m = /^(\s*)interfaces:\s*$/.exec(line);
      if (m) inIfaces = m[1].length;
      else if (inIfaces >= 0 && line.trim() !== '' && lead <= inIfaces && !/^\s*-/.test(line)) inIfaces = -1;
      else if (inIfaces >= 0 && /^\s*-\s+name:\s*\S/.test(line) && seenDoc !== docNo) {
        offsets.push(pos + line.indexOf('name:') + 6);
        seenDoc = docNo;
      }
      pos += line.length + 1;
    }
  }
  const hoverRounds = [];
  for (let round = 0; round < 2; round++) {
    const file = m.analyzeText(text, ctx, new m.AnalysisCache());
    const first = [];
    const again = [];
    let answered = 0;
    for (const off of offsets) {
      const t = performance.now();
      if (hoverAt(file, off)) answered++;
      first.push(performance.now() - t);
    }
    for (const off of offsets) {
      const t = performance.now();
      hoverAt(file, off);
      again.push(performance.now() - t);
    }
    hoverRounds.push({ first: stats(first), again: stats(again), answered });
  }
  result.hover = { positions: offsets.length, coldProcessFirstRound: hoverRounds[0], warm: hoverRounds[1] };

  const yaml = req('yaml');
  const bare = [];
  for (let i = 0; i < opt.passes; i++) {
    const t = performance.now();
    yaml.parseAllDocuments(text);
    bare.push(performance.now() - t);
  }
  result.bareParseAllDocumentsMs = stats(bare);

  if (opt.cpuProf) {
    result.server = await serverProfile(text);
    result.warmLoop = warmProfile(file);
  }
  rmSync(dir, { recursive: true, force: true });

  mkdirSync(join(BENCH, 'results'), { recursive: true });
  writeFileSync(join(BENCH, 'results/profile.json'), JSON.stringify(result, null, 2) + '\n');
  if (opt.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  console.log(
    `profile: ${generator} ${opt.vms} → ${result.lines} lines, ${result.docs} documents, ${result.findings} findings; node ${process.version}; load average ${result.loadavg.map((x) => x.toFixed(2)).join(' ')}`,
  );
  console.log(
    `analyzeText in a fresh process: require ${f(result.analyzeTextColdProcess.requireMs)} ms, first call ${f(result.analyzeTextColdProcess.firstMs)} ms, second call (new cache) ${f(result.analyzeTextColdProcess.secondMs)} ms`,
  );
  console.log(
    `analyzeText warm (new cache) p50 ${f(result.analyzeTextWarmMs.p50)} ms; after a one-line edit (warm cache) p50 ${f(result.analyzeTextAfterEditMs.p50, 2)} ms; unchanged text p50 ${f(result.analyzeTextUnchangedMs.p50, 2)} ms`,
  );
  console.log(`bare yaml parseAllDocuments warm p50 ${f(result.bareParseAllDocumentsMs.p50)} ms`);
  const h = result.hover;
  console.log(
    `hoverAt on one interface name per VM (${h.positions}, ${h.warm.answered} answered): first hover on each VM p50 ${f(h.warm.first.p50, 2)} / p95 ${f(h.warm.first.p95, 2)} ms (first round in this process: p95 ${f(h.coldProcessFirstRound.first.p95, 2)} ms); again p50 ${f(h.warm.again.p50, 3)} / p95 ${f(h.warm.again.p95, 3)} ms\n`,
  );
  const w = Math.max(...result.phases.map((p) => p.phase.length));
  console.log(`${'phase'.padEnd(w)} | first pass ms | warm p50 ms | warm share   (first pass: median of 3 fresh processes)`);
  for (const p of result.phases) {
    console.log(
      `${p.phase.padEnd(w)} | ${f(p.coldMs).padStart(13)} | ${f(p.warmMs).padStart(11)} | ${f((100 * p.warmMs) / result.phasesTotal.warmMs, 0).padStart(9)}%`,
    );
  }
  console.log(`${'total'.padEnd(w)} | ${f(result.phasesTotal.coldMs).padStart(13)} | ${f(result.phasesTotal.warmMs).padStart(11)} |`);
  if (result.server) {
    const s = result.server;
    console.log(
      `\nserver under --cpu-prof (start, initialize, open, diagnostics, one edit): first diagnostics ${f(s.firstDiagnosticsMs)} ms, after edit ${f(s.editMs)} ms (profiling slows it); main thread busy ${f(s.profile?.busyMs)} ms over the whole session`,
    );
    for (const [a, ms] of s.profile?.areas ?? []) console.log(`  ${a.padEnd(48)} ${f(ms).padStart(8)} ms`);
    console.log('  top functions (self time):');
    for (const [fn, ms] of (s.profile?.topFunctions ?? []).slice(0, 15)) console.log(`    ${f(ms).padStart(7)} ms  ${fn}`);
    console.log('  (profile of the main thread: bench/results/server.cpuprofile)');
    for (const [i, w] of (s.workerProfiles ?? []).entries()) {
      console.log(
        `  worker thread ${i + 1}: busy ${f(w.busyMs)} ms — ${w.areas
          .filter(([a]) => a !== '(idle)')
          .map(([a, ms]) => `${a} ${f(ms, 0)}`)
          .join(', ')}`,
      );
    }
  }
  if (result.warmLoop) {
    const wl = result.warmLoop;
    console.log(
      `\nanalyzeText warm loop under --cpu-prof: ${f(wl.perCallMs)} ms per call (profiling slows it); self time by area over 13 calls:`,
    );
    for (const [a, ms] of wl.profile?.areas ?? [])
      console.log(`  ${a.padEnd(48)} ${f(ms).padStart(8)} ms  ${f((100 * ms) / wl.profile.busyMs, 0).padStart(3)}%`);
    console.log('  top functions (self time):');
    for (const [fn, ms] of (wl.profile?.topFunctions ?? []).slice(0, 20)) console.log(`    ${f(ms).padStart(7)} ms  ${fn}`);
  }
  console.log('\nJSON: bench/results/profile.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
