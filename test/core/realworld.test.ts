// The realworld corpus (test/fixtures/realworld, see SOURCES.md there): manifests other people wrote, from
// KubeVirt's user guide, blog and docs, the common-templates bundle of the SSP operator, OpenShift's docs,
// Harvester and the tekton tasks. Nothing crashes, every VM in a Template or a list is analysed, templated
// files get one notice, and errors appear exactly where kubectl or KubeVirt would reject the manifest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../helpers/manifests';
import { decodeManifest } from '../../server/src/core/parse/encoding';
import { FIXTURES } from '../helpers/paths';
import type { FileAnalysis } from '../../server/src/core/analyze';

const ROOT = path.join(FIXTURES, 'realworld');
const files: string[] = [];
const walk = (d: string): void => {
  for (const n of fs.readdirSync(d).sort()) {
    const p = path.join(d, n);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(n)) files.push(p);
  }
};
walk(ROOT);
const expected = (JSON.parse(fs.readFileSync(path.join(ROOT, 'expected-errors.json'), 'utf8')) as { errors: Record<string, string> })
  .errors;

const results = new Map<string, FileAnalysis>();
for (const f of files) results.set(path.relative(ROOT, f), analyze(decodeManifest(fs.readFileSync(f)).text));

test('the corpus is there, with its sources listed', () => {
  assert.ok(files.length >= 200, `${files.length} files`);
  const sources = fs.readFileSync(path.join(ROOT, 'SOURCES.md'), 'utf8');
  for (const f of results.keys()) assert.ok(sources.includes(`| ${f} |`), `${f} is not in SOURCES.md`);
});

test('no internal error anywhere, and at most one YAML-SYNTAX per document', () => {
  for (const [f, a] of results) {
    assert.deepEqual(
      a.findings.filter((x) => x.code === 'VIRTWIRE-INTERNAL').map((x) => x.message),
      [],
      f,
    );
    for (const d of a.docs) assert.ok(d.findings.filter((x) => x.code === 'YAML-SYNTAX').length <= 1, f);
  }
});

test('every VM of the common-templates bundles is analysed inside its Template, and none gets a finding', () => {
  let vms = 0;
  for (const [f, a] of results) {
    if (!f.startsWith('ssp-operator/')) continue;
    const nested = a.docs.filter((d) => d.nested && d.kind === 'vm');
    const templates = a.docs.filter((d) => !d.nested && d.value && (d.value as { kind?: string }).kind === 'Template');
    assert.equal(nested.length, templates.length, f);
    for (const d of nested) {
      assert.ok(d.resource && d.admission, `${f} ${d.nested!.where}`);
      assert.match(d.nested!.where, /^Template "[^"]+" objects\[0\]$/);
    }
    assert.deepEqual(
      a.findings.map((x) => x.code),
      [],
      f,
    );
    vms += nested.length;
  }
  assert.equal(vms, 172);
});

test('templated files get exactly one TEMPLATED notice and no syntax error; their VMs are still analysed', () => {
  const templated = [...results].filter(([, a]) => a.findings.some((x) => x.code === 'TEMPLATED'));
  assert.deepEqual(templated.map(([f]) => f).sort(), [
    'common-templates/centos-stream9.tpl.yaml',
    'common-templates/fedora.tpl.yaml',
    'common-templates/rhel9.tpl.yaml',
    'common-templates/ubuntu.tpl.yaml',
    'common-templates/windows2k22.tpl.yaml',
    'tekton-tasks/windows-efi-installer.yaml',
  ]);
  for (const [f, a] of templated) {
    assert.equal(a.findings.filter((x) => x.code === 'TEMPLATED').length, 1, f);
    assert.deepEqual(
      a.findings.filter((x) => x.code === 'YAML-SYNTAX'),
      [],
      f,
    );
    if (f.startsWith('common-templates/')) assert.equal(a.docs.filter((d) => d.nested && d.resource).length, 1, f);
  }
});

test('errors exactly where the manifest is invalid as written (none on valid ones)', () => {
  const got: Record<string, string> = {};
  for (const [f, a] of results) {
    // the webhook's answer (what it would report next, blockedBy, is not "as written")
    const codes = [...new Set(a.findings.filter((x) => x.severity === 'error' && !x.blockedBy).map((x) => x.code))].sort();
    if (codes.length > 0) got[f] = codes.join(',');
  }
  assert.deepEqual(got, expected);
});
