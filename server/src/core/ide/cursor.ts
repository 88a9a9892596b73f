// Where the cursor writes, in terms of the document's object paths, read from the lines above it by their
// indentation. While a user types, the YAML is often not valid (`mas` alone on a line, `- ` with nothing after it),
// so this does not ask the parser: a block mapping's keys share a column and a sequence's items share the column of
// their `-`, which is enough to tell which mapping or list the cursor is in. Flow collections (`{…}`, `[…]`) are not
// looked into. Offsets are file offsets; lines are read only back to the document's start.

import type { Segment, Span } from '../types';

export interface Cursor {
  /**
   * The collection the cursor writes into: a mapping (`mode` key: a new key of it; `mode` value: the value of its key
   * `key`) or, for `mode` item, the sequence whose new item starts here (the line has no `-` yet).
   */
  path: Segment[];
  mode: 'key' | 'value' | 'item';
  key?: string;
  /** The word typed so far (what a completion replaces) and its range. */
  prefix: string;
  span: Span;
  /** Column of the keys of the mapping at `path` (of the new item's keys for `item`, after its `- `). */
  column: number;
  /** The line starts a sequence item (`- ` before the cursor) and nothing but the typed word is on it. */
  newItem: boolean;
  /** Offset of the start of the cursor's line. */
  lineStart: number;
}

