// KubeVirt's own examples (the one copy, test/fixtures/examples) and a fixture with every network field: no schema error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../helpers/paths';
import { AnalysisCache, analyzeText } from '../../server/src/core/analyze';
import { defaultContext } from '../../server/src/core/context/context';
import { checkSchema } from '../../server/src/core/schema/check';

const yamlIn = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(dir, f));
// the examples that are VM resources (windows.yaml is a VirtualMachinePreference), and ours
const files = [
  ...yamlIn(path.join(FIXTURES, 'examples')).filter((f) => !f.endsWith('windows.yaml')),
  ...yamlIn(path.join(FIXTURES, 'schema')),
];

test('the fixtures are there (KubeVirt examples for VMI, VM, replica set and pool)', () => {
  assert.ok(files.length >= 5);
});

for (const file of files) {
  test(`no schema finding on ${path.basename(file)}`, () => {
    const a = analyzeText(fs.readFileSync(file, 'utf8'), defaultContext(), new AnalysisCache());
    const vmDocs = a.docs.filter((d) => d.resource);
    assert.ok(vmDocs.length >= 1, 'a VM resource is found');
    for (const d of vmDocs) assert.deepEqual(checkSchema(d.resource!), []);
    assert.deepEqual(
      a.findings.filter((f) => f.code.startsWith('SCHEMA-')),
      [],
    );
  });
}

test('the fixtures cover every kind', () => {
  const kinds = new Set<string>();
  for (const file of files) {
    const a = analyzeText(fs.readFileSync(file, 'utf8'), defaultContext(), new AnalysisCache());
    for (const d of a.docs) if (d.resource) kinds.add(d.resource.kind);
  }
  assert.deepEqual([...kinds].sort(), [
    'VirtualMachine',
    'VirtualMachineInstance',
    'VirtualMachineInstanceReplicaSet',
    'VirtualMachinePool',
  ]);
});
