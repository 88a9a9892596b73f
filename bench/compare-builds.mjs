#!/usr/bin/env node
// A/B of builds of our language server, interleaved in one run: each DIR is a build laid out like the
// repository: its bundles (DIR/dist/virtwire-language-server.js; e.g. bench/results/build, the snapshot
// `npm run bench` takes, and a copy of it with a change), or a checkout without them
// (DIR/server/bin/virtwire-language-server.js, with its out/ and node_modules).
//
// usage: node bench/compare-builds.mjs [--vms 200] [--runs 5] [--cli-vms 0] [--shared DIR] DIR DIR…
// Prints per build (medians): init (spawn → initialize answered), spawn → first diagnostics with the file opened
// right after initialize, didOpen → first diagnostics once idle and the server CPU it took, one-line edit →
// pushed diagnostics, hover p50/p95 over interface names (first time), RSS after open; with --cli-vms N,
// `virtwire check` on N VMs too (each build's CLI, a fresh process per run): wall time and the process's CPU time.
// Input: DIR/gen-vms.mjs of --shared (default ../shared/bench) when it exists, else bench/gen-vms.mjs.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs, num, sharedDir } from './args.mjs';
import { LspServer, stats } from './lsp-driver.mjs';
import { generateVms } from './gen-vms.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const USAGE = 'node bench/compare-builds.mjs [--vms 200] [--runs 5] [--cli-vms 0] [--shared DIR] DIR DIR…';
const str = { type: 'string' };
const { values: a, positionals } = benchArgs({ vms: str, runs: str, 'cli-vms': str, shared: str }, USAGE, { positionals: true });
const vms = num(a.vms, 200);
const runs = num(a.runs, 5);
const cliVms = num(a['cli-vms'], 0);
// the generator: --shared DIR, else ../shared/bench beside this checkout or beside its main worktree
const SHARED_GEN = join(sharedDir(ROOT, a.shared) ?? resolve(ROOT, '../shared/bench'), 'gen-vms.mjs');
const dirs = positionals.map((d) => resolve(d));
if (dirs.length === 0) {
  console.error(`usage: ${USAGE}`);
  process.exit(2);
}
/** The build's server: its bundle, else its tsc launcher. */
const serverOf = (d) =>
  [join(d, 'dist/virtwire-language-server.js'), join(d, 'server/bin/virtwire-language-server.js')].find((f) => existsSync(f));
/** The build's CLI: its bundle, else its tsc launcher. */
const cliOf = (d) => [join(d, 'dist/virtwire.js'), join(d, 'server/bin/virtwire.js')].find((f) => existsSync(f));
for (const d of dirs) {
  if (!serverOf(d)) throw new Error(`${d}: neither dist/virtwire-language-server.js nor server/bin/virtwire-language-server.js`);
  if (cliVms > 0 && !cliOf(d)) throw new Error(`${d}: neither dist/virtwire.js nor server/bin/virtwire.js`);
}

const BIG = { encoding: 'utf8', maxBuffer: 1 << 28 };
const generate = (n) => (existsSync(SHARED_GEN) ? execFileSync(process.execPath, [SHARED_GEN, String(n)], BIG) : generateVms(n));
const text = generate(vms);
const work = mkdtempSync(join(tmpdir(), 'virtwire-ab-'));
const file = join(work, 'vms.yaml');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;
const lines = text.split('\n');
const names = [];
let inIfaces = -1;
lines.forEach((l, i) => {
  const m = /^(\s*)interfaces:\s*$/.exec(l);
  if (m) inIfaces = m[1].length;
  else if (inIfaces >= 0 && l.trim() !== '' && /^\s*/.exec(l)[0].length <= inIfaces && !/^\s*-/.test(l)) inIfaces = -1;
  else if (inIfaces >= 0) {
    const n = /^(\s*-\s+name:\s*)\S/.exec(l);
    if (n) names.push([i, n[1].length + 1]);
  }
});
const hoverAt = Array.from(
  { length: Math.min(50, names.length) },
  (_, i) => names[Math.floor(((i + 0.5) * names.length) / Math.min(50, names.length))],
);
const portLine = lines.findIndex((l, i) => i >= lines.length / 2 && /^\s*(?:-\s+)?port:\s*\d+\s*$/.test(l));

