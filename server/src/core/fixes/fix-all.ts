// `source.fixAll.virtwire`: the first preferred fix of every finding, skipping any fix whose edits overlap
// an earlier one, so all of them apply as one edit. What is skipped is fixed by the next fix-all.

import type { FileAnalysis } from '../analyze';
import type { Fix } from './fix';
import { fixesFor } from './index';

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
