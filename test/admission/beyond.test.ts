// All problems at once: where KubeVirt stops (schema errors, a VM create's early returns), what it will reject next
// is reported too, each finding marked `blockedBy` with the code that hides it; what has no `blockedBy` stays the
// webhook's answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../helpers/manifests';
import { runCli } from '../helpers/run-cli';
import type { FileAnalysis } from '../../server/src/core/analyze';

const STACKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: web
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquarade: {}
        ports:
        - port: "80"
          protocol: tcp
  networks:
  - name: default
    pod: {}
`;

const rows = (a: FileAnalysis) =>
  a.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.blockedBy ?? null, a.text.slice(f.span.start, f.span.end)]);

test('three stacked mistakes: each hidden behind the one before, each on its own text', () => {
  assert.deepEqual(rows(analyze(STACKED)), [
    ['SCHEMA-04', null, 'masquarade'],
    ['SCHEMA-06', 'SCHEMA-04', '"80"'],
    ['PORT-05', 'SCHEMA-06', 'tcp'],
  ]);
});

test("a finding under a renamed key points at the key as written; KubeVirt's field names the fixed key", () => {
  const text = STACKED.replace(
    'masquarade: {}\n        ports:\n        - port: "80"\n          protocol: tcp\n',
    'masquarade: {}\n        macAddress: "02:00:00:00:00:00"\n',
  );
  const a = analyze(text);
  const bind03 = a.findings.find((f) => f.code === 'BIND-03')!;
  assert.equal(bind03.blockedBy, 'SCHEMA-04');
  assert.equal(text.slice(bind03.span.start, bind03.span.end), '"02:00:00:00:00:00"');
  // a key nested under the renamed one keeps its written parent
  const nested = analyze(STACKED.replace('masquarade: {}', 'masquarade: {foo: 1}'));
  const unknown = nested.findings.find((f) => f.code === 'SCHEMA-04' && f.blockedBy)!;
  assert.equal(unknown.field, 'spec.domain.devices.interfaces[0].masquerade.foo');
  assert.deepEqual(unknown.at, ['spec', 'domain', 'devices', 'interfaces', 0, 'masquarade', 'foo']);
  assert.equal(nested.text.slice(unknown.span.start, unknown.span.end), 'foo');
});

test('YAML 1.1 `name: no` looked past as the string "no": the interface then misses its network', () => {
  const text = STACKED.replace(
    'masquarade: {}\n        ports:\n        - port: "80"\n          protocol: tcp\n',
    'masquerade: {}\n',
  ).replace('      - name: default', '      - name: no');
  assert.deepEqual(
    rows(analyze(text)).map((r) => r.slice(0, 2)),
    [
      ['SCHEMA-06', null],
      ['BIND-02', 'SCHEMA-06'],
      ['NET-08', 'SCHEMA-06'],
      ['IFACE-02', 'SCHEMA-06'],
    ],
  );
  const iface02 = analyze(text).findings.find((f) => f.code === 'IFACE-02')!;
  assert.match(iface02.message, /'no' not found/);
});

test('nothing is guessed past a mistake whose fix is unknown (a missing required field)', () => {
  const text = STACKED.replace('      - name: default\n        masquarade: {}', '      - masquerade: {}').replace('"80"', '80');
  const a = analyze(text);
  assert.deepEqual(
    rows(a).map((r) => r.slice(0, 2)),
    [['SCHEMA-03', null]],
  );
});

test('a manifest with one kind of mistake has nothing hidden', () => {
  assert.deepEqual(
    analyze(STACKED.replace('masquarade', 'masquerade').replace('"80"', '80')).findings.filter((f) => f.blockedBy),
    [],
  );
});

test("VM create: the spec rules hidden behind the early return are reported with the VM's paths", () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            slirp: {}
          - name: extra
            masquerade: {}
      networks:
      - name: default
        pod: {}
`;
  const a = analyze(text);
  assert.deepEqual(
    a.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.field, f.blockedBy ?? null]),
    [
      ['DISC-01', 'spec.domain.devices.interfaces[0].slirp', null],
      ['BIND-01', 'spec.template.spec.domain.devices.interfaces[0]', 'DISC-01'],
      ['BIND-02', 'spec.template.spec.domain.devices.interfaces[1].name', 'DISC-01'],
      ['IFACE-02', 'spec.template.spec.domain.devices.interfaces[1].name', 'DISC-01'],
    ],
  );
});

test('the CLI: JSON carries blockedBy only where hidden, text and SARIF say it too', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-beyond-'));
  try {
    const file = path.join(dir, 'stacked.yaml');
    fs.writeFileSync(file, STACKED);
    const json = runCli(['check', '--format', 'json', file]);
    assert.equal(json.code, 1);
    const diags = (JSON.parse(json.stdout) as { files: { diagnostics: { code: string; blockedBy?: string }[] }[] }).files[0]!.diagnostics;
    assert.deepEqual(
      diags.map((d) => [d.code, d.blockedBy]),
      [
        ['SCHEMA-04', undefined],
        ['SCHEMA-06', 'SCHEMA-04'],
        ['PORT-05', 'SCHEMA-06'],
      ],
    );
    assert.ok(!('blockedBy' in diags[0]!), "the webhook's own answer has no blockedBy key at all");
    const text = runCli(['check', file]).stdout;
    assert.match(text, /PORT-05 .*\(KubeVirt stops at SCHEMA-06 first; it reports this once that is fixed\.\)/);
    assert.doesNotMatch(text.split('\n')[0]!, /stops at/);
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', file]).stdout) as {
      runs: { results: { ruleId: string; properties?: { blockedBy?: string } }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => r.properties?.blockedBy),
      [undefined, 'SCHEMA-04', 'SCHEMA-06'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
