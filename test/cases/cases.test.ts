// Every case under test/fixtures/cases/<format>/, in the formats KubeVirt's sample cases use, run through the
// CLI with the comparison the cases README prescribes. One runner per format; a folder without a runner fails,
// so no case is skipped silently. (A `versions/` runner goes into RUNNERS beside the others.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../helpers/paths';
import { runValidationCases } from './validation';
import { runWiringCases } from './wiring';

const RUNNERS: Record<string, (dir: string) => void> = {
  validation: runValidationCases,
  wiring: runWiringCases,
};

const ROOT = path.join(FIXTURES, 'cases');
const formats = fs.readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

for (const format of formats) {
  const run = RUNNERS[format];
  if (run) run(path.join(ROOT, format));
  else test(`case format ${format}`, () => assert.fail(`no runner for test/fixtures/cases/${format}: add one to RUNNERS in test/cases/cases.test.ts`));
}
