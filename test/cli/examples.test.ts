import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { FIXTURES } from '../helpers/paths';

// KubeVirt's own example manifests (a copy of a few, see test/fixtures/examples/NOTICE): none may get an error.
test('KubeVirt example manifests get no error', () => {
  const r = runCli(['check', '--format', 'json', path.join(FIXTURES, 'examples')]);
  const out = JSON.parse(r.stdout);
  const errors = out.files.flatMap((f: { file: string; diagnostics: { severity: string; code: string; message: string }[] }) =>
    f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(f.file)}: ${d.code} ${d.message}`),
  );
  assert.deepEqual(errors, []);
  assert.equal(r.code, 0);
  assert.equal(out.files.length, 9);
});
