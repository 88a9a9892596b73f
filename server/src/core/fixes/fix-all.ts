// `source.fixAll.virtwire`: the first preferred fix of every finding, skipping any fix whose edits overlap
// an earlier one, so all of them apply as one edit. fixAll() then re-checks the result and repeats until no
// preferred fix is left (a fixpoint: applying fix-all to its own result changes nothing), and hands back one set
// of edits on the original text.

import type { FileAnalysis } from '../analyze';
import { EditComposer } from './compose';
import type { Fix, TextEdit } from './fix';
import { fixesFor } from './index';

/** Rounds fix-all runs at most (each fixes what the previous one exposed or had to skip). */
export const MAX_FIX_ALL_ROUNDS = 8;

export function preferredFixes(file: FileAnalysis): Fix[] {
  const taken: { start: number; end: number }[] = [];
  const out: Fix[] = [];
  for (const finding of file.findings) {
    const fix = fixesFor(file, finding).find((x) => x.isPreferred);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end))) continue;
    out.push(fix);
    taken.push(...fix.edits.map((e) => e.span));
  }
  return out;
}

export interface FixAllResult {
  /** Edits of the original text (empty when nothing is fixable). */
  edits: TextEdit[];
  /** The fixes applied in the first round (titles for the user). */
  fixes: Fix[];
  /** The text after every round. */
  text: string;
  rounds: number;
  /** False when the rounds ran out or the fixes went in a circle. */
  converged: boolean;
}

/**
 * Preferred fixes, round after round, until none is left. `analyse` re-checks a text in the same context as
 * `file` (the caller knows the context and the cache).
 */
export function fixAll(file: FileAnalysis, analyse: (text: string) => FileAnalysis, maxRounds = MAX_FIX_ALL_ROUNDS): FixAllResult {
  const composer = new EditComposer(file.text);
  const seen = new Set<string>([file.text]);
  let first: Fix[] = [];
  let current = file;
  for (let round = 1; round <= maxRounds; round++) {
    const fixes = preferredFixes(current);
    if (round === 1) first = fixes;
    if (fixes.length === 0) return { edits: composer.result(), fixes: first, text: composer.text, rounds: round - 1, converged: true };
    composer.apply(fixes.flatMap((f) => f.edits));
    if (seen.has(composer.text)) return { edits: composer.result(), fixes: first, text: composer.text, rounds: round, converged: false };
    seen.add(composer.text);
    current = analyse(composer.text);
  }
  const converged = preferredFixes(current).length === 0;
  return { edits: composer.result(), fixes: first, text: composer.text, rounds: maxRounds, converged };
}