const COLS = ['init', 'spawnToDiag', 'firstDiag', 'firstDiagCpu', 'edit', 'hoverP50', 'hoverP95', 'rssMB', 'cliMs', 'cliCpuMs'];
const res = Object.fromEntries(dirs.map((d) => [d, Object.fromEntries(COLS.map((c) => [c, []]))]));
const start = (d) =>
  new LspServer({ name: basename(d), command: process.execPath, args: [serverOf(d), '--stdio'], cwd: d, folder: work }).start();

for (let r = 0; r < runs; r++) {
  for (let j = 0; j < dirs.length; j++) {
    const d = dirs[(j + r) % dirs.length];
    const o = res[d];
    let s = start(d);
    await s.initialize();
    o.init.push(s.spawnToReadyMs);
    let t = performance.now();
    s.open(uri, text);
    let e = await s.nextDiagnostics(uri, t);
    o.spawnToDiag.push(e.at - s.t0);
    await s.stop();

    s = start(d);
    await s.initialize();
    await s.settle();
    await s.waitIdle();
    const cpu = s.cpuMs();
    t = performance.now();
    s.open(uri, text);
    e = await s.nextDiagnostics(uri, t);
    o.firstDiag.push(e.at - t);
    o.firstDiagCpu.push(s.cpuMs() - cpu);
    o.rssMB.push(s.memory().rssKb / 1024);
    const hs = [];
    for (const [l, c] of hoverAt) {
      const th = performance.now();
      await s.hover(uri, l, c);
      hs.push(performance.now() - th);
    }
    const h = stats(hs);
    o.hoverP50.push(h.p50);
    o.hoverP95.push(h.p95);
    if (portLine >= 0) {
      let cur = /\d+\s*$/.exec(lines[portLine])[0].trim();
      const col = lines[portLine].indexOf(cur, lines[portLine].indexOf('port:'));
      for (let k = 0; k < 5; k++) {
        const val = String(8000 + k + r * 10);
        const te = performance.now();
        s.change(uri, 2 + k, [
          { range: { start: { line: portLine, character: col }, end: { line: portLine, character: col + cur.length } }, text: val },
        ]);
        cur = val;
        const ee = await s.nextDiagnostics(uri, te);
        o.edit.push(ee.at - te);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    }
    await s.stop();
  }
}
if (cliVms > 0) {
  const big = join(work, 'cli.yaml');
  writeFileSync(big, generate(cliVms));
  for (let r = 0; r < runs; r++) {
    for (let j = 0; j < dirs.length; j++) {
      const d = dirs[(j + r) % dirs.length];
      const t = performance.now();
      const p = spawnSync(process.execPath, ['--require', join(BENCH, 'cpu-report.cjs'), cliOf(d), 'check', big], BIG);
      res[d].cliMs.push(performance.now() - t);
      const cpu = /\[virtwire-cpu\] (.*)/.exec(p.stderr ?? '');
      if (!cpu) throw new Error(`${d}: virtwire check exited ${p.status}: ${String(p.stderr).slice(0, 200)}`);
      res[d].cliCpuMs.push(JSON.parse(cpu[1]).cpuMs);
    }
  }
}
rmSync(work, { recursive: true, force: true });

const cols = cliVms > 0 ? COLS : COLS.filter((c) => !c.startsWith('cli'));
const w = Math.max(...dirs.map((d) => basename(d).length), 5);
const cli = cliVms > 0 ? `, virtwire check on ${cliVms} VMs` : '';
console.log(`${vms} VMs (${lines.length} lines)${cli}, ${runs} runs interleaved, medians; ms unless noted`);
console.log(`${'build'.padEnd(w)} | ${cols.map((c) => c.padStart(12)).join(' | ')}`);
for (const d of dirs)
  console.log(
    `${basename(d).padEnd(w)} | ${cols
      .map((c) =>
        stats(res[d][c])
          .p50.toFixed(c.startsWith('hover') ? 2 : 1)
          .padStart(12),
      )
      .join(' | ')}`,
  );
