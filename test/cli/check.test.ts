import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { runCli } from '../helpers/run-cli';
import { FIXTURES } from '../helpers/paths';

const bad = path.join(FIXTURES, 'core', 'missing-network.yaml');
const good = path.join(FIXTURES, 'core', 'valid.yaml');

test('check --format json: one object, exit 1 when a finding is an error', () => {
  const r = runCli(['check', '--format', 'json', bad]);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.files.length, 1);
  assert.equal(out.files[0].file, bad);
  const d = out.files[0].diagnostics.find((x: { code: string }) => x.code === 'YAML-DUPKEY');
  assert.ok(d);
  assert.equal(d.severity, 'warning', 'kubectl keeps the last value: the cluster accepts it');
  assert.equal(d.document, 0);
  assert.deepEqual(d.range, { start: { line: 16, character: 4 }, end: { line: 16, character: 7 } });
  assert.deepEqual(d.resource, { kind: 'VirtualMachineInstance', name: 'missing-network' });
  assert.ok('field' in d);
});

test('check exits 0 on a valid manifest and prints a summary', () => {
  const r = runCli(['check', good]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /1 file checked as KubeVirt v1.9: 0 errors, 0 warnings/);
});

test('text output reads like a compiler: file:line:col: severity code message', () => {
  const r = runCli(['check', bad]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:17:5: warning YAML-DUPKEY duplicate key "pod"`, 'm'));
});

test('SARIF 2.1.0 carries 1-based line and column', () => {
  const r = runCli(['check', '--format', 'sarif', bad]);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'YAML-DUPKEY');
  assert.equal(res.level, 'warning');
  assert.equal(res.locations[0].physicalLocation.region.startLine, 17);
  assert.equal(res.locations[0].physicalLocation.region.startColumn, 5);
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'YAML-DUPKEY'));
});

test('a folder is searched recursively for *.yaml and *.yml', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync(good, path.join(dir, 'a.yaml'));
  fs.copyFileSync(bad, path.join(dir, 'sub', 'b.yml'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
  const r = runCli(['check', '--format', 'json', dir]);
  assert.equal(r.code, 1);
  const files = JSON.parse(r.stdout).files.map((f: { file: string }) => path.relative(dir, f.file));
  assert.deepEqual(files, ['a.yaml', path.join('sub', 'b.yml')]);
});

test('- reads standard input', () => {
  const r = runCli(['check', '--format', 'json', '-'], fs.readFileSync(bad, 'utf8'));
  assert.equal(r.code, 1);
  assert.equal(JSON.parse(r.stdout).files[0].file, '-');
});

test('usage and I/O errors exit 2 with a message', () => {
  assert.equal(runCli(['check']).code, 2);
  assert.equal(runCli(['check', '--format', 'xml', good]).code, 2);
  const missing = runCli(['check', '/nonexistent/file.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read/);
  assert.equal(runCli(['frobnicate']).code, 2);
  assert.equal(runCli(['check', '--kubevirt-cr', good, good]).code, 2, 'a CR file without a KubeVirt resource');
});

test('--kubevirt-cr is read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-'));
  const cr = path.join(dir, 'kv.yaml');
  fs.writeFileSync(cr, 'apiVersion: kubevirt.io/v1\nkind: KubeVirt\nmetadata:\n  name: kubevirt\nspec:\n  configuration: {}\n');
  const r = runCli(['check', '--kubevirt-cr', cr, good]);
  assert.equal(r.code, 0, r.stderr);
});
