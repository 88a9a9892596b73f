// Writes the README's table of diagnostic codes from the core's code registry (run after a build):
//   node scripts/gen-codes.mjs          rewrite the table between the markers
//   node scripts/gen-codes.mjs --check  exit 1 when the README is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { ALL_CODES } = require('../out/server/src/core/codes/index.js');
const { FIXABLE_CODES } = require('../out/server/src/core/fixes/index.js');
const { rangeLabel } = require('../out/server/src/core/releases/by-release.js');
const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const START = '<!-- codes:start -->';
const END = '<!-- codes:end -->';
const rows = ALL_CODES.map(
  (c) =>
    `| <a id="${c.code.toLowerCase()}"></a>\`${c.code}\` | ${c.severity} | ${rangeLabel(c.releases)} | ${FIXABLE_CODES.includes(c.code) ? 'yes' : ''} | ${c.why.replace(/\|/g, '\\|')} |`,
);
const table = ['| code | severity | releases | quick fix | why |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
const i = text.indexOf(START);
const j = text.indexOf(END);
if (i < 0 || j < 0) throw new Error('README has no codes markers');
const next = `${text.slice(0, i + START.length)}\n${table}\n${text.slice(j)}`;
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README codes table is out of date: run `npm run docs:codes`');
    process.exit(1);
  }
} else writeFileSync(readme, next);
