// The per-version admission cases (test/fixtures/cases/versions/, format in its README): every case, judged as every
// KubeVirt release, matches its expectation under the format's comparison. In process for each case and release,
// and through the CLI (`virtwire check --format json --kubevirt-version V --kubevirt-cr CR FILE…`, one process per
// release and config) for the public samples and the cases without a config, plus one config group.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, analyzeText } from '../../server/src/core/analyze';
import { defaultContext } from '../../server/src/core/context/context';
import { contextFromKubeVirtCR, withKubevirtVersion } from '../../server/src/core/context/load';
import { KUBEVIRT_VERSIONS, type KubevirtVersion } from '../../server/src/core/context/version';
import { FIXTURES } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { compareRelease, kubevirtCR, parseVersionCase, type Reported, type VersionCase } from './versions-format';

const DIR = path.join(FIXTURES, 'cases', 'versions');
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const cases: { file: string; c: VersionCase }[] = files.map((f) => ({
  file: path.join(DIR, f),
  c: parseVersionCase(f.replace(/\.yaml$/, ''), fs.readFileSync(path.join(DIR, f), 'utf8')),
}));

function judge(c: VersionCase, text: string, v: KubevirtVersion): Reported[] {
  const ctx = contextFromKubeVirtCR(kubevirtCR(c.config), withKubevirtVersion(defaultContext(), v)!);
  const a = analyzeText(text, ctx, new AnalysisCache());
  return a.findings.map((f) => ({ severity: f.severity, field: f.field, message: f.message, code: f.code, blockedBy: f.blockedBy }));
}

test('the case files are well formed: names, six expectations, main equal to v1.9', () => {
  assert.ok(cases.length >= 8);
  for (const { c, file } of cases) {
    const name = /^\d{3}-(.+)$/.exec(c.name)?.[1];
    assert.ok(name, file);
    assert.match(c.yaml, new RegExp(`\\n  name: ${name}\\n`), `${file}: metadata.name is the short name`);
    assert.equal(c.expect.main, c.expect['v1.9'], file);
    assert.deepEqual(c.causes.main, c.causes['v1.9'], file);
  }
});

for (const { file, c } of cases) {
  test(`versions case ${c.name}`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const failures: string[] = [];
    for (const v of KUBEVIRT_VERSIONS) {
      for (const p of compareRelease(c.expect[v], c.causes[v], judge(c, text, v))) failures.push(`${v}: ${p}`);
    }
    assert.deepEqual(failures, []);
  });
}

test('the CLI matches the cases in every release (check --format json --kubevirt-version V --kubevirt-cr CR)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-versions-'));
  try {
    const byConfig = new Map<string, { file: string; c: VersionCase }[]>();
    const isPublic = (x: { c: VersionCase }): boolean => Number(x.c.name.slice(0, 3)) < 100;
    const someConfig = cases.find((x) => x.c.config !== undefined)?.c.config;
    for (const x of cases) {
      const key = x.c.config ?? '';
      if (!(isPublic(x) || key === '' || key === someConfig)) continue;
      byConfig.set(key, [...(byConfig.get(key) ?? []), x]);
    }
    const failures: string[] = [];
    let n = 0;
    for (const [config, group] of byConfig) {
      const cr = path.join(tmp, `kubevirt-${n++}.yaml`);
      fs.writeFileSync(cr, JSON.stringify(kubevirtCR(config || undefined)));
      for (const v of KUBEVIRT_VERSIONS) {
        const r = runCli(['check', '--format', 'json', '--kubevirt-version', v, '--kubevirt-cr', cr, ...group.map((g) => g.file)]);
        assert.notEqual(r.code, 2, r.stderr);
        const out = JSON.parse(r.stdout) as { kubevirtVersion: string; files: { file: string; diagnostics: Reported[] }[] };
        assert.equal(out.kubevirtVersion, v);
        for (const g of group) {
          const diags = out.files.find((f) => f.file === g.file)?.diagnostics ?? [];
          for (const p of compareRelease(g.c.expect[v], g.c.causes[v], diags)) failures.push(`${g.c.name} ${v}: ${p}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
