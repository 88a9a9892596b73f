// Runner for the `validation/` case format (admission cases: a manifest with a `# expect:` header): every case
// through `virtwire check --format json` with the cluster settings of its `config:` line, compared as the cases
// README prescribes (compare-validation.ts). The errors compared are the webhook's answer: those without `blockedBy`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliBatch, caseFiles } from './cli-batch';
import { compareValidation, type Expectation, type ReportedError } from './compare-validation';
import { readHeader, values } from './header';
import { kubevirtCR } from './versions-format';

interface CheckOutput {
  files: { file: string; diagnostics: { severity: string; field: string | null; message: string; blockedBy?: string }[] }[];
}

export function expectationOf(text: string): { expect: Expectation; config?: string } {
  const h = readHeader(text);
  const lines = values(h, 'expect');
  if (lines.length === 0) throw new Error('no `# expect:` line');
  const valid = lines.length === 1 && lines[0] === 'valid';
  const paths = valid ? [] : lines.map((l) => /^error (\S+)$/.exec(l)?.[1] ?? assert.fail(`bad expect line: ${l}`));
  return { expect: { valid, paths, message: values(h, 'message')[0] }, config: values(h, 'config')[0] };
}

export function runValidationCases(dir: string): void {
  const batch = new CliBatch<CheckOutput>('check');
  const files = caseFiles(dir);
  const cases = files.map((file) => ({ file, ...expectationOf(fs.readFileSync(file, 'utf8')) }));
  for (const c of cases) {
    const key = c.config ?? '';
    batch.add(
      key,
      {
        args: (tmp) => {
          const cr = path.join(tmp, 'kubevirt.yaml');
          fs.writeFileSync(cr, JSON.stringify(kubevirtCR(c.config)));
          return ['--kubevirt-cr', cr];
        },
        pick: (out, file) => out.files.find((f) => f.file === file)?.diagnostics,
      },
      c.file,
    );
  }
  test(`validation cases in ${path.relative(process.cwd(), dir)}: there are some`, () => assert.ok(cases.length > 0));
  for (const c of cases) {
    test(`validation case ${path.basename(c.file, '.yaml')}`, () => {
      const diagnostics = batch.result(c.config ?? '', c.file) as CheckOutput['files'][number]['diagnostics'] | undefined;
      assert.ok(diagnostics, 'the CLI reports the file');
      // the webhook's answer: what KubeVirt reports now (findings hidden behind another one carry blockedBy)
      const errors: ReportedError[] = diagnostics.filter((d) => d.severity === 'error' && !d.blockedBy);
      assert.deepEqual(compareValidation(c.expect, errors), []);
    });
  }
}
