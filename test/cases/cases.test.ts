// Every case under test/fixtures/cases/<format>/, in the formats KubeVirt's sample cases use, run through the
// CLI with the comparison the cases README prescribes. One runner per format (or a test file of its own, named in
// OWN_FILE); a folder with neither fails, so no case is skipped silently.

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

/** Formats run by a test file of their own in test/cases/. */
const OWN_FILE: Record<string, string> = {
  versions: 'versions.test',
};

const ROOT = path.join(FIXTURES, 'cases');
const formats = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

for (const format of formats) {
  const run = RUNNERS[format];
  const own = OWN_FILE[format];
  if (run) run(path.join(ROOT, format));
  else if (own)
    test(`case format ${format}: run by test/cases/${own}.ts`, () => assert.ok(fs.existsSync(path.join(__dirname, `${own}.js`))));
  else
    test(`case format ${format}`, () =>
      assert.fail(`no runner for test/fixtures/cases/${format}: add one to RUNNERS in test/cases/cases.test.ts`));
}
