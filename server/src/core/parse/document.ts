// One YAML document: its syntax tree, its plain-JSON value (as kubectl would send it), its parse
// problems, and a source map from object paths to text ranges (and back, for hover and quick fixes).

import { parseDocument, isMap, isSeq, isPair, isScalar, isNode, type Document, type Node, type Pair } from 'yaml';
import { PARSE_OPTIONS } from './yaml11';
import type { Path, Segment, Span } from '../types';

export interface ParseProblem {
  code: 'YAML-SYNTAX' | 'YAML-DUPKEY';
  message: string;
  /** Range relative to the document start. */
  span: Span;
}

export interface ParsedDocument {
  /** The document's text (a slice of the file). */
  text: string;
  yaml: Document.Parsed;
  problems: ParseProblem[];
}

export function parseYamlDocument(text: string): ParsedDocument {
  // The yaml library's own unique-key check is quadratic per mapping; ours is one pass with a Set.
  const yaml = parseDocument(text, PARSE_OPTIONS) as Document.Parsed;
  const problems: ParseProblem[] = [];
  for (const e of yaml.errors) {
    problems.push({
      code: 'YAML-SYNTAX',
      message: e.message.split('\n')[0]!,
      span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
    });
  }
  findDuplicateKeys(yaml.contents, problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  return { text, yaml, problems };
}

/** Every later occurrence of a key already used in the same mapping (merge keys `<<` excepted). */
function findDuplicateKeys(node: unknown, out: ParseProblem[]): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const k = pair.key;
      if (isScalar(k) && k.range) {
        const key = String(k.value);
        if (seen.has(key) && key !== '<<') {
          out.push({ code: 'YAML-DUPKEY', message: duplicateKeyMessage(key), span: { start: k.range[0], end: k.range[1] } });
        }
        seen.add(key);
      }
      findDuplicateKeys(pair.value, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) findDuplicateKeys(item, out);
  }
}

function duplicateKeyMessage(key: string): string {
  return `duplicate key ${JSON.stringify(key)}: the API server's strict decoding rejects a mapping with the same key twice`;
}

/** The document's value as plain JSON (the way kubectl turns YAML into JSON). */
export function toPlain(doc: ParsedDocument): unknown {
  try {
    return doc.yaml.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

/** The value of a top-level scalar key, read from the syntax tree without converting the whole document. */
export function topLevelScalar(doc: ParsedDocument, key: string): unknown {
  const root = doc.yaml.contents;
  if (!isMap(root)) return undefined;
  for (const item of root.items) {
    if (isScalar(item.key) && item.key.value === key) return isScalar(item.value) ? item.value.value : undefined;
  }
  return undefined;
}

export interface Located {
  /** The mapping pair when the path ends at a mapping entry. */
  pair?: Pair<unknown, unknown>;
  /** The node at the path (the pair's value, or the sequence item). */
  node?: Node;
  /** Range of the key (mapping entry) or the item (sequence entry). */
  keySpan?: Span;
  /** Range of the value, when there is one in the text. */
  valueSpan?: Span;
  /** How much of the asked path exists in the text. */
  depth: number;
}

function nodeSpan(n: unknown): Span | undefined {
  if (isNode(n) && n.range) return { start: n.range[0], end: n.range[1] };
  return undefined;
}

/**
 * Follows `path` through the syntax tree as far as it exists. Ranges are relative to the document.
 * Sequence items are addressed by index; mapping entries by key (scalar keys compared as strings).
 */
export function locate(doc: ParsedDocument, path: Path): Located {
  let node: unknown = doc.yaml.contents;
  let located: Located = { node: isNode(node) ? node : undefined, valueSpan: nodeSpan(node), depth: 0 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return located;
      const value = pair.value;
      located = {
        pair,
        node: isNode(value) ? value : undefined,
        keySpan: nodeSpan(pair.key),
        valueSpan: nodeSpan(value),
        depth: i + 1,
      };
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return located;
      const span = nodeSpan(item);
      located = { node: isNode(item) ? item : undefined, keySpan: span, valueSpan: span, depth: i + 1 };
      node = item;
    } else {
      return located;
    }
  }
  return located;
}

/** Range for a finding: the key (default) or the value of the deepest existing part of `path`. */
export function spanFor(doc: ParsedDocument, path: Path, part: 'key' | 'value' = 'key'): Span {
  const loc = locate(doc, path);
  const exact = loc.depth === path.length;
  let span: Span | undefined;
  if (exact && part === 'value') span = scalarOrKey(loc);
  if (!span) span = loc.keySpan ?? loc.valueSpan;
  if (!span) {
    // empty document or path into nothing: the first non-blank character
    const m = /\S/.exec(doc.text);
    const s = m ? m.index : 0;
    span = { start: s, end: Math.max(s, lineEndAt(doc.text, s)) };
  }
  // a whole block collection is too big to underline: use its first line
  if (span.end - span.start > 0) {
    const eol = lineEndAt(doc.text, span.start);
    if (eol < span.end) span = { start: span.start, end: eol };
  }
  return span;
}

function scalarOrKey(loc: Located): Span | undefined {
  if (loc.valueSpan && loc.node && isScalar(loc.node)) return loc.valueSpan;
  if (loc.valueSpan && loc.node && (isMap(loc.node) || isSeq(loc.node)) && loc.node.flow) return loc.valueSpan;
  return loc.keySpan ?? loc.valueSpan;
}

function lineEndAt(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

export interface PathAt {
  path: Segment[];
  part: 'key' | 'value';
}

/** The deepest object path whose key or value contains `offset` (relative to the document). */
export function pathAt(doc: ParsedDocument, offset: number): PathAt | undefined {
  let best: PathAt | undefined;
  const visit = (node: unknown, path: Segment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const v = pair.value;
        const key = isScalar(k) ? String(k.value) : undefined;
        if (key === undefined) continue;
        const ks = nodeSpan(k);
        const vs = nodeSpan(v);
        const p = [...path, key];
        if (ks && offset >= ks.start && offset <= ks.end) {
          best = { path: p, part: 'key' };
          return;
        }
        if (vs && offset >= vs.start && offset <= vs.end) {
          best = { path: p, part: 'value' };
          visit(v, p);
          return;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const s = nodeSpan(item);
        if (s && offset >= s.start && offset <= s.end) {
          best = { path: [...path, i], part: 'value' };
          visit(item, [...path, i]);
        }
      });
    }
  };
  visit(doc.yaml.contents, []);
  return best;
}
