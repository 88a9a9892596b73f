import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { FIXTURES } from '../helpers/paths';

const good = path.join(FIXTURES, 'core', 'valid.yaml');

function tmpFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-ver-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

const CR = (observed: string) =>
  `apiVersion: kubevirt.io/v1\nkind: KubeVirt\nmetadata:\n  name: kubevirt\n  namespace: kubevirt\nspec:\n  configuration: {}\nstatus:\n  observedKubeVirtVersion: ${observed}\n`;

test('--kubevirt-version names the release in the text summary, JSON and SARIF', () => {
  const text = runCli(['check', '--kubevirt-version', '1.7', good]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /1 file checked as KubeVirt v1\.7: 0 errors, 0 warnings/);
  const json = JSON.parse(runCli(['check', '--format', 'json', '--kubevirt-version=v1.8.4', good]).stdout);
  assert.equal(json.kubevirtVersion, 'v1.8');
  assert.equal(json.files[0].kubevirtVersion, 'v1.8');
  const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '--kubevirt-version', 'main', good]).stdout);
  assert.equal(sarif.runs[0].tool.driver.properties.kubevirtVersion, 'main');
});

test('without a version the run judges as v1.9', () => {
  const json = JSON.parse(runCli(['check', '--format', 'json', good]).stdout);
  assert.equal(json.kubevirtVersion, 'v1.9');
});

test('auto: the version comes from --kubevirt-cr status.observedKubeVirtVersion; an explicit one wins', () => {
  const cr = tmpFile('kubevirt.yaml', CR('v1.6.3'));
  const auto = JSON.parse(runCli(['check', '--format', 'json', '--kubevirt-cr', cr, good]).stdout);
  assert.equal(auto.kubevirtVersion, 'v1.6');
  const explicitAuto = JSON.parse(runCli(['check', '--format', 'json', '--kubevirt-version', 'auto', '--kubevirt-cr', cr, good]).stdout);
  assert.equal(explicitAuto.kubevirtVersion, 'v1.6');
  const set = JSON.parse(runCli(['check', '--format', 'json', '--kubevirt-cr', cr, '--kubevirt-version', 'v1.8', good]).stdout);
  assert.equal(set.kubevirtVersion, 'v1.8');
});

test('auto: a KubeVirt CR among the inputs sets the version of the run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-ver-'));
  fs.writeFileSync(path.join(dir, 'kubevirt.yaml'), CR('v1.5.1'));
  fs.copyFileSync(good, path.join(dir, 'vm.yaml'));
  const json = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
  assert.equal(json.kubevirtVersion, 'v1.5');
  assert.deepEqual(
    json.files.map((f: { kubevirtVersion: string }) => f.kubevirtVersion),
    ['v1.5', 'v1.5'],
  );
});

test('an unknown version is a usage error (exit 2) on check and explain', () => {
  for (const cmd of ['check', 'explain']) {
    const r = runCli([cmd, '--kubevirt-version', 'v1.4', good]);
    assert.equal(r.code, 2, cmd);
    assert.match(r.stderr, /unknown KubeVirt version "v1\.4"/);
    assert.match(r.stderr, /usage:/);
  }
  assert.equal(runCli(['check', '--kubevirt-version']).code, 2);
});

test('explain names the release whose admission judged each resource', () => {
  const r = runCli(['explain', '--kubevirt-version', 'v1.8', good]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\(admission as KubeVirt v1\.8\)/);
  const json = JSON.parse(runCli(['explain', '--format', 'json', '--kubevirt-version', 'v1.6', good]).stdout);
  assert.equal(json.kubevirtVersion, 'v1.6');
  assert.equal(json.resources[0].kubevirtVersion, 'v1.6');
});
