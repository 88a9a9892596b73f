// Documents nested past MAX_DEPTH: one VIRTWIRE-LIMIT warning at a position that does not depend on how much
// call stack is left, whatever the style (block, flow) or the depth; shallower documents are analysed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCache, analyzeText, type FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext } from '../../server/src/core/context/context';
import { MAX_DEPTH } from '../../server/src/core/parse/depth';
import { deepFlowManifest, deepManifest } from '../helpers/hostile';

const analyse = (text: string): FileAnalysis => analyzeText(text, defaultContext(), new AnalysisCache());
const codes = (a: FileAnalysis): string[] => a.findings.map((f) => f.code);

/** Runs `f` with `frames` frames already on the stack. */
function withStackUsed<T>(frames: number, f: () => T): T {
  const down = (k: number): T => (k === 0 ? f() : [down(k - 1)][0]!);
  return down(frames);
}

for (const [style, make] of [
  ['block', deepManifest],
  ['flow', deepFlowManifest],
] as const) {
  // (block style grows quadratically with the depth: 2,000 levels are 2 MB of indentation already)
  test(`${style}: far past the limit gives one VIRTWIRE-LIMIT at the same place, however deep the caller`, () => {
    for (const depth of style === 'block' ? [1000, 2000] : [2000, 20_000]) {
      const text = make(depth);
      const shallow = analyse(text);
      const deep = withStackUsed(3000, () => analyse(text));
      assert.deepEqual(codes(shallow), ['VIRTWIRE-LIMIT']);
      assert.deepEqual(shallow.findings[0]!.span, deep.findings[0]!.span);
      assert.equal(shallow.findings[0]!.severity, 'warning');
      assert.equal(shallow.docs[0]!.resource, undefined);
    }
  });
}

test(`just below the limit the document is analysed (its unknown field is reported); just above it is not`, () => {
  // spec is level 1, so `depth` nested mappings below it reach depth + 1 levels
  assert.deepEqual(codes(analyse(deepManifest(MAX_DEPTH - 2))).slice(0, 1), ['SCHEMA-04']);
  assert.deepEqual(codes(analyse(deepManifest(MAX_DEPTH))), ['VIRTWIRE-LIMIT']);
});

test('a document past the limit does not stop the analysis of the next one', () => {
  const ok =
    'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: ok\nspec:\n  domain:\n    devices: {}\n  networks:\n  - name: n\n    pod: {}\n';
  const a = analyse(`${deepManifest(3000)}---\n${ok}`);
  assert.deepEqual(codes(a).slice(0, 1), ['VIRTWIRE-LIMIT']);
  assert.ok(a.docs[1]!.resource, 'the second document is analysed');
  assert.ok(a.findings.length > 1);
});
