// A fast path for the YAML that Kubernetes manifests are nearly always written in: block mappings and block
// sequences of plain, single-line quoted and empty-flow (`{}` / `[]`) scalars, with comments. It builds the
// same syntax tree the yaml library would (its node classes, values resolved by the same kubectl YAML 1.1
// tags, the same ranges), in one pass over the lines and without the library's lexer, CST and composer.
//
// Anything outside that subset makes it decline (undefined), and the caller parses with the full parser:
// anchors, aliases, tags, merge keys, block scalars (`|`, `>`), multi-line or escaped quoted scalars,
// multi-line plain scalars, non-empty flow collections, complex or quoted keys, keys that do not resolve to
// their own text (`y`, `1`, `null`), tabs, CR, BOMs and control characters, directives, `---` with text after
// it and `...`, a root that is not a mapping at column 0, and text that is not valid YAML.
//
// What it does not reproduce, because nothing in the pipeline reads it: comments (node.comment, commentBefore,
// spaceBefore). test/core/parse/block-subset.test.ts checks, by property-based testing against the yaml library,
// that every tree it builds equals the library's (node types, values, scalar types and formats, ranges).

import {
  Document,
  isDocument,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
  type Schema,
  type ScalarTag,
} from 'yaml';
import { PARSE_OPTIONS } from './yaml11';

/** Thrown inside the parser to decline; never escapes it. */
class Decline extends Error {}
function decline(): never {
  throw new Decline();
}

// ---------------------------------------------------------------------------------------------- scalars
/** Manifests nest a few dozen levels; deeper documents are left to the full parser. */
const MAX_DEPTH = 64;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const NL = 0x0a;

/** Characters this path reads: printable ASCII, newline and non-ASCII up to U+FFFD except the BOM (U+FEFF). */
const OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

let scalarTags: ScalarTag[] | undefined;
let stringTag: ScalarTag | undefined;
let sharedSchema: Schema | undefined;
/** Plain scalars resolved once per process: manifests repeat the same few hundred values. */
const resolved = new Map<string, { value: unknown; format?: string }>();

function tags(): ScalarTag[] {
  if (!scalarTags) {
    const schema = new Document(null, PARSE_OPTIONS).schema;
    sharedSchema = schema;
    scalarTags = schema.tags.filter((t): t is ScalarTag => !(t as { collection?: string }).collection);
    stringTag = (schema as unknown as Record<symbol, ScalarTag>)[Symbol.for('yaml.scalar')];
  }
  return scalarTags;
}

/** A plain scalar's value and format, as the yaml library's composer resolves it (compose-scalar.ts). */
function resolvePlain(source: string): { value: unknown; format?: string } {
  const hit = resolved.get(source);
  if (hit) return hit;
  const tag = tags().find((t) => t.default === true && t.test?.test(source)) ?? stringTag;
  if (!tag) decline();
  let failed = false;
  let value: unknown = tag!.resolve(source, () => (failed = true), PARSE_OPTIONS as never);
  if (isScalar(value)) value = value.value; // the null and bool tags return a Scalar
  if (failed || (value !== null && typeof value === 'object')) decline();
  const r = tag!.format ? { value, format: tag!.format } : { value };
  if (resolved.size > 20000) resolved.clear();
  resolved.set(source, r);
  return r;
}

// ---------------------------------------------------------------------------------------------- nodes
// The yaml library's node constructors each define their type (a symbol) on the new object with
// Object.defineProperty, which is most of the cost of building a tree. These nodes are objects of the same
// classes whose type comes from a prototype made once per class; isScalar/isMap/…, instanceof and clone()
// behave the same (checked at load: `nodesWork`).
const NODE_TYPE = Symbol.for('yaml.node.type');
function prototypeOf<T extends object>(cls: { prototype: T }, type: string, schema?: () => Schema): T {
  const proto = Object.create(cls.prototype) as T;
  Object.defineProperty(proto, NODE_TYPE, { value: Symbol.for(type) });
  // a collection's schema (non-enumerable, as the library's constructor defines it)
  if (schema)
    Object.defineProperty(proto, 'schema', {
      get: schema,
      set(v) {
        Object.defineProperty(this, 'schema', { value: v, writable: true, configurable: true });
      },
      configurable: true,
      enumerable: false,
    });
  return proto;
}
const SCALAR_PROTO = prototypeOf(Scalar, 'yaml.scalar');
const DOC_PROTO = prototypeOf(Document, 'yaml.document');
let template: Document | undefined;

