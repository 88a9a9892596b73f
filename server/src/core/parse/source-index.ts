// A compact, plain-data source map of one document: every mapping entry and sequence item with its
// object path and the ranges of its key and value. It answers "what is under this offset" and "where is
// this path" without the syntax tree, so a document analysed on a worker thread can be hovered at once
// (the tree is only rebuilt for quick fixes). Same answers as pathAt/spanFor on the tree (document.ts).

import { isMap, isSeq, isScalar, isNode, type Node } from 'yaml';
import { locate, pathAt, rootNode, spanFor, type ParsedDocument, type PathAt } from './document';
import type { Path, Segment, Span } from '../types';

/** Value kinds: how a value is underlined. */
const NONE = 0;
const SCALAR = 1;
const FLOW = 2;
const BLOCK = 3;

/** Fields per entry in `nums`: keyStart, keyEnd, valueStart, valueEnd, valueKind. -1 = none. */
const W = 5;

export interface SourceIndex {
  /** Object paths, encoded (see encode); entry i is paths[i]. Pre-order: parents before children. */
  paths: string[];
  nums: Int32Array;
}

const SEP = '\u0001';
function encode(path: readonly Segment[]): string {
  return path.map((s) => (typeof s === 'number' ? `#${s}` : `$${s}`)).join(SEP);
}
function decode(s: string): Segment[] {
  if (s === '') return [];
  return s.split(SEP).map((p) => (p[0] === '#' ? Number(p.slice(1)) : p.slice(1)));
}

function kindOf(n: unknown): number {
  if (!isNode(n)) return NONE;
  if (isScalar(n)) return SCALAR;
  if ((isMap(n) || isSeq(n)) && n.flow) return FLOW;
  return isMap(n) || isSeq(n) ? BLOCK : SCALAR;
}

export function buildSourceIndex(doc: ParsedDocument): SourceIndex {
  const paths: string[] = [];
  const nums: number[] = [];
  const add = (path: Segment[], key: [number, number] | undefined, value: Node | undefined | unknown): void => {
    paths.push(encode(path));
    const vr = isNode(value) && value.range ? value.range : undefined;
    nums.push(key ? key[0] : -1, key ? key[1] : -1, vr ? vr[0] : -1, vr ? vr[1] : -1, kindOf(value));
  };
  const visit = (node: unknown, path: Segment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key;
        if (!isScalar(k) || !k.range) continue;
        const p = [...path, String(k.value)];
        add(p, [k.range[0], k.range[1]], pair.value);
        visit(pair.value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, i];
        const r = isNode(item) && item.range ? item.range : undefined;
        add(p, r ? [r[0], r[1]] : undefined, item);
        visit(item, p);
      });
    }
  };
  add([], undefined, rootNode(doc));
  visit(rootNode(doc), []);
  return { paths, nums: Int32Array.from(nums) };
}

function span(nums: Int32Array, i: number, which: 0 | 2): Span | undefined {
  const s = nums[i * W + which]!;
  return s < 0 ? undefined : { start: s, end: nums[i * W + which + 1]! };
}

/** Read-only questions about a document's text, answered from its source index. */
export class IndexedSource implements DocSource {
  private readonly decoded: Segment[][];
  constructor(
    readonly text: string,
    private readonly index: SourceIndex,
  ) {
    this.decoded = index.paths.map(decode);
  }

  /** The deepest object path whose key or value contains `offset` (relative to the document). */
  pathAt(offset: number): PathAt | undefined {
    let best: PathAt | undefined;
    let depth = -1;
    const { nums } = this.index;
    for (let i = 1; i < this.decoded.length; i++) {
      const p = this.decoded[i]!;
      const isItem = typeof p[p.length - 1] === 'number';
      const k = span(nums, i, 0);
      const v = span(nums, i, 2);
      if (!isItem && k && offset >= k.start && offset <= k.end && p.length > depth) {
        best = { path: p, part: 'key' };
        depth = p.length;
      } else if ((isItem ? k : v) && offset >= (isItem ? k : v)!.start && offset <= (isItem ? k : v)!.end && p.length > depth) {
        best = { path: p, part: 'value' };
        depth = p.length;
      }
    }
    return best;
  }

  /** Entry index of the deepest existing prefix of `path`, and how deep it is. */
  private deepest(path: Path): { i: number; depth: number } {
    let found = { i: 0, depth: 0 };
    for (let i = 1; i < this.decoded.length; i++) {
      const p = this.decoded[i]!;
      if (p.length <= found.depth || p.length > path.length) continue;
      let ok = true;
      for (let j = 0; j < p.length; j++) {
        if (String(p[j]) !== String(path[j])) {
          ok = false;
          break;
        }
      }
      if (ok) found = { i, depth: p.length };
    }
    return found;
  }

  /** Range for a finding or a hover: as spanFor in document.ts. */
  spanFor(path: Path, part: 'key' | 'value' = 'key'): Span {
    const { nums } = this.index;
    const { i, depth } = this.deepest(path);
    const exact = depth === path.length;
    const key = i === 0 ? undefined : span(nums, i, 0);
    const value = span(nums, i, 2);
    const kind = nums[i * W + 4]!;
    let s: Span | undefined;
    if (exact && part === 'value') s = (kind === SCALAR || kind === FLOW) && value ? value : (key ?? value);
    if (!s) s = key ?? value;
    if (!s) {
      const m = /\S/.exec(this.text);
      const at = m ? m.index : 0;
      s = { start: at, end: Math.max(at, this.lineEnd(at)) };
    }
    if (s.end - s.start > 0) {
      const eol = this.lineEnd(s.start);
      if (eol < s.end) s = { start: s.start, end: eol };
    }
    return s;
  }

  /** Start offsets of the items of the sequence at `path`, or undefined when it has none. */
  itemStarts(path: Path): number[] | undefined {
    const prefix = encode(path);
    const out: number[] = [];
    for (let j = 1; j < this.decoded.length; j++) {
      const p = this.decoded[j]!;
      if (p.length !== path.length + 1 || typeof p[path.length] !== 'number') continue;
      if (path.length > 0 && !this.index.paths[j]!.startsWith(prefix + SEP)) continue;
      out[p[path.length] as number] = this.index.nums[j * W]!;
    }
    return out.length > 0 ? out : undefined;
  }

  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl < 0 ? this.text.length : nl;
    return this.text[end - 1] === '\r' ? end - 1 : end;
  }
}

/** What hover needs to know about a document's text: IndexedSource, or TreeSource where the tree is at hand. */
export interface DocSource {
  readonly text: string;
  pathAt(offset: number): PathAt | undefined;
  spanFor(path: Path, part?: 'key' | 'value'): Span;
  itemStarts(path: Path): number[] | undefined;
}

/** The same answers straight from the syntax tree (no index to build when the tree is in memory). */
export class TreeSource implements DocSource {
  constructor(private readonly doc: ParsedDocument) {}
  get text(): string {
    return this.doc.text;
  }
  pathAt(offset: number): PathAt | undefined {
    return pathAt(this.doc, offset);
  }
  spanFor(path: Path, part: 'key' | 'value' = 'key'): Span {
    return spanFor(this.doc, path, part);
  }
  itemStarts(path: Path): number[] | undefined {
    const loc = locate(this.doc, path);
    if (loc.depth !== path.length || !isSeq(loc.node) || loc.node.items.length === 0) return undefined;
    return loc.node.items.map((it) => (isNode(it) && it.range ? it.range[0] : -1));
  }
}
