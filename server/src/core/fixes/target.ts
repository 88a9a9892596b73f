// What a quick fix works on: the finding, the document it sits in, and the document's syntax tree with
// ranges turned into file offsets. Fixes read facts from the finding's `data` when present and otherwise
// compute them from the document (the finding's `at` path and the YAML tree).

import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocAnalysis, FileAnalysis } from '../analyze';
import type { Path, PlacedFinding, Segment, Span } from '../types';
import { rootNode } from '../parse/document';
import { obj } from '../model/values';

export interface FixTarget {
  file: FileAnalysis;
  doc: DocAnalysis;
  finding: PlacedFinding;
  /** The whole file's text. */
  text: string;
}

/** The document that holds the finding. */
export function targetOf(file: FileAnalysis, finding: PlacedFinding): FixTarget | undefined {
  const doc =
    file.docs.find((d) => d.findings.includes(finding)) ??
    file.docs.find((d) => finding.span.start >= d.start && finding.span.start < d.end) ??
    file.docs[file.docs.length - 1];
  if (!doc) return undefined;
  return { file, doc, finding, text: file.text };
}

/** A node's range in file offsets: [start, end of value) (comments after it excluded). */
export function spanOf(t: FixTarget, node: unknown): Span | undefined {
  if (isNode(node) && node.range) return { start: t.doc.start + node.range[0], end: t.doc.start + node.range[1] };
  return undefined;
}

/** Follows an object path through the syntax tree; undefined when any step is missing. */
export function nodeAt(t: FixTarget, path: Path): Node | undefined {
  let node: unknown = rootNode(t.doc.parsed);
  for (const seg of path) {
    node = childOf(node, seg);
    if (node === undefined) return undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The mapping pair at `path` (its last segment a key) with its parent map. */
export function pairAt(t: FixTarget, path: Path): { map: YAMLMap; pair: Pair } | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? rootNode(t.doc.parsed) : nodeAt(t, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const key = String(path[path.length - 1]);
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair ? { map: parent as YAMLMap, pair: pair as Pair } : undefined;
}

export function childOf(node: unknown, seg: Segment): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    return pair ? (pair.value ?? null) : undefined;
  }
  if (isSeq(node) && typeof seg === 'number') return node.items[seg];
  return undefined;
}

export function seqAt(t: FixTarget, path: Path): YAMLSeq | undefined {
  const n = nodeAt(t, path);
  return isSeq(n) ? (n as YAMLSeq) : undefined;
}

/** The path up to and including the last occurrence of `key` (e.g. …'interfaces'). */
export function prefixThrough(path: Path, key: string): Segment[] | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (path[i] === key) return path.slice(0, i + 1);
  return undefined;
}

/** The index that follows `key` in the path (…'interfaces', 3 → 3). */
export function indexAfter(path: Path, key: string): number | undefined {
  const pre = prefixThrough(path, key);
  if (!pre) return undefined;
  const v = path[pre.length];
  return typeof v === 'number' ? v : undefined;
}

/** The VMI spec path of the finding's resource (['spec'], ['spec','template','spec'], …). */
export function specPathOf(t: FixTarget): Path | undefined {
  return t.doc.resource?.specPath;
}

/** A plain value at a path of the document's JSON value. */
export function valueAt(t: FixTarget, path: Path): unknown {
  let v: unknown = t.doc.value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** A number from `data` when the rule carried it. */
export function dataNumber(t: FixTarget, key: string): number | undefined {
  const v = t.finding.data?.[key];
  return typeof v === 'number' ? v : undefined;
}

export function dataString(t: FixTarget, key: string): string | undefined {
  const v = t.finding.data?.[key];
  return typeof v === 'string' ? v : undefined;
}

export type Obj = Record<string, unknown>;

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Structural equality of two plain JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const oa = obj(a);
  const ob = obj(b);
  if (!oa || !ob) return false;
  const ka = Object.keys(oa);
  const kb = Object.keys(ob);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameValue(oa[k], ob[k]));
}
