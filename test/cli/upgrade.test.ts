// virtwire check --kubevirt-version A --upgrade-to B: what B rejects that A accepts ("new"), what B stops rejecting
// ("gone"); exit 1 when B rejects a resource A accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { FIXTURES } from '../helpers/paths';

const CASES = path.join(FIXTURES, 'cases', 'versions');
const f = (name: string) => path.join(CASES, `${name}.yaml`);

interface Out {
  kubevirtVersion: string;
  upgradeTo: string;
  newlyRejected: number;
  files: {
    file: string;
    diagnostics: { code: string; field: string | null; upgrade: string; severity: string }[];
    resources: { document: number; kind: string; name: string; current: string; target: string }[];
  }[];
}

function upgrade(from: string, to: string, ...names: string[]): { code: number; out: Out } {
  const r = runCli(['check', '--format', 'json', '--kubevirt-version', from, '--upgrade-to', to, ...names.map(f)]);
  assert.notEqual(r.code, 2, r.stderr);
  return { code: r.code, out: JSON.parse(r.stdout) as Out };
}

test('v1.8 → v1.9: an interface without binding is newly rejected (exit 1); a passtBinding no longer is', () => {
  const { code, out } = upgrade(
    'v1.8',
    'v1.9',
    '019-iface-without-binding',
    '041-passtbinding-default-config',
    '001-valid-minimal-masquerade',
  );
  assert.equal(code, 1);
  assert.equal(out.kubevirtVersion, 'v1.8');
  assert.equal(out.upgradeTo, 'v1.9');
  assert.equal(out.newlyRejected, 1);
  const [a, b, c] = out.files;
  assert.deepEqual(
    a!.diagnostics.map((d) => [d.upgrade, d.code, d.field]),
    [['new', 'BIND-01', 'spec.domain.devices.interfaces[0]']],
  );
  assert.deepEqual(
    a!.resources.map((r) => [r.current, r.target]),
    [['accepted', 'rejected']],
  );
  assert.deepEqual(
    b!.diagnostics.map((d) => [d.upgrade, d.code]),
    [['gone', 'BIND-05']],
  );
  assert.deepEqual(
    b!.resources.map((r) => [r.current, r.target]),
    [['rejected', 'accepted']],
  );
  assert.deepEqual(c!.diagnostics, []);
  assert.deepEqual(c!.resources, []);
});

test('a rule replaced by another is "gone" and "new"; both releases reject it, so exit 0', () => {
  const { code, out } = upgrade('v1.7', 'v1.8', '032-passt-on-pod');
  assert.equal(code, 0);
  // both underline the `passt` key (KubeVirt's fields differ): in position order, the new one first
  assert.deepEqual(
    out.files[0]!.diagnostics.map((d) => [d.upgrade, d.code, d.field]),
    [
      ['new', 'DISC-02', 'spec.domain.devices.interfaces[0].passt'],
      ['gone', 'OLD-PASST-FG', 'spec.domain.devices.interfaces[0].name'],
    ],
  );
});

test('the same release, or nothing that changes: no diagnostics, exit 0', () => {
  assert.deepEqual(upgrade('v1.9', 'main', '019-iface-without-binding').out.files[0]!.diagnostics, []);
  assert.equal(upgrade('v1.5', 'v1.9', '001-valid-minimal-masquerade').code, 0);
});

test('text output names both releases; SARIF marks each result; bad targets are usage errors', () => {
  const text = runCli(['check', '--kubevirt-version', 'v1.8', '--upgrade-to', '1.9', f('048-port-65536')]);
  assert.equal(text.code, 1);
  assert.match(
    text.stdout,
    /048-port-65536\.yaml:\d+:\d+: v1\.9 rejects \(new\) PORT-04 Port field must be in range 0 < x < 65536\. \[spec\.domain\.devices\.interfaces\[0\]\.ports\[0\]\.port\]/,
  );
  assert.match(
    text.stdout,
    /1 file checked for the upgrade from KubeVirt v1\.8 to KubeVirt v1\.9: 1 resource newly rejected, 1 new error, 0 gone/,
  );
  const sarif = JSON.parse(
    runCli(['check', '--format', 'sarif', '--kubevirt-version', 'v1.8', '--upgrade-to', 'v1.9', f('048-port-65536')]).stdout,
  );
  assert.equal(sarif.runs[0].tool.driver.properties.upgradeTo, 'v1.9');
  assert.equal(sarif.runs[0].results[0].properties.upgrade, 'new');
  assert.equal(runCli(['check', '--upgrade-to', 'v2', f('001-valid-minimal-masquerade')]).code, 2);
  assert.equal(runCli(['check', '--upgrade-to', 'auto', f('001-valid-minimal-masquerade')]).code, 2);
  assert.equal(runCli(['explain', '--upgrade-to', 'v1.9', f('001-valid-minimal-masquerade')]).code, 2);
});