/** The plain value of each document this path built (what go-decode.ts computes from the tree, for this subset). */
const plainValues = new WeakMap<Document, unknown>();

/**
 * The document's value as kubectl decodes it, when this path built the document (for this subset: no aliases,
 * merges or non-string keys, so go-yaml's decoding is the plain conversion); undefined otherwise. It is handed
 * out once (callers may change what they get): later calls get undefined and decode the tree themselves.
 */
export function plainValueOf(doc: Document): { value: unknown } | undefined {
  if (!plainValues.has(doc)) return undefined;
  const value = plainValues.get(doc);
  plainValues.delete(doc);
  return { value };
}

/** A Document with this text's contents; options, directives and schema shared with one made by the library. */
function newDocument(contents: Node, range: [number, number, number]): Document.Parsed {
  template ??= new Document(null, PARSE_OPTIONS);
  const d = Object.create(DOC_PROTO) as Document.Parsed;
  d.commentBefore = null;
  d.comment = null;
  d.errors = [];
  d.warnings = [];
  d.options = template.options;
  d.directives = template.directives as Document.Parsed['directives'];
  d.schema = template.schema;
  d.contents = contents as Document.Parsed['contents'];
  d.range = range;
  return d;
}
const PAIR_PROTO = prototypeOf(Pair, 'yaml.pair');
const MAP_PROTO = prototypeOf(YAMLMap, 'yaml.map', () => sharedSchema!);
const SEQ_PROTO = prototypeOf(YAMLSeq, 'yaml.seq', () => sharedSchema!);

