// One YAML document: its syntax tree, its plain-JSON value (as kubectl would send it), its parse
// problems, and a source map from object paths to text ranges (and back, for hover and quick fixes).
// The text is one chunk as kubectl splits a stream (see kubectl-text.ts); only the part up to a `...`
// line is parsed, as go-yaml reads only the first document of a chunk. Like go-yaml, which stops at its
// first error, a document gets at most one YAML-SYNTAX problem.

import { parseDocument, isMap, isSeq, isPair, isScalar, isNode, visit, type Document, type Node, type Pair } from 'yaml';
import { PARSE_OPTIONS } from './yaml11';
import { badSeparator, controlCharacter, documentEnd, ignoredAfter, type DocumentEnd } from './kubectl-text';
import { offsetMapper, reindentQuoted, type Insertion } from './quoted-continuation';
import { goDecode, GoDecodeError } from './go-decode';
import { parseBlockSubset, plainValueOf } from './block-subset';
import type { Path, Segment, Span } from '../types';

export interface ParseProblem {
  code: 'YAML-SYNTAX' | 'YAML-DUPKEY' | 'YAML-DECODE';
  message: string;
  /** Range relative to the document start. */
  span: Span;
}

export interface ParsedDocument {
  /** The document's text (a slice of the file). */
  text: string;
  yaml: Document.Parsed;
  problems: ParseProblem[];
  /** A `...` line followed by text kubectl never reads (up to the next `---`). */
  documentEnd?: DocumentEnd;
  /** Root of the resource this view is about, when it is nested in the document (Template objects, List items). */
  root?: unknown;
}

