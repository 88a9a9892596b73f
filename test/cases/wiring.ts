// Runner for the `wiring/` case format (`NNN-name.yaml` + `NNN-name.expected.json`): every case through
// `virtwire explain --format json --context <the case's context>`, compared as the cases README prescribes
// (compare-wiring.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliBatch, caseFiles } from './cli-batch';
import { compareCase } from './compare-wiring';

interface ExplainOutput {
  resources: (Record<string, unknown> & { file: string })[];
}

export function runWiringCases(dir: string): void {
  const batch = new CliBatch<ExplainOutput>('explain');
  const cases = caseFiles(dir).map((file) => {
    const expected = JSON.parse(fs.readFileSync(file.replace(/\.yaml$/, '.expected.json'), 'utf8')) as Record<string, unknown>;
    const context = JSON.stringify(expected.context ?? {});
    batch.add(
      context,
      {
        args: (tmp) => {
          const f = path.join(tmp, 'context.json');
          fs.writeFileSync(f, context);
          return ['--context', f];
        },
        pick: (out, f) => out.resources.filter((r) => r.file === f),
      },
      file,
    );
    return { file, expected, context };
  });
  test(`wiring cases in ${path.relative(process.cwd(), dir)}: there are some`, () => assert.ok(cases.length > 0));
  for (const c of cases) {
    const name = path.basename(c.file, '.yaml');
    test(`wiring case ${name}`, () => {
      const resources = batch.result(c.context, c.file) as ExplainOutput['resources'];
      assert.equal(resources.length, 1, 'one VM resource in the case');
      // the README: pod annotations are not asserted for case 028 (an existing pod with legacy interface names)
      assert.deepEqual(compareCase(c.expected, resources[0]!, { skipAnnotations: name.startsWith('028-') }), []);
    });
  }
}
