// Writes the README's tables of diagnostic codes and pitfalls, and package.json's `virtwire.pitfalls` setting (one
// switch per pitfall), from the core's code registry (run after a build):
//   node scripts/gen-codes.mjs          rewrite them
//   node scripts/gen-codes.mjs --check  exit 1 when either is out of date
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
/** The text with the part between two markers replaced. */
function between(text, start, end, body) {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`README has no ${start} … ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}
const cell = (s) => s.replace(/\|/g, '\\|');
// the pitfall catalogue: what KubeVirt accepts and users then trip over, with where each was verified
const pitfalls = [
  '| code | severity | releases | default | quick fix | verified in |',
  '| --- | --- | --- | --- | --- | --- |',
  ...ALL_CODES.filter((c) => c.pitfall).map(
    (c) =>
      `| [\`${c.code}\`](#${c.code.toLowerCase()}) | ${c.severity} | ${rangeLabel(c.releases)} | ${c.pitfall.default} | ${FIXABLE_CODES.includes(c.code) ? 'yes' : ''} | ${cell(c.source ?? '')} |`,
  ),
].join('\n');
const next = between(between(text, START, END, table), '<!-- pitfalls:start -->', '<!-- pitfalls:end -->', pitfalls);
// package.json is plain JSON.stringify(…, null, 2) output, so it is rewritten as a whole with only this setting changed
const pkgFile = new URL('../package.json', import.meta.url);
const pkgText = readFileSync(pkgFile, 'utf8');
const pkg = JSON.parse(pkgText);
const setting = pkg.contributes.configuration.properties['virtwire.pitfalls'];
setting.properties = Object.fromEntries(
  ALL_CODES.filter((c) => c.pitfall).map((c) => [
    c.code,
    { type: 'boolean', default: c.pitfall.default === 'on', markdownDescription: c.why },
  ]),
);
const pkgNext = `${JSON.stringify(pkg, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (next !== text || pkgNext !== pkgText) {
    console.error('README codes tables or package.json pitfall switches are out of date: run `npm run docs:codes`');
    process.exit(1);
  }
} else {
  writeFileSync(readme, next);
  writeFileSync(pkgFile, pkgNext);
}
