// Test helpers for quick fixes: analyse a YAML text, pick a finding and one of its fixes, apply the edits
// (reverse order, no overlap allowed) and describe what changed as a line diff.

import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import type { FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { fixesFor, type Fix, type TextEdit } from '../../server/src/core/fixes/index';
import { PARSE_OPTIONS } from '../../server/src/core/parse/yaml11';
import type { PlacedFinding } from '../../server/src/core/types';
import { analyze } from '../helpers/manifests';

export function ctxWith(over: Partial<Context> = {}): Context {
  return { ...defaultContext(), ...over };
}

export { analyze };

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  for (let i = 1; i < sorted.length; i++) {
    const later = sorted[i - 1]!;
    const earlier = sorted[i]!;
    assert.ok(earlier.span.end <= later.span.start, `edits overlap: ${JSON.stringify(earlier.span)} and ${JSON.stringify(later.span)}`);
  }
  let out = text;
  for (const e of sorted) {
    assert.ok(e.span.start >= 0 && e.span.end <= out.length && e.span.start <= e.span.end, 'edit out of range');
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

/** Line diff (LCS): `-old` and `+new` lines in order; unchanged lines are not listed. */
export function lineDiff(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) L[i]![j] = x[i] === y[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || L[i + 1]![j]! >= L[i]![j + 1]!)) out.push(`-${x[i++]}`);
    else out.push(`+${y[j++]}`);
  }
  return out;
}

export function findingOf(file: FileAnalysis, code: string, pick?: (f: PlacedFinding) => boolean): PlacedFinding {
  const f = file.findings.find((x) => x.code === code && (!pick || pick(x)));
  assert.ok(f, `no ${code} finding; got ${file.findings.map((x) => x.code).join(', ') || 'none'}`);
  return f;
}

export interface FixCase {
  text: string;
  code: string;
  ctx?: Context;
  /** Which finding of that code (default: the first). */
  pick?: (f: PlacedFinding) => boolean;
  /** Which fix (by title); default the first. */
  title?: RegExp;
  /** Expected preferred flag of the chosen fix. */
  preferred?: boolean;
  /** Expected line diff (see lineDiff). */
  diff: string[];
  /** Codes that must be absent after the fix (default: [code]). */
  gone?: string[];
}

export interface FixResult {
  fix: Fix;
  fixes: Fix[];
  after: string;
  afterFile: FileAnalysis;
}

/** Runs one fix end to end and checks: parses cleanly, the diagnostic is gone, only the intended lines changed. */
export function checkFix(c: FixCase): FixResult {
  const ctx = c.ctx ?? defaultContext();
  const file = analyze(c.text, ctx);
  const finding = findingOf(file, c.code, c.pick);
  const fixes = fixesFor(file, finding);
  const fix = c.title ? fixes.find((f) => c.title!.test(f.title)) : fixes[0];
  assert.ok(fix, `no fix${c.title ? ` matching ${c.title}` : ''} for ${c.code}; got ${JSON.stringify(fixes.map((f) => f.title))}`);
  assert.equal(fix.code, c.code);
  if (c.preferred !== undefined) assert.equal(!!fix.isPreferred, c.preferred, `preferred flag of "${fix.title}"`);
  const after = applyEdits(c.text, fix.edits);
  for (const d of parseAllDocuments(after, PARSE_OPTIONS) as unknown as { errors: { message: string }[] }[]) {
    assert.deepEqual(
      d.errors.map((e) => e.message),
      [],
      `YAML errors after "${fix.title}":\n${after}`,
    );
  }
  const afterFile = analyze(after, ctx);
  for (const code of c.gone ?? [c.code]) {
    assert.deepEqual(
      afterFile.findings.filter((f) => f.code === code).map((f) => f.message),
      [],
      `${code} still reported after "${fix.title}":\n${after}`,
    );
  }
  assert.deepEqual(lineDiff(c.text, after), c.diff, `unexpected change by "${fix.title}":\n${after}`);
  // every comment line survives unless the diff removed it on purpose
  const removed = new Set(c.diff.filter((l) => l.startsWith('-')).map((l) => l.slice(1)));
  for (const line of c.text.split('\n'))
    if (/#/.test(line) && !removed.has(line)) assert.ok(after.includes(line), `comment line lost: ${line}`);
  return { fix, fixes, after, afterFile };
}

export function fixesOf(text: string, code: string, ctx: Context = defaultContext(), pick?: (f: PlacedFinding) => boolean): Fix[] {
  const file = analyze(text, ctx);
  return fixesFor(file, findingOf(file, code, pick));
}