export function parseYamlDocument(text: string): ParsedDocument {
  const end = documentEnd(text);
  const parsedText = end ? text.slice(0, end.cut) : text;
  // The yaml library's own unique-key check is quadratic per mapping; ours is one pass with a Set.
  // the plain block subset most manifests are written in, built directly (block-subset.ts); else the full parser
  const yaml = parseBlockSubset(parsedText) ?? parseKubectlYaml(parsedText);
  const problems: ParseProblem[] = [];
  const syntax = firstSyntaxProblem(parsedText, yaml) ?? (end && endBeforeContent(text, end.marker));
  if (syntax) problems.push(syntax);
  else findDuplicateKeys(yaml.contents, problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  const doc: ParsedDocument = { text, yaml, problems };
  if (end) {
    const ignored = ignoredAfter(text, end.cut);
    if (ignored) doc.documentEnd = { marker: end.marker, ignored: ignored.span, ignoredLines: ignored.lines };
  }
  return doc;
}

/**
 * Parses like the yaml library, except for quoted scalars and flow collections continued on less-indented
 * lines, which go-yaml accepts (see quoted-continuation.ts): those are re-indented, a few rounds at most
 * (one repair can reveal the next).
 */
function parseKubectlYaml(text: string): Document.Parsed {
  let yaml = parseDocument(text, PARSE_OPTIONS) as Document.Parsed;
  let current = text;
  const insertions: Insertion[] = [];
  for (let round = 0; round < 8; round++) {
    if (yaml.errors.length === 0) break;
    // an error on a line that continues a quoted scalar or a flow collection opened above it
    const lineStarts = yaml.errors.map((e) => current.lastIndexOf('\n', Math.max(0, e.pos[0] - 1)));
    const quoted = [...yaml.errors.map((e) => e.pos[0]), ...lineStarts.filter((p) => p > 0)];
    const flows = yaml.errors.filter((e) => e.code === 'BAD_INDENT' && /^Flow (sequence|map) in block collection/.test(e.message));
    const fixed = reindentQuoted(
      current,
      quoted,
      flows.map((e) => e.pos[0]),
    );
    if (!fixed) break;
    const next = parseDocument(fixed.text, PARSE_OPTIONS) as Document.Parsed;
    // keep the repair only when it helps
    if (next.errors.length >= yaml.errors.length) break;
    // insertions are offsets of `current`: express them in the original text
    const toOriginal = offsetMapper(insertions);
    for (const ins of fixed.insertions) insertions.push({ at: toOriginal(ins.at), count: ins.count });
    insertions.sort((a, b) => a.at - b.at);
    current = fixed.text;
    yaml = next;
  }
  if (insertions.length === 0) return yaml;
  const back = offsetMapper(mergeInsertions(insertions));
  const mapRange = (r: [number, number, number] | undefined | null): void => {
    if (r) for (let i = 0; i < 3; i++) r[i] = back(r[i]!);
  };
  visit(yaml, {
    Node: (_k, n) => {
      mapRange(n.range as [number, number, number] | undefined);
    },
  });
  mapRange(yaml.range as [number, number, number]);
  for (const e of yaml.errors) e.pos = [back(e.pos[0]), back(e.pos[1])];
  return yaml;
}

function mergeInsertions(list: Insertion[]): Insertion[] {
  const out: Insertion[] = [];
  for (const ins of list) {
    const last = out[out.length - 1];
    if (last && last.at === ins.at) last.count += ins.count;
    else out.push({ ...ins });
  }
  return out;
}

/**
 * A `...` before any content: each chunk is a new stream for go-yaml, whose first document cannot start with
 * a document end (parserc.go yaml_parser_parse_document_start, implicit document: "did not find expected node content").
 */
function endBeforeContent(text: string, marker: Span): ParseProblem | undefined {
  const before = text.slice(0, marker.start).replace(/^---.*(\n|$)/, '');
  if (/^[ \t]*[^\s#%]/m.test(before)) return undefined;
  return {
    code: 'YAML-SYNTAX',
    message: 'did not find expected node content: the document starts with `...` (a document end), which kubectl rejects',
    span: marker,
  };
}

/** The first problem kubectl's reader or parser would stop at, if any. */
function firstSyntaxProblem(text: string, yaml: Document.Parsed): ParseProblem | undefined {
  const candidates: ParseProblem[] = [];
  const ctl = controlCharacter(text);
  if (ctl) candidates.push({ code: 'YAML-SYNTAX', message: ctl.message, span: ctl.span });
  const sep = badSeparator(text);
  if (sep) candidates.push({ code: 'YAML-SYNTAX', message: sep.message, span: sep.span });
  const directive = /^%YAML[ \t]+(\d+)\.(\d+)/m.exec(text);
  if (directive && (directive[1] !== '1' || directive[2] !== '1')) {
    candidates.push({
      code: 'YAML-SYNTAX',
      message: `found incompatible YAML document: kubectl's YAML parser (go-yaml v2) reads only %YAML 1.1`,
      span: { start: directive.index, end: directive.index + directive[0].length },
    });
  }
  for (const e of yaml.errors) {
    candidates.push({
      code: 'YAML-SYNTAX',
      message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
    });
  }
  if (candidates.length === 0) return undefined;
  return candidates.reduce((a, b) => (b.span.start < a.span.start ? b : a));
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
  return `duplicate key ${JSON.stringify(key)}: kubectl keeps this later value and silently drops the earlier one`;
}

/** The document's value as plain JSON (the way kubectl turns YAML into JSON); undefined when kubectl fails. */
export function toPlain(doc: ParsedDocument): unknown {
  return decodePlain(doc).value;
}

/** The document's value as kubectl sends it, or the decoding problem kubectl stops at. */
export function decodePlain(doc: ParsedDocument): { value: unknown; problem?: ParseProblem } {
  try {
    // built by the block subset's fast path: its plain value is go-yaml's decoding (block-subset.ts)
    const fast = plainValueOf(doc.yaml);
    if (fast) return fast;
    return { value: goDecode(doc.yaml, doc.text.length) };
  } catch (e) {
    if (e instanceof GoDecodeError) return { value: undefined, problem: { code: 'YAML-DECODE', message: e.message, span: e.span } };
    if (e instanceof RangeError) {
      return {
        value: undefined,
        problem: { code: 'YAML-DECODE', message: 'the document nests too deeply to decode', span: { start: 0, end: 1 } },
      };
    }
    throw e;
  }
}

/** The root node a path starts from: the nested resource of a view, else the document's contents. */
export function rootNode(doc: ParsedDocument): unknown {
  return doc.root !== undefined ? doc.root : doc.yaml.contents;
}

/** The value of a top-level scalar key, read from the syntax tree without converting the whole document. */
export function topLevelScalar(doc: ParsedDocument, key: string): unknown {
  const root = rootNode(doc);
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
  let node: unknown = rootNode(doc);
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
  const visitPaths = (node: unknown, path: Segment[]): void => {
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
          visitPaths(v, p);
          return;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const s = nodeSpan(item);
        if (s && offset >= s.start && offset <= s.end) {
          best = { path: [...path, i], part: 'value' };
          visitPaths(item, [...path, i]);
        }
      });
    }
  };
  visitPaths(rootNode(doc), []);
  return best;
}
