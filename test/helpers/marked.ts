// Marked manifests: a test writes the YAML a user would, and under an offending key or value a comment line whose
// carets mark the expected diagnostic's range and name its code:
//
//   networks:
//   - name: default
//     pod: {}
//   - name: default
//   #       ^^^^^^^ NET-07
//
// The carets stand under the characters of the line above (the first non-marker line above; several marker lines
// may follow one line). marked() runs the real pipeline on the text (markers are YAML comments, so the manifest is
// the same) and lists what it found as the same marks; a test compares the two, so a manifest without marks says
// "no error or warning here". Information and hints count only when their code is marked.

import assert from 'node:assert/strict';
import type { Context } from '../../server/src/core/context/context';
import type { PlacedFinding } from '../../server/src/core/types';
import { analyze } from './manifests';

/** One expected or found diagnostic: its code, line (0-based) and columns [start, end). */
export interface Mark {
  code: string;
  line: number;
  start: number;
  end: number;
}

const MARKER = /^\s*#(\s*)(\^+)\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\s*$/;

/** The marks written in a text. */
export function marksOf(text: string): Mark[] {
  const lines = text.split('\n');
  const out: Mark[] = [];
  let target = -1;
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) {
      target = i;
      return;
    }
    assert.ok(target >= 0, `marker on line ${i + 1} has no line above it`);
    const start = line.indexOf('^');
    out.push({ code: m[3]!, line: target, start, end: start + m[2]!.length });
  });
  return out;
}

function markOf(text: string, f: PlacedFinding): Mark {
  const before = text.slice(0, f.span.start);
  const line = before.split('\n').length - 1;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', f.span.start);
  assert.ok(lineEnd < 0 || f.span.end <= lineEnd, `${f.code} spans more than one line: a mark cannot say it`);
  return { code: f.code, line, start: f.span.start - lineStart, end: f.span.end - lineStart };
}

const byPosition = (a: Mark, b: Mark): number => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code);

/** The marks the pipeline finds in `text`: every error and warning, and the information and hints it marks. */
export function found(text: string, ctx?: Context): Mark[] {
  const marked = new Set(marksOf(text).map((m) => m.code));
  return analyze(text, ctx)
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning' || marked.has(f.code))
    .map((f) => markOf(text, f))
    .sort(byPosition);
}

/** Asserts that the pipeline finds exactly what `text` marks (nothing, when it marks nothing). */
export function assertMarked(text: string, ctx?: Context): void {
  assert.deepEqual(found(text, ctx), marksOf(text).sort(byPosition));
}

/**
 * A marked manifest's valid neighbour: the same text without its marks, with each `[from, to]` edit applied once (the
 * fix a user would make). Each `from` must occur exactly once, so the two manifests of a test cannot drift apart.
 */
export function neighbour(marked: string, ...edits: [from: string, to: string][]): string {
  let text = marked
    .split('\n')
    .filter((line) => !MARKER.test(line))
    .join('\n');
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, `the neighbour's edit ${JSON.stringify(from)} must occur exactly once`);
    text = text.replace(from, () => to);
  }
  return text;
}
