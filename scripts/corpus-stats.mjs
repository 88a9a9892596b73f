// Prints the realworld corpus table: per source folder, files, VM documents found (top level and nested in
// Templates and lists, plus documents that look like VMs but are not served), how many were analysed, and
// the findings by code. Usage: node scripts/corpus-stats.mjs [DIR] (default test/fixtures/realworld; run
// `npm run build` first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyzeText } = require('../out/server/src/core/analyze.js');
const { defaultContext } = require('../out/server/src/core/context/context.js');
const { decodeManifest } = require('../out/server/src/core/parse/encoding.js');

const root = process.argv[2] ?? new URL('../test/fixtures/realworld', import.meta.url).pathname;
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(n)) files.push(p);
  }
};
walk(root);

const rows = new Map();
const total = { files: 0, vms: 0, nested: 0, analysed: 0, unserved: 0, templated: 0, codes: {} };
for (const f of files) {
  const source = relative(root, f).split('/')[0];
  const row = rows.get(source) ?? { files: 0, vms: 0, nested: 0, analysed: 0, unserved: 0, templated: 0, codes: {} };
  rows.set(source, row);
  const a = analyzeText(decodeManifest(readFileSync(f)).text, defaultContext());
  for (const r of [row, total]) {
    r.files++;
    for (const d of a.docs) {
      if (d.kind === 'vm') {
        r.vms++;
        if (d.nested) r.nested++;
        if (d.resource && !d.findings.some((x) => x.code === 'YAML-SYNTAX' || x.code === 'YAML-DECODE')) r.analysed++;
      }
    }
    for (const x of a.findings) {
      if (x.code === 'VM-APIVERSION') r.unserved++;
      if (x.code === 'TEMPLATED') r.templated++;
      r.codes[x.code] = (r.codes[x.code] ?? 0) + 1;
    }
  }
}
const fmt = (c) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
console.log('| source | files | VM documents | of them nested | analysed | unserved/no apiVersion | templated files | findings by code |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [s, r] of [...rows, ['**total**', total]]) {
  console.log(`| ${s} | ${r.files} | ${r.vms} | ${r.nested} | ${r.analysed} | ${r.unserved} | ${r.templated} | ${fmt(r.codes)} |`);
}