function newPair(key: Node, value: Node): Pair {
  const p = Object.create(PAIR_PROTO) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

function newMap(): YAMLMap {
  const m = Object.create(MAP_PROTO) as YAMLMap;
  m.items = [];
  return m;
}

function newSeq(): YAMLSeq {
  const s = Object.create(SEQ_PROTO) as YAMLSeq;
  s.items = [];
  return s;
}

const nodesWork = ((): boolean => {
  tags();
  const s: unknown = Object.create(SCALAR_PROTO);
  const m: unknown = newMap();
  const q: unknown = newSeq();
  const scalarOk = isScalar(s) && s instanceof Scalar && !isMap(s) && isDocument(newDocument(s as Scalar, [0, 0, 0]));
  const mapOk = isMap(m) && m.clone() instanceof YAMLMap && !isSeq(m as object) && m.schema !== undefined;
  return scalarOk && mapOk && isSeq(q) && isPair(newPair(s as Scalar, s as Scalar));
})();

function scalar(value: unknown, source: string, type: Scalar.Type, range: [number, number, number], format?: string): Scalar {
  const s = Object.create(SCALAR_PROTO) as Scalar;
  s.value = value;
  s.range = range;
  s.source = source;
  s.type = type;
  if (format) s.format = format;
  return s;
}

// ---------------------------------------------------------------------------------------------- lines
const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

interface Lines {
  start: Int32Array; // offset of the line
  end: Int32Array; // offset of its '\n' (or the text's end)
  indent: Int32Array; // leading spaces
  kind: Uint8Array;
  count: number;
}

/** Line tables reused from one document to the next (the parser is not re-entrant): no allocation per document. */
let shared: Lines = {
  start: new Int32Array(256),
  end: new Int32Array(256),
  indent: new Int32Array(256),
  kind: new Uint8Array(256),
  count: 0,
};

function splitLines(text: string): Lines {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (n > shared.start.length) {
    const cap = Math.max(n, shared.start.length * 2);
    shared = { start: new Int32Array(cap), end: new Int32Array(cap), indent: new Int32Array(cap), kind: new Uint8Array(cap), count: 0 };
  }
  const lines = shared;
  lines.count = n;
  let at = 0;
  for (let l = 0; l < n; l++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let p = at;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    lines.start[l] = at;
    lines.end[l] = end;
    lines.indent[l] = p - at;
    lines.kind[l] = p === end ? BLANK : text.charCodeAt(p) === HASH ? COMMENT : CONTENT;
    at = end + 1;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------- the parser
/**
 * The syntax tree of `text` (one document, as parseDocument(text, PARSE_OPTIONS) would build it), or undefined
 * when the text is outside the subset this path handles.
 */
export function parseBlockSubset(text: string): Document.Parsed | undefined {
  if (!nodesWork || OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new BlockParser(text).document();
  } catch (e) {
    if (e instanceof Decline || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * Where comment lines after a value end up decides the ranges, so it follows the yaml library's parser
 * (parse/parser.ts, blockMap / blockSequence / pop):
 * - after a value that is not a block collection or a block scalar, comment lines indented deeper than its
 *   collection (blank lines between them allowed) belong to the value: its node end moves past them;
 * - the other comment lines before the next content line are "pending": if the next line continues the
 *   collection they precede its next entry; if collections close there, the innermost closing collection keeps
 *   them (its node end moves past them) unless it is at column 0 or every one of them is indented less than
 *   it, in which case they go on to its parent, which decides the same way.
 */
class BlockParser {
  private readonly lines: Lines;
  /** The next line to look at. */
  private line = 0;
  /** First line of the pending comment lines no collection has taken (see above). */
  private pendingFrom = 0;
  /** Collections open around the current line (deeper documents go to the full parser and its limits). */
  private depth = 0;
  /** The plain value of the node built last. */
  private plain: unknown = null;

  constructor(private readonly text: string) {
    tags();
    this.lines = splitLines(text);
  }

  document(): Document.Parsed {
    const { lines, text } = this;
    let first = -1;
    let marker = -1;
    for (let l = 0; l < lines.count; l++) {
      if (lines.kind[l] !== CONTENT) continue;
      const s = lines.start[l]!;
      if (lines.indent[l] === 0 && text.startsWith('---', s)) {
        // the document's own `---`, alone on its line, before any content
        if (marker >= 0 || text.slice(s + 3, lines.end[l]).trim() !== '') decline();
        marker = l;
        continue;
      }
      first = l;
      break;
    }
    if (first < 0 || lines.indent[first] !== 0) decline(); // empty, or not a mapping at column 0
    this.line = first;
    const root = this.mapping(0, lines.start[first]!);
    // nothing but comments and blank lines may follow
    if (this.nextContent() < lines.count) decline();
    const doc = newDocument(root, [marker >= 0 ? lines.start[marker]! : root.range![0], root.range![1], text.length]);
    plainValues.set(doc, this.plain);
    return doc;
  }

  /** The next content line at or after this.line (comments and blank lines skipped), or lines.count. */
  private nextContent(): number {
    const { lines } = this;
    let l = this.line;
    while (l < lines.count && lines.kind[l] !== CONTENT) l++;
    return l;
  }

  /** Offset just past line `l` (its newline, or the text's end). */
  private pastLine(l: number): number {
    return Math.min(this.lines.end[l]! + 1, this.text.length);
  }

  /**
   * After a value that ended on the line before this.line, in a collection at column `indent`: the comment lines
   * deeper than `indent` that belong to it move its node end; the comment lines after them are pending.
   */
  private attachDeeper(value: Node, indent: number): void {
    const { lines } = this;
    let l = this.line;
    let last = -1;
    for (; l < lines.count && lines.kind[l] !== CONTENT; l++) {
      if (lines.kind[l] !== COMMENT) continue;
      if (lines.indent[l]! <= indent) break;
      last = l;
    }
    if (last >= 0) {
      value.range![2] = this.pastLine(last);
      this.line = last + 1;
    }
    this.pendingFrom = this.line;
  }

  /**
   * Range of a collection at column `indent` whose last child ends at `lastEnd` (this.line is past it): the
   * pending comment lines before the next content line, if it keeps them. Moves to the next content line.
   */
  private close(node: YAMLMap | YAMLSeq, indent: number, start: number, lastEnd: number): void {
    const { lines } = this;
    const next = this.nextContent();
    let end = lastEnd;
    if (indent > 0) {
      let last = -1;
      let shallower = true;
      for (let l = this.pendingFrom; l < next; l++) {
        if (lines.kind[l] !== COMMENT) continue;
        last = l;
        if (lines.indent[l]! >= indent) shallower = false;
      }
      // it keeps them: its node end moves to the next content (past blank lines and the next line's indentation)
      if (last >= 0 && !shallower) {
        end = next < lines.count ? lines.start[next]! + lines.indent[next]! : this.text.length;
        this.pendingFrom = next;
      }
    }
    node.range = [start, lastEnd, end];
    this.line = next;
  }

  /**
   * A block mapping whose keys sit at column `indent`; the first key starts at `keyAt` on this.line (a
   * mapping in a sequence item starts on the item's `- ` line).
   */
  private mapping(indent: number, keyAt: number): YAMLMap {
    const { lines, text } = this;
    if (++this.depth > MAX_DEPTH) decline();
    const map = newMap();
    const obj: Record<string, unknown> = {};
    let at = keyAt;
    let lastEnd = keyAt;
    for (;;) {
      const l = this.line;
      const lineEnd = lines.end[l]!;
      // the key: a plain scalar that resolves to its own text, then `:` and a space or the line's end
      let p = at;
      if (!isKeyStart(text.charCodeAt(p))) decline();
      while (p < lineEnd && isKeyChar(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) !== COLON || (p + 1 < lineEnd && text.charCodeAt(p + 1) !== SPACE)) decline();
      const keyText = text.slice(at, p);
      if (resolvePlain(keyText).value !== keyText || keyText === '__proto__') decline();
      const key = scalar(keyText, keyText, 'PLAIN', [at, p, p]);
      // the value: on this line, or the block below
      let v = p + 1;
      while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
      map.items.push(newPair(key, this.value(indent, v, lineEnd, true)));
      obj[keyText] = this.plain;
      lastEnd = (map.items[map.items.length - 1]!.value as Node).range![2];
      // the next entry, or the end of this mapping
      const next = this.nextContent();
      if (next >= lines.count || lines.indent[next]! < indent) break;
      if (lines.indent[next]! > indent) decline();
      // a sequence at this column ends the mapping (the parent decides whether that is valid)
      if (isSeqEntry(text, lines.start[next]! + indent, lines.end[next]!)) break;
      this.line = next;
      at = lines.start[next]! + indent;
    }
    this.close(map, indent, keyAt, lastEnd);
    this.depth--;
    this.plain = obj;
    return map;
  }

  /** A block sequence whose dashes sit at column `indent`, starting on this.line. */
  private sequence(indent: number): YAMLSeq {
    const { lines, text } = this;
    if (++this.depth > MAX_DEPTH) decline();
    const seq = newSeq();
    const arr: unknown[] = [];
    const start = lines.start[this.line]! + indent;
    let lastEnd = start;
    for (;;) {
      const l = this.line;
      const lineEnd = lines.end[l]!;
      let v = lines.start[l]! + indent + 1;
      while (v < lineEnd && text.charCodeAt(v) === SPACE) v++;
      let item: Node;
      if (v < lineEnd && isSeqEntry(text, v, lineEnd)) decline(); // `- - x`
      if (v < lineEnd && startsMappingEntry(text, v, lineEnd)) item = this.mapping(v - lines.start[l]!, v);
      else item = this.value(indent, v, lineEnd, false);
      seq.items.push(item);
      arr.push(this.plain);
      lastEnd = item.range![2];
      const next = this.nextContent();
      if (next >= lines.count || lines.indent[next]! < indent) break;
      if (lines.indent[next]! > indent) decline();
      if (!isSeqEntry(text, lines.start[next]! + indent, lines.end[next]!)) break; // the parent mapping goes on
      this.line = next;
    }
    this.close(seq, indent, start, lastEnd);
    this.depth--;
    this.plain = arr;
    return seq;
  }

  /**
   * The value after a `key:` or a `-` (at `at` on this.line, in a collection at column `indent`): a block
   * scalar, a scalar on this line, the block below, or nothing (null). Leaves this.line past it.
   */
  private value(indent: number, at: number, lineEnd: number, isKey: boolean): Node {
    const l = this.line;
    const c = this.text.charCodeAt(at);
    if (at < lineEnd && isBlockScalarStart(c)) {
      const b = this.blockScalar(indent, at, lineEnd);
      this.pendingFrom = this.line;
      this.plain = b.value;
      return b;
    }
    let value: Node;
    if (at < lineEnd && c !== HASH) {
      value = this.inline(at, lineEnd);
      this.line = l + 1;
      this.noContinuation(indent);
    } else {
      const block = this.block(indent, isKey);
      if (block) return block; // it has set this.line and pendingFrom when it closed
      // an empty value (null): the library's empty-node rules fold neighbouring comments and the next line's
      // indentation into its node end in ways that depend on the layout; rare in manifests: leave it to the library
      decline();
    }
    this.attachDeeper(value, indent);
    return value;
  }

  /**
   * The block collection below a `key:` or `-` with nothing after it on its line: deeper lines, or a sequence at
   * a key's own column; undefined when there is none (the value is empty).
   */
  private block(indent: number, isKey: boolean): Node | undefined {
    const { lines, text } = this;
    const here = this.line;
    this.line = here + 1;
    const next = this.nextContent();
    this.line = here;
    if (next >= lines.count) return undefined;
    const ind = lines.indent[next]!;
    const s = lines.start[next]! + ind;
    const seqEntry = isSeqEntry(text, s, lines.end[next]!);
    if (!(ind > indent || (isKey && ind === indent && seqEntry))) return undefined;
    this.line = next;
    if (seqEntry) return this.sequence(ind);
    if (!startsMappingEntry(text, s, lines.end[next]!)) decline(); // a scalar on its own line
    return this.mapping(ind, s);
  }

  /** A scalar (or `{}` / `[]`) that starts at `at` and ends on this line. */
  private inline(at: number, lineEnd: number): Node {
    const { text } = this;
    const c = text.charCodeAt(at);
    let end: number;
    let node: Node;
    if (c === 0x22 /* " */) {
      const close = text.indexOf('"', at + 1);
      if (close < 0 || close >= lineEnd) decline();
      const body = text.slice(at + 1, close);
      if (body.includes('\\')) decline();
      end = close + 1;
      node = scalar(body, body, 'QUOTE_DOUBLE', [at, end, 0]);
      this.plain = body;
    } else if (c === 0x27 /* ' */) {
      let q = at + 1;
      for (;;) {
        q = text.indexOf("'", q);
        if (q < 0 || q >= lineEnd) decline();
        if (text.charCodeAt(q + 1) === 0x27) q += 2;
        else break;
      }
      const body = text.slice(at + 1, q).replaceAll("''", "'");
      end = q + 1;
      node = scalar(body, body, 'QUOTE_SINGLE', [at, end, 0]);
      this.plain = body;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (text.charCodeAt(at + 1) !== (c === 0x7b ? 0x7d : 0x5d)) decline(); // only the empty `{}` / `[]`
      end = at + 2;
      const coll = c === 0x7b ? newMap() : newSeq();
      coll.flow = true;
      this.plain = c === 0x7b ? {} : [];
      coll.range = [at, end, 0];
      node = coll;
    } else {
      if (!isPlainStart(text, at, lineEnd)) decline();
      // a plain scalar ends at ` #` or at the end of the line; trailing spaces are not part of it
      let p = at;
      end = at;
      while (p < lineEnd) {
        const ch = text.charCodeAt(p);
        if (ch === HASH && text.charCodeAt(p - 1) === SPACE) break;
        if (ch === COLON && (p + 1 === lineEnd || text.charCodeAt(p + 1) === SPACE)) decline(); // `a: b: c`
        if (ch === 0x7b || ch === 0x7d || ch === 0x5b || ch === 0x5d) decline(); // flow indicators
        p++;
        if (ch !== SPACE) end = p;
      }
      const source = text.slice(at, end);
      const r = resolvePlain(source);
      node = scalar(r.value, source, 'PLAIN', [at, end, 0], r.format);
      this.plain = r.value;
    }
    // after a quoted scalar or a flow collection: spaces, then a comment or the end of the line
    let p = end;
    while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
    if (p < lineEnd && !(text.charCodeAt(p) === HASH && p > end)) decline();
    node.range![2] = Math.min(lineEnd + 1, text.length);
    return node;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `at` (clip, `-` strip or `+` keep; no
   * explicit indentation indicator), in a collection at column `parentIndent`: its lines are those below, up to
   * the first non-blank line indented less than its first one. Value as the yaml library's resolveBlockScalar.
   */
  private blockScalar(parentIndent: number, at: number, lineEnd: number): Scalar {
    const { lines, text } = this;
    const literal = text.charCodeAt(at) === 0x7c;
    let p = at + 1;
    let chomp = '';
    const ch = text.charCodeAt(p);
    if (ch === DASH || ch === 0x2b /* + */) {
      chomp = text[p]!;
      p++;
    }
    const q = p;
    while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
    // then nothing, or a comment after a space (an indentation indicator or other text: decline)
    if (p < lineEnd && !(text.charCodeAt(p) === HASH && p > q)) decline();
    const header = this.line;
    // the first non-blank line sets the indentation; blank lines before it must be empty
    let first = header + 1;
    while (first < lines.count && lines.kind[first] === BLANK) {
      if (lines.end[first]! > lines.start[first]!) decline();
      first++;
    }
    if (first >= lines.count || lines.indent[first]! <= parentIndent) decline(); // an empty block scalar
    const trim = lines.indent[first]!;
    // the block: up to the first non-blank line indented less than `trim`
    let last = first; // last non-blank line of the block
    let l = first + 1;
    for (; l < lines.count; l++) {
      if (lines.kind[l] === BLANK) {
        if (lines.end[l]! - lines.start[l]! > trim) decline(); // blank lines with more spaces than the indentation
        continue;
      }
      if (lines.indent[l]! < trim) break;
      last = l;
    }
    // clip and strip end with the last non-blank line; keep takes the blank lines after it (before `l`)
    const lastLine = chomp === '+' ? l - 1 : last;
    for (let b = last + 1; b <= lastLine; b++) if (lines.end[b]! > lines.start[b]!) decline();
    // the value (leading empty lines are kept as line breaks)
    let value = '\n'.repeat(first - header - 1);
    let sep = '';
    let prevMoreIndented = false;
    for (let i = first; i <= last; i++) {
      const indent = lines.kind[i] === BLANK ? lines.end[i]! - lines.start[i]! : lines.indent[i]!;
      const content = lines.kind[i] === BLANK ? '' : text.slice(lines.start[i]! + indent, lines.end[i]!);
      const extra = indent > trim ? ' '.repeat(indent - trim) : '';
      if (literal) {
        value += sep + extra + content;
        sep = '\n';
      } else if (indent > trim) {
        // more-indented content within a folded block
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + extra + content;
        sep = '\n';
        prevMoreIndented = true;
      } else if (content === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + content;
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    const end = this.pastLine(lastLine);
    if (chomp === '+') {
      // keep: the last line's break and every blank line after it
      for (let i = lines.end[last]!; i < end; i++) if (text.charCodeAt(i) === NL) value += '\n';
      if (!value.endsWith('\n')) value += '\n';
    } else if (chomp === '') value += '\n';
    this.line = lastLine + 1;
    return scalar(value, value, literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', [at, end, end]);
  }

  /** After a value on one line: a deeper content line would continue it (a multi-line scalar): decline. */
  private noContinuation(indent: number): void {
    const next = this.nextContent();
    if (next < this.lines.count && this.lines.indent[next]! > indent) decline();
  }
}

/** 1: may start a key (letters, digits, `_`, `.`, `/`); 2: may follow (those and `-`, which cannot start one). */
const KEY_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_./]/.test(ch)) KEY_CHARS[c] = 3;
  else if (ch === '-') KEY_CHARS[c] = 2;
}

function isKeyStart(c: number): boolean {
  return c < 128 && (KEY_CHARS[c]! & 1) !== 0;
}

function isKeyChar(c: number): boolean {
  return c < 128 && (KEY_CHARS[c]! & 2) !== 0;
}

/** `|` or `>`. */
function isBlockScalarStart(c: number): boolean {
  return c === 0x7c || c === 0x3e;
}

/** `- ` or a lone `-` at `at`. */
function isSeqEntry(text: string, at: number, lineEnd: number): boolean {
  return text.charCodeAt(at) === DASH && (at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE);
}

/** `key:` followed by a space or the end of the line, with a key this path handles. */
function startsMappingEntry(text: string, at: number, lineEnd: number): boolean {
  if (!isKeyStart(text.charCodeAt(at))) return false;
  let p = at;
  while (p < lineEnd && isKeyChar(text.charCodeAt(p))) p++;
  return text.charCodeAt(p) === COLON && (p + 1 === lineEnd || text.charCodeAt(p + 1) === SPACE);
}

/** A plain scalar may start here: not an indicator, except `-` followed by something other than a space. */
function isPlainStart(text: string, at: number, lineEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (c === DASH) return at + 1 < lineEnd && text.charCodeAt(at + 1) !== SPACE;
  // ? : , [ ] { } # & * ! | > ' " % @ `
  return !'?:,[]{}#&*!|>\'"%@`'.includes(text[at]!);
}
