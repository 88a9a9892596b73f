// Composing rounds of edits into one set of edits on the original text: fix-all applies preferred fixes, re-checks
// and repeats, but hands the editor a single edit of the text it has. Edits that touch or overlap earlier ones are
// merged with them; the others stay as small as they were.

import type { TextEdit } from './fix';

export class EditComposer {
  /** Composed edits in original offsets: sorted, neither overlapping nor touching. */
  private readonly edits: { start: number; end: number; newText: string }[] = [];
  private current: string;

  constructor(private readonly original: string) {
    this.current = original;
  }

  /** The text with every edit so far applied. */
  get text(): string {
    return this.current;
  }

  /**
   * Applies edits given in offsets of the current text (non-overlapping, as one round of fixes). Edits at the
   * same place apply in their order, as LSP says: the text of the first one comes first.
   */
  apply(round: readonly TextEdit[]): void {
    const order = round.map((e, i) => ({ e, i }));
    order.sort((a, b) => b.e.span.start - a.e.span.start || b.e.span.end - a.e.span.end || b.i - a.i);
    for (const { e } of order) this.applyOne(e.span.start, e.span.end, e.newText);
  }

  /** The composed edits, in offsets of the original text. */
  result(): TextEdit[] {
    return this.edits.map((e) => ({ span: { start: e.start, end: e.end }, newText: e.newText }));
  }

  private applyOne(s: number, e: number, newText: string): void {
    // where each composed edit sits in the current text
    let delta = 0;
    let first = -1;
    let last = -1;
    let deltaBefore = 0; // delta accumulated before the first touching edit (or before s when none touches)
    for (let i = 0; i < this.edits.length; i++) {
      const c = this.edits[i]!;
      const cs = c.start + delta;
      const ce = cs + c.newText.length;
      if (ce < s) {
        delta += c.newText.length - (c.end - c.start);
        continue;
      }
      if (cs > e) break;
      if (first < 0) {
        first = i;
        deltaBefore = delta;
      }
      last = i;
      delta += c.newText.length - (c.end - c.start);
    }
    if (first < 0) {
      // touches nothing: delta is what precedes s
      const at = this.insertionIndex(s - delta);
      this.edits.splice(at, 0, { start: s - delta, end: e - delta, newText });
    } else {
      const f = this.edits[first]!;
      const l = this.edits[last]!;
      const fcs = f.start + deltaBefore;
      const lce = l.start + (delta - (l.newText.length - (l.end - l.start))) + l.newText.length;
      const lo = Math.min(s, fcs);
      const hi = Math.max(e, lce);
      const origStart = lo === fcs ? f.start : s - deltaBefore;
      const origEnd = hi === lce ? l.end : e - delta;
      const merged = this.current.slice(lo, s) + newText + this.current.slice(e, hi);
      this.edits.splice(first, last - first + 1, { start: origStart, end: origEnd, newText: merged });
    }
    this.current = this.current.slice(0, s) + newText + this.current.slice(e);
  }

  private insertionIndex(origOffset: number): number {
    let i = 0;
    while (i < this.edits.length && this.edits[i]!.start < origOffset) i++;
    return i;
  }
}
