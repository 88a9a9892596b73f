// Fuzz the core: random and mutated manifests through the whole pipeline (analysis, wiring, hover, quick fixes,
// fix-all) never throw, give the same answer twice, and keep every range inside the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnalysisCache, analyzeText, type FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext } from '../../server/src/core/context/context';
import { hoverAt } from '../../server/src/core/render/hover';
import { fixesFor } from '../../server/src/core/fixes/index';
import { fixAll } from '../../server/src/core/fixes/fix-all';
import { EditComposer } from '../../server/src/core/fixes/compose';
import type { TextEdit } from '../../server/src/core/fixes/fix';
import { anyText, runs, SEED } from './arbitraries';

const inside = (text: string, s: { start: number; end: number }, what: string): void => {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${JSON.stringify(s)} outside [0, ${text.length}]`);
};

/** What the analysis says, as plain data (findings and their ranges). */
const summary = (a: FileAnalysis): unknown => a.findings.map((f) => [f.code, f.severity, f.message, f.field, f.span, f.relatedSpans]);

const analyse = (text: string): FileAnalysis => analyzeText(text, defaultContext(), new AnalysisCache());

test('fuzz core: no exception, deterministic, every range inside the text', () => {
  fc.assert(
    fc.property(anyText, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (text, hovers) => {
      const a = analyse(text);
      assert.deepEqual(summary(analyse(text)), summary(a), 'the same text gives the same findings');
      for (const f of a.findings) {
        inside(text, f.span, f.code);
        for (const r of f.relatedSpans) inside(text, r.span, `${f.code} related`);
      }
      for (const d of a.docs) {
        inside(text, { start: d.start, end: d.end }, 'document');
        d.wiring();
      }
      for (const h of hovers) {
        const r = hoverAt(a, Math.floor(h * text.length));
        if (r) inside(text, r.span, 'hover');
      }
      for (const f of a.findings) for (const fix of fixesFor(a, f)) for (const e of fix.edits) inside(text, e.span, `fix ${fix.title}`);
      const cache = new AnalysisCache();
      const all = fixAll(a, (t) => analyzeText(t, defaultContext(), cache), 4);
      for (const e of all.edits) inside(text, e.span, 'fix-all edit');
    }),
    { seed: SEED, numRuns: runs(60), includeErrorInReport: true },
  );
});

/** Applies non-overlapping edits as LSP does: in text order, edits at the same place in array order. */
function applyAll(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/** A round of non-overlapping edits for a text of length n. */
const round = (n: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'x', 'yz', '\n')), { maxLength: 4 })
    .map((es) => {
      const out: TextEdit[] = [];
      for (const [s, len, t] of es.sort((a, b) => a[0] - b[0])) {
        const start = Math.max(s, out.length ? out[out.length - 1]!.span.end : 0);
        const end = Math.min(n, start + len);
        if (start > n) break;
        out.push({ span: { start, end }, newText: t });
      }
      return out;
    });

test('fuzz fix-all composition: rounds of edits composed on the original equal the rounds applied in turn', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 5 }), (original, rounds) => {
      const composer = new EditComposer(original);
      let text = original;
      for (const seed of rounds) {
        const edits = fc.sample(round(text.length), { seed, numRuns: 1 })[0]!;
        text = applyAll(text, edits);
        composer.apply(edits);
        assert.equal(composer.text, text);
      }
      const composed = composer.result();
      for (let i = 1; i < composed.length; i++)
        assert.ok(composed[i - 1]!.span.end < composed[i]!.span.start, 'composed edits neither overlap nor touch');
      assert.equal(applyAll(original, composed), text);
    }),
    { seed: SEED, numRuns: runs(200), includeErrorInReport: true },
  );
});
