// PR-09: two port ranges of one protocol overlap. Merge them into one range [min-max] that also absorbs every
// other range of the protocol it then overlaps (preferred; the later entries are removed), or shift the
// later-starting range to begin just after the other one ends.

import { isScalar } from 'yaml';
import type { Fix, TextEdit } from './fix';
import { asList, indexAfter, nodeAt, prefixThrough, seqAt, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { removeSeqItem } from './yaml-edit';

export function splitMergePortRanges(t: FixTarget): Fix[] {
  if (t.finding.code !== 'PR-09') return [];
  const rangesPath = prefixThrough(t.finding.at, 'portRanges');
  if (!rangesPath) return [];
  const idx = t.finding.data?.['rangeIndexes'];
  let prevIdx: number | undefined;
  let currIdx: number | undefined;
  if (Array.isArray(idx) && idx.length === 2) [prevIdx, currIdx] = idx as [number, number];
  else currIdx = indexAfter(t.finding.at, 'portRanges');
  const ranges = asList(valueAt(t, rangesPath)).map((r) => obj(r) ?? {});
  if (currIdx === undefined || !ranges[currIdx]) return [];
  const curr = ranges[currIdx]!;
  if (prevIdx === undefined) prevIdx = findOverlapping(ranges, currIdx);
  if (prevIdx === undefined || !ranges[prevIdx]) return [];
  const prev = ranges[prevIdx]!;
  const [ps, pe, cs, ce] = [prev['start'], prev['end'], curr['start'], curr['end']].map(Number) as [number, number, number, number];
  if (![ps, pe, cs, ce].every(Number.isInteger)) return [];
  const seq = seqAt(t, rangesPath);
  if (!seq) return [];
  const out: Fix[] = [];
  const setNum = (k: number, key: 'start' | 'end', v: number): TextEdit | undefined => {
    const node = nodeAt(t, [...rangesPath, k, key]);
    if (!isScalar(node) || !node.range) return undefined;
    return { span: { start: t.doc.start + node.range[0], end: t.doc.start + node.range[1] }, newText: String(v) };
  };
  // merge: a range inside the other is removed; otherwise the earlier entry in the list keeps the union
  let [keep, drop] = prevIdx < currIdx ? [prevIdx, currIdx] : [currIdx, prevIdx];
  if (cs >= ps && ce <= pe) [keep, drop] = [prevIdx, currIdx];
  else if (ps >= cs && pe <= ce) [keep, drop] = [currIdx, prevIdx];
  // the union absorbs every other range of the protocol it overlaps or touches, until none is left: merging
  // only the reported pair could leave the union overlapping a third range (KubeVirt compares neighbours only)
  let lo = Math.min(ps, cs);
  let hi = Math.max(pe, ce);
  const absorbed = new Set([keep, drop]);
  for (let grew = true; grew; ) {
    grew = false;
    ranges.forEach((r, i) => {
      if (absorbed.has(i) || r['protocol'] !== curr['protocol']) return;
      const [s, e] = [Number(r['start']), Number(r['end'])];
      if (!Number.isInteger(s) || !Number.isInteger(e) || s > hi || e < lo) return;
      absorbed.add(i);
      lo = Math.min(lo, s);
      hi = Math.max(hi, e);
      grew = true;
    });
  }
  const kept = ranges[keep]!;
  const merge: (TextEdit | undefined)[] = [];
  if (Number(kept['start']) !== lo) merge.push(setNum(keep, 'start', lo));
  if (Number(kept['end']) !== hi) merge.push(setNum(keep, 'end', hi));
  for (const i of [...absorbed].filter((i) => i !== keep).sort((a, b) => a - b)) merge.push(removeSeqItem(t, seq, i));
  if (merge.every((e) => e !== undefined) && disjoint(merge as TextEdit[])) {
    const more = absorbed.size > 2 ? ` (${absorbed.size} ranges)` : '';
    out.push({
      title: `Merge into one ${String(curr['protocol'] ?? '')} range [${lo}-${hi}]${more}`.replace('  ', ' '),
      code: 'PR-09',
      isPreferred: true,
      edits: merge as TextEdit[],
    });
  }
  // shift: the later-starting range starts after the other one's end (not possible when it lies inside it)
  if (ce > pe && pe + 1 <= 65535) {
    const e = setNum(currIdx, 'start', pe + 1);
    if (e) out.push({ title: `Start the range [${cs}-${ce}] at ${pe + 1}`, code: 'PR-09', isPreferred: false, edits: [e] });
  }
  return out;
}

/** The range that sorts just before `k` among ranges of the same protocol (what KubeVirt compared). */
function findOverlapping(ranges: Record<string, unknown>[], k: number): number | undefined {
  const p = ranges[k]!['protocol'];
  const same = ranges
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r['protocol'] === p)
    .sort((a, b) => Number(a.r['start']) - Number(b.r['start']) || Number(a.r['end']) - Number(b.r['end']));
  const pos = same.findIndex((x) => x.i === k);
  return pos > 0 ? same[pos - 1]!.i : undefined;
}

/** Edits that can apply together (removals of neighbours in a flow list could share a comma). */
function disjoint(edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return sorted.every((e, i) => i === 0 || sorted[i - 1]!.span.end <= e.span.start);
}
