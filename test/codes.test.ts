import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_CODES, codeExists, PITFALL_CODES } from '../server/src/core/codes';
import { ROOT } from './helpers/paths';

// The 78 networking admission rules of KubeVirt main after v1.9.0, by their catalogue ids.
const range = (p: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${p}-${String(i + 1).padStart(2, '0')}`);
const KUBEVIRT_RULES = [
  ...range('NET', 8),
  ...range('IFACE', 7),
  ...range('STATE', 4),
  ...range('BIND', 6),
  ...range('DISC', 4),
  ...range('PORT', 5),
  ...range('PR', 9),
  ...range('DHCP', 3),
  ...range('DRA', 8),
  ...range('BOOT', 2),
  'PROBE-01',
  'LSEC-01',
  ...range('DNS', 11),
  ...range('DEF', 2),
  ...range('SCHEMA', 6),
  'UPD-01',
];

test('the catalogue has 78 rules and every one has a code in the registry', () => {
  assert.equal(KUBEVIRT_RULES.length, 78);
  const codes = new Set(ALL_CODES.map((c) => c.code));
  assert.deepEqual(
    KUBEVIRT_RULES.filter((r) => !codes.has(r)),
    [],
  );
});

test('codes are unique and each says why', () => {
  const seen = new Set<string>();
  for (const c of ALL_CODES) {
    assert.ok(!seen.has(c.code), `duplicate ${c.code}`);
    seen.add(c.code);
    assert.ok(c.why.length > 20, `${c.code} needs a sentence of why`);
  }
});

test("the README's table documents every code", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const missing = ALL_CODES.filter((c) => !readme.includes(`\`${c.code}\` |`)).map((c) => c.code);
  assert.deepEqual(missing, []);
});

test('only admission rules are errors by default; runtime problems are not', () => {
  for (const c of ALL_CODES) {
    if (/^(N-|NAD-)/.test(c.code)) assert.notEqual(c.severity, 'error', c.code);
  }
});

test('each code documents the releases that have it; the retired rules of older releases have stable codes', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /\| code \| severity \| releases \| quick fix \| why \|/);
  const row = (code: string): string => readme.split('\n').find((l) => l.includes(`\`${code}\` |`)) ?? '';
  assert.match(row('BIND-01'), /\| v1\.9\+ \|/);
  assert.match(row('OLD-BIND-BOTH'), /\| v1\.5–v1\.8 \|/);
  assert.match(row('OLD-SLIRP-CFG'), /\| v1\.5 \|/);
  assert.match(row('OLD-PASST-FG'), /\| v1\.5–v1\.7 \|/);
  assert.match(row('NET-01'), /\| all \|/);
  const exists = (v: 'v1.5' | 'v1.7' | 'v1.8' | 'v1.9' | 'main', code: string) => codeExists({ kubevirtVersion: v }, code);
  assert.equal(exists('v1.5', 'OLD-SLIRP-POD'), true);
  assert.equal(exists('v1.7', 'OLD-SLIRP-POD'), false);
  assert.equal(exists('v1.7', 'OLD-MACVTAP-MULTUS'), true);
  assert.equal(exists('v1.8', 'OLD-MACVTAP-MULTUS'), false);
  assert.equal(exists('v1.8', 'DISC-02'), true);
  assert.equal(exists('v1.8', 'BIND-01'), false);
  assert.equal(exists('main', 'BIND-01'), true);
  assert.equal(exists('v1.8', 'PR-05'), false);
  assert.equal(exists('v1.5', 'LSEC-FG'), true);
  for (const code of [
    'OLD-BIND-BOTH',
    'OLD-SLIRP-POD',
    'OLD-SLIRP-CFG',
    'OLD-PASST-FG',
    'OLD-PASST-POD',
    'OLD-MACVTAP-FG',
    'OLD-MACVTAP-MULTUS',
    'LSEC-FG',
  ]) {
    assert.ok(
      ALL_CODES.some((c) => c.code === code),
      code,
    );
    assert.equal(exists('main', code), code === 'LSEC-FG', code);
  }
});

test('the pitfall catalogue: each pitfall says where it was verified, is never an error, is in the README table and in package.json', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- pitfalls:start -->'), readme.indexOf('<!-- pitfalls:end -->'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const props = pkg.contributes.configuration.properties['virtwire.pitfalls'].properties as Record<
    string,
    { type: string; default: boolean }
  >;
  assert.deepEqual(Object.keys(props), [...PITFALL_CODES]);
  for (const c of ALL_CODES.filter((x) => x.pitfall)) {
    assert.notEqual(c.severity, 'error', c.code);
    assert.match(c.source ?? '', /KubeVirt source|user guide/, `${c.code} names where it was verified`);
    assert.ok(table.includes(`[\`${c.code}\`](#${c.code.toLowerCase()})`), `${c.code} in the README's pitfall table`);
    assert.deepEqual(props[c.code], { type: 'boolean', default: c.pitfall!.default === 'on', markdownDescription: c.why }, c.code);
  }
});
