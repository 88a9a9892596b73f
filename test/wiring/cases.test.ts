// The published sample wiring cases (copied into test/fixtures/wiring): our output must match under the
// comparison rules of the cases README, through the analysis pipeline and through the CLI.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, AnalysisCache } from '../../server/src/core/analyze';
import { contextFromJSON } from '../../server/src/core/context/load';
import { defaultContext } from '../../server/src/core/context/context';
import { FIXTURES } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { compareCase, placeholderMatch } from './compare';

const DIR = path.join(FIXTURES, 'wiring');
const cases = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

test('there are 8 sample cases', () => assert.equal(cases.length, 8));

for (const file of cases) {
  const base = file.replace(/\.yaml$/, '');
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, base + '.expected.json'), 'utf8'));
  test(`case ${base} matches (pipeline)`, () => {
    const ctx = contextFromJSON(expected.context, defaultContext());
    const analysis = analyzeText(fs.readFileSync(path.join(DIR, file), 'utf8'), ctx, new AnalysisCache());
    const doc = analysis.docs.find((d) => d.resource);
    assert.ok(doc, 'a VM resource is found');
    const w = doc.wiring();
    assert.ok(w);
    assert.deepEqual(compareCase(expected, w as unknown as Record<string, unknown>), []);
  });
}

test('the CLI explains a case in the JSON shape', () => {
  const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'vw-'));
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, '026-multiple-multus-hashed.expected.json'), 'utf8'));
  const ctxFile = path.join(tmp, 'ctx.json');
  fs.writeFileSync(ctxFile, JSON.stringify(expected.context));
  const yamlFile = path.join(DIR, '026-multiple-multus-hashed.yaml');
  const r = runCli(['explain', '--format', 'json', '--context', ctxFile, yamlFile]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.resources.length, 1);
  const res = out.resources[0];
  assert.equal(res.kind, 'VirtualMachineInstance');
  assert.equal(res.name, 'vmi-multi');
  assert.equal(res.document, 0);
  assert.equal(res.file, yamlFile);
  assert.deepEqual(compareCase(expected, res), []);
});

test('the CLI text format shows the table, nft ruleset and XML', () => {
  const r = runCli(['explain', path.join(DIR, '001-masquerade-default.yaml')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /INTERFACE\s+BINDING\s+POD IFACE\s+BRIDGE\s+TAP\s+GUEST IP \/ GW/);
  assert.match(r.stdout, /default\s+masquerade\s+eth0\s+k6t-eth0\s+tap0\s+10\.0\.2\.2\/24 gw 10\.0\.2\.1/);
  assert.match(r.stdout, /KUBEVIRT_PREINBOUND/);
  assert.match(r.stdout, /<interface type="ethernet">/);
});

test('the CLI exits 2 on a missing file', () => {
  const r = runCli(['explain', '/nonexistent/file.yaml']);
  assert.equal(r.code, 2);
});

test('comparator: placeholders are wildcards for one token, nothing else is', () => {
  assert.ok(placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="02:aa:bb:cc:dd:ee"></mac>'));
  assert.ok(placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="{{fromPod:mac}}"></mac>'));
  assert.ok(!placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="a b"></mac>'));
  assert.ok(!placeholderMatch('<rom enabled="no"></rom>', '<rom enabled="yes"></rom>'));
});

test('comparator: a changed field is reported', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, '001-masquerade-default.expected.json'), 'utf8'));
  const actual = structuredClone(expected);
  actual.interfaces[0].tap = 'tap1';
  actual.interfaces[0].nftables.pop();
  actual.interfaces[0].status.mac = 'fromPod:anything';
  actual.interfaces[0].dhcp.v4.options.ntpServers = ['1.1.1.1'];
  const diffs = compareCase(expected, actual);
  assert.equal(diffs.length, 3, diffs.join('\n'));
});