interface Line {
  start: number;
  /** Column of the first `-` of an item line. */
  dash?: number;
  /** Column of the content after the indentation and dashes. */
  col: number;
  /** The key when the content is `key:` (…). */
  key?: string;
  blank: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[][^:#]*?)\s*:(?:\s|$)/;

function unquote(k: string): string {
  if (k.startsWith('"')) {
    try {
      return JSON.parse(k) as string;
    } catch {
      return k.slice(1, -1);
    }
  }
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k;
}

function readLine(text: string, start: number, end: number): Line {
  const s = text.slice(start, end).replace(/\r$/, '');
  const m = /^( *)((?:- +|-$)*)(.*)$/.exec(s)!;
  const indent = m[1]!.length;
  const dashes = m[2]!;
  const rest = m[3]!;
  const blank = rest.trim() === '' && dashes === '' ? true : rest.trimStart().startsWith('#') && dashes === '';
  const col = indent + dashes.length;
  const k = KEY.exec(rest);
  return { start, dash: dashes ? indent : undefined, col, key: k ? unquote(k[1]!.trim()) : undefined, blank };
}

/** The lines of `text` from `from` up to the line that holds `offset` (exclusive), each read once, lazily backwards. */
class LinesAbove {
  constructor(
    private readonly text: string,
    private readonly from: number,
    private end: number,
  ) {}
  /** The previous line (undefined at the document's start). */
  prev(): Line | undefined {
    if (this.end <= this.from) return undefined;
    const lineEnd = this.end - 1; // the \n that ends it
    const start = Math.max(this.from, this.text.lastIndexOf('\n', lineEnd - 1) + 1);
    this.end = start;
    return readLine(this.text, start, lineEnd);
  }
}

/**
 * The cursor at `offset` of `text`, whose document starts at `docStart`. Undefined inside a comment, a flow
 * collection or a quoted key, where no completion applies.
 */
export function cursorAt(text: string, offset: number, docStart = 0): Cursor | undefined {
  const lineStart = Math.max(docStart, text.lastIndexOf('\n', offset - 1) + 1);
  const before = text.slice(lineStart, offset);
  if (before.includes('\t') || /[{[]/.test(before) || /(^|\s)#/.test(before)) return undefined;
  const m = /^( *)((?:- +)*)(.*)$/.exec(before)!;
  const indent = m[1]!.length;
  const dashes = m[2]!;
  const rest = m[3]!;
  const column = indent + dashes.length;
  const lineEnd = text.indexOf('\n', offset);
  const after = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const above = new LinesAbove(text, docStart, lineStart);

  const kv = KEY.exec(rest);
  if (kv) {
    // `key: value…`: completing the value (plain scalars only)
    const key = unquote(kv[1]!.trim());
    const valueStart = kv[0].length;
    const typed = rest.slice(valueStart);
    const lead = /^\s*/.exec(typed)![0].length;
    const word = typed.slice(lead).replace(/^["']/, '');
    const tailWord = /^[^\s#"']*/.exec(after)![0];
    const start = offset - word.length;
    const mapPath = containerOf(above, column, dashes ? indent : undefined);
    if (!mapPath) return undefined;
    return {
      path: mapPath,
      mode: 'value',
      key,
      prefix: word,
      span: { start, end: offset + tailWord.length },
      column,
      newItem: false,
      lineStart,
    };
  }
  if (/[:"']/.test(rest)) return undefined;
  const word = rest;
  const tailWord = /^[^\s:#]*/.exec(after)![0];
  const span = { start: offset - word.length, end: offset + tailWord.length };
  if (dashes) {
    const path = containerOf(above, column, indent);
    if (!path) return undefined;
    return { path, mode: 'key', prefix: word, span, column, newItem: after.trim() === '' || after.trim() === tailWord, lineStart };
  }
  // no dash: a key of the mapping whose keys sit at this column, or a new item of a list whose `-` sits here
  const found = seqOrMap(above, column);
  if (!found) return undefined;
  if (found.kind === 'seq') return { path: found.path, mode: 'item', prefix: word, span, column: column + 2, newItem: true, lineStart };
  return { path: found.path, mode: 'key', prefix: word, span, column, newItem: false, lineStart };
}

/** The mapping that holds a key at `col` on the current line (an item's when `dash` is its `-` column). */
function containerOf(above: LinesAbove, col: number, dash: number | undefined): Segment[] | undefined {
  if (dash !== undefined) return itemPath(above, dash);
  for (let l = above.prev(); l; l = above.prev()) {
    if (l.blank) continue;
    if (l.col === col && l.dash !== undefined) return itemPath(above, l.dash); // the first key of this item
    if (l.col === col) continue; // a sibling key
    if (l.col > col) continue; // inside a sibling's value
    if (l.dash !== undefined && l.dash >= col) continue; // an item of a sibling's list (written at the key's column)
    if (l.key === undefined) return undefined;
    const parent = containerOf(above, l.col, l.dash);
    return parent ? [...parent, l.key] : undefined;
  }
  return col === 0 ? [] : undefined;
}

/** The path of the sequence item whose `-` is at column `dash` (counting the items above it). */
function itemPath(above: LinesAbove, dash: number): Segment[] | undefined {
  let index = 0;
  for (let l = above.prev(); l; l = above.prev()) {
    if (l.blank) continue;
    if (l.dash === dash) {
      index++;
      continue;
    }
    if (l.col > dash) continue; // content of an earlier item
    if (l.key === undefined) return undefined;
    const parent = containerOf(above, l.col, l.dash);
    return parent ? [...parent, l.key, index] : undefined;
  }
  return undefined;
}

/** With no `-` on the line: the list whose items' `-` are at `col`, else the mapping whose keys are. */
function seqOrMap(above: LinesAbove, col: number): { kind: 'seq' | 'map'; path: Segment[] } | undefined {
  let index = 0;
  for (let l = above.prev(); l; l = above.prev()) {
    if (l.blank) continue;
    if (l.dash === col) {
      // items of a list at this column: the cursor starts the next one
      index++;
      continue;
    }
    if (index > 0) {
      if (l.col > col) continue;
      if (l.key === undefined) return undefined;
      const parent = containerOf(above, l.col, l.dash);
      return parent ? { kind: 'seq', path: [...parent, l.key] } : undefined;
    }
    if (l.col === col && l.dash !== undefined) {
      const p = itemPath(above, l.dash);
      return p ? { kind: 'map', path: p } : undefined;
    }
    if (l.col >= col) continue;
    if (l.dash !== undefined && l.dash >= col) continue;
    if (l.key === undefined) return undefined;
    const parent = containerOf(above, l.col, l.dash);
    if (!parent) return undefined;
    return { kind: 'map', path: [...parent, l.key] };
  }
  return col === 0 ? { kind: 'map', path: [] } : undefined;
}
