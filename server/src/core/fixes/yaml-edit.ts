// Minimal text edits on a YAML document, computed from the syntax tree's ranges: remove a sequence item or
// a mapping entry with its line(s), append an item in the list's own style (block or flow, its indentation),
// add a missing list under a mapping, replace a scalar keeping its quotes, rename a key. Never re-serialises
// anything: the text around the edit, comments included, stays as it was.

import { isMap, isNode, isScalar, isSeq, parseDocument, Scalar, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { PARSE_OPTIONS } from '../parse/yaml11';
import { rootNode } from '../parse/document';
import type { Path } from '../types';
import type { TextEdit } from './fix';
import { nodeAt, spanOf, type FixTarget } from './target';

// ---------------------------------------------------------------- lines and columns

export function lineStart(text: string, off: number): number {
  return text.lastIndexOf('\n', off - 1) + 1;
}

/** Offset just past the newline that ends the line holding `off` (or the text's end). */
export function afterLine(text: string, off: number): number {
  const nl = text.indexOf('\n', off);
  return nl < 0 ? text.length : nl + 1;
}

export function column(text: string, off: number): number {
  return off - lineStart(text, off);
}

/** Offset just past the last non-blank character in [start, end). */
export function lastContent(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

// ---------------------------------------------------------------- scalars

/** The text of a scalar value, plain when YAML 1.1 reads it back as the same string, else double-quoted. */
export function scalarText(value: string): string {
  if (/^[A-Za-z0-9_/](?:[A-Za-z0-9_./:-]*[A-Za-z0-9_./-])?$/.test(value)) {
    try {
      const back = parseDocument(value, PARSE_OPTIONS).toJS();
      if (back === value) return value;
    } catch {
      /* fall through */
    }
  }
  return JSON.stringify(value);
}

/** Replace a scalar's value, keeping its quoting style. */
export function replaceScalar(t: FixTarget, node: unknown, value: string): TextEdit | undefined {
  if (!isScalar(node)) return undefined;
  const span = spanOf(t, node);
  if (!span) return undefined;
  let newText: string;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      newText = JSON.stringify(value);
      break;
    case Scalar.QUOTE_SINGLE:
      newText = `'${value.replace(/'/g, "''")}'`;
      break;
    case Scalar.PLAIN:
    case undefined:
      newText = scalarText(value);
      break;
    default:
      return undefined; // block scalars: leave alone
  }
  return { span, newText };
}

/** Rename a mapping key (only the key's text). */
export function renameKey(t: FixTarget, pair: Pair, newKey: string): TextEdit | undefined {
  const span = spanOf(t, pair.key);
  if (!span) return undefined;
  return { span, newText: scalarText(newKey) };
}

// ---------------------------------------------------------------- layout of the document

export interface Layout {
  /** Column step between a mapping key and its nested mapping's keys. */
  step: number;
  /** Column of a block sequence's `-` relative to its key (0: `key:\n- a`, 2: `key:\n  - a`). */
  seqIndent: number;
  /** Column of an item's keys relative to its `-`. */
  itemIndent: number;
  eol: string;
}

/** The offset of the `-` of a block sequence item whose content starts at `itemStart`. */
export function dashOf(text: string, itemStart: number): number | undefined {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '-' ? i : undefined;
}

/** Indentation habits of the document (the first block collections found; kubectl style otherwise). */
export function layoutOf(t: FixTarget): Layout {
  const text = t.text;
  let step: number | undefined;
  let seqIndent: number | undefined;
  let itemIndent: number | undefined;
  const visit = (node: unknown, keyCol: number | undefined, depth: number): void => {
    if (depth > 12 || (step !== undefined && seqIndent !== undefined && itemIndent !== undefined)) return;
    if (isMap(node) && !node.flow) {
      for (const p of node.items) {
        const ks = spanOf(t, p.key);
        if (!ks) continue;
        const col = column(text, ks.start);
        if (keyCol !== undefined && step === undefined && isMap(node) && col > keyCol) step = col - keyCol;
        const v = p.value;
        if (isSeq(v) && !v.flow && v.items.length > 0) {
          const first = spanOf(t, v.items[0]);
          const dash = first ? dashOf(text, first.start) : undefined;
          if (dash !== undefined && seqIndent === undefined && text.slice(lineStart(text, dash), dash).trim() === '') {
            seqIndent = column(text, dash) - col;
          }
          if (dash !== undefined && first && itemIndent === undefined && isMap(v.items[0]) && !(v.items[0] as YAMLMap).flow) {
            itemIndent = column(text, first.start) - column(text, dash);
          }
          for (const it of v.items) if (isMap(it)) visit(it, undefined, depth + 1);
        } else if (isMap(v)) visit(v, col, depth + 1);
      }
    }
  };
  visit(rootNode(t.doc.parsed), undefined, 0);
  return { step: step ?? 2, seqIndent: seqIndent ?? 0, itemIndent: itemIndent ?? 2, eol: eolOf(text) };
}

// ---------------------------------------------------------------- entries

/** A new mapping entry: ordered keys with their values already written as YAML (flow) text. */
export type Entry = readonly (readonly [string, string])[];

export function flowEntry(entry: Entry): string {
  return `{${entry.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

/** `- k: v` lines of a block sequence item (the `-` at `dashCol`), each ending with the eol. */
function blockItem(entry: Entry, dashCol: number, layout: Layout): string {
  return entry
    .map(
      ([k, v], i) =>
        (i === 0 ? `${spaces(dashCol)}-${spaces(layout.itemIndent - 1)}${k}: ${v}` : `${spaces(dashCol + layout.itemIndent)}${k}: ${v}`) +
        layout.eol,
    )
    .join('');
}

// ---------------------------------------------------------------- removal

/** Range of a mapping pair: from its key to the end of its value. */
function pairSpan(t: FixTarget, pair: Pair): { start: number; end: number } | undefined {
  const ks = spanOf(t, pair.key);
  if (!ks) return undefined;
  const vs = isNode(pair.value) ? spanOf(t, pair.value) : undefined;
  return { start: ks.start, end: Math.max(ks.end, vs?.end ?? ks.end) };
}

/** Remove items [start,end) of a flow collection, with the comma that separated them. */
function flowRemove(spans: { start: number; end: number }[], index: number): TextEdit {
  const cur = spans[index]!;
  if (index > 0) return { span: { start: spans[index - 1]!.end, end: cur.end }, newText: '' };
  if (spans.length > 1) return { span: { start: cur.start, end: spans[1]!.start }, newText: '' };
  return { span: cur, newText: '' };
}

/** Remove the whole line(s) of a block node that starts at `start` (only blanks before it on its line). */
function removeLines(t: FixTarget, start: number, end: number): TextEdit | undefined {
  const text = t.text;
  const ls = lineStart(text, start);
  if (text.slice(ls, start).trim() !== '') return undefined;
  const last = lastContent(text, start, end);
  const stop = afterLine(text, Math.max(start, last - 1));
  // the file's last line has no newline: take the one before it instead, so the file still ends the same way
  if (stop === text.length && !text.endsWith('\n') && ls > 0) {
    return { span: { start: text[ls - 2] === '\r' ? ls - 2 : ls - 1, end: stop }, newText: '' };
  }
  return { span: { start: ls, end: stop }, newText: '' };
}

/** Remove one item of a sequence (block: its lines; flow: the item and a comma). */
export function removeSeqItem(t: FixTarget, seq: YAMLSeq, index: number): TextEdit | undefined {
  const item = seq.items[index];
  const span = spanOf(t, item);
  if (!span) return undefined;
  if (seq.flow) {
    const spans = seq.items.map((it) => spanOf(t, it));
    if (spans.some((s) => !s)) return undefined;
    return flowRemove(spans as { start: number; end: number }[], index);
  }
  const dash = dashOf(t.text, span.start);
  if (dash === undefined) return undefined;
  return removeLines(t, dash, span.end);
}

/** Remove a mapping entry (block: its lines; flow: the entry and a comma). */
export function removePair(t: FixTarget, map: YAMLMap, pair: Pair): TextEdit | undefined {
  const index = map.items.indexOf(pair as never);
  const span = pairSpan(t, pair);
  if (index < 0 || !span) return undefined;
  if (map.flow) {
    const spans = map.items.map((p) => pairSpan(t, p as Pair));
    if (spans.some((s) => !s)) return undefined;
    return flowRemove(spans as { start: number; end: number }[], index);
  }
  const text = t.text;
  const before = text.slice(lineStart(text, span.start), span.start);
  if (before.trim() === '') return removeLines(t, span.start, span.end);
  // first entry of a sequence item (`- key: …`): pull the next entry up onto the `-` line
  if (/^\s*-\s+$/.test(before) && index === 0) {
    const next = map.items[1] ? spanOf(t, (map.items[1] as Pair).key) : undefined;
    if (next) return { span: { start: span.start, end: next.start }, newText: '' };
    return { span: { start: span.start, end: lastContent(text, span.start, span.end) }, newText: '{}' };
  }
  return undefined;
}

// ---------------------------------------------------------------- insertion

/** Append an entry to a sequence in its own style. */
export function appendSeqItem(t: FixTarget, seq: YAMLSeq, entry: Entry): TextEdit | undefined {
  const text = t.text;
  const span = spanOf(t, seq);
  if (!span) return undefined;
  const layout = layoutOf(t);
  if (seq.flow) {
    const close = lastContent(text, span.start, span.end) - 1;
    if (text[close] !== ']') return undefined;
    const last = seq.items.length ? spanOf(t, seq.items[seq.items.length - 1]) : undefined;
    if (last) return { span: { start: last.end, end: last.end }, newText: `, ${flowEntry(entry)}` };
    return { span: { start: close, end: close }, newText: flowEntry(entry) };
  }
  const lastItem = seq.items[seq.items.length - 1];
  const ls = spanOf(t, lastItem);
  if (!ls) return undefined;
  const dash = dashOf(text, ls.start);
  if (dash === undefined) return undefined;
  const dashCol = column(text, dash);
  const itemLayout = { ...layout };
  if (isMap(lastItem) && !lastItem.flow) itemLayout.itemIndent = column(text, ls.start) - dashCol;
  const end = lastContent(text, ls.start, ls.end);
  const at = afterLine(text, end - 1);
  const lead = at === text.length && !text.endsWith('\n') ? layout.eol : '';
  const body =
    isMap(lastItem) && lastItem.flow ? `${spaces(dashCol)}- ${flowEntry(entry)}${layout.eol}` : blockItem(entry, dashCol, itemLayout);
  return { span: { start: at, end: at }, newText: atEnd(lead, body, layout) };
}

/**
 * Add `entry` to the list at `mapPath` + `keys` (e.g. spec + ['networks'], or spec.domain + ['devices',
 * 'interfaces']): appends when the list exists, otherwise writes the missing keys under the deepest mapping
 * that exists, in the document's indentation style.
 */
export function addToList(t: FixTarget, mapPath: Path, keys: readonly string[], entry: Entry): TextEdit | undefined {
  const text = t.text;
  const layout = layoutOf(t);
  let node: unknown = mapPath.length === 0 ? rootNode(t.doc.parsed) : nodeAt(t, mapPath);
  let keyCol: number | undefined; // column of the key whose value `node` is
  if (mapPath.length > 0) {
    const parent = mapPath.length === 1 ? rootNode(t.doc.parsed) : nodeAt(t, mapPath.slice(0, -1));
    if (isMap(parent)) {
      const p = parent.items.find((x) => isScalar(x.key) && String(x.key.value) === String(mapPath[mapPath.length - 1]));
      const ks = p ? spanOf(t, p.key) : undefined;
      if (ks) keyCol = column(text, ks.start);
    }
  }
  let i = 0;
  for (; i < keys.length; i++) {
    if (!isMap(node)) break;
    const pair = node.items.find((x) => isScalar(x.key) && String(x.key.value) === keys[i]) as Pair | undefined;
    if (!pair) break;
    const ks = spanOf(t, pair.key);
    keyCol = ks ? column(text, ks.start) : keyCol;
    node = pair.value;
    if (i === keys.length - 1) {
      if (isSeq(node)) return appendSeqItem(t, node as YAMLSeq, entry);
    }
    if (!isMap(node)) {
      // `key:` with no value: write the rest below its line
      if ((node === null || (isScalar(node) && node.value === null)) && ks) {
        const vs = isNode(node) ? spanOf(t, node) : undefined;
        if (vs && vs.end > vs.start) return undefined; // `~` / `null` written out: leave it
        const at = afterLine(text, ks.end);
        const lead = at === text.length && !text.endsWith('\n') ? layout.eol : '';
        const rest = keys.slice(i + 1);
        return {
          span: { start: at, end: at },
          newText: atEnd(lead, blockChain(rest, entry, keyCol! + (rest.length ? layout.step : 0), layout), layout),
        };
      }
      return undefined;
    }
  }
  if (!isMap(node)) return undefined;
  const rest = keys.slice(i);
  const map = node as YAMLMap;
  if (map.flow) {
    const span = spanOf(t, map);
    if (!span) return undefined;
    const close = lastContent(text, span.start, span.end) - 1;
    if (text[close] !== '}') return undefined;
    let value = `[${flowEntry(entry)}]`;
    for (let k = rest.length - 1; k >= 1; k--) value = `{${rest[k]}: ${value}}`;
    const item = `${rest[0]}: ${value}`;
    const last = map.items.length
      ? spanOf(t, (map.items[map.items.length - 1] as Pair).value ?? (map.items[map.items.length - 1] as Pair).key)
      : undefined;
    if (last) return { span: { start: last.end, end: last.end }, newText: `, ${item}` };
    return { span: { start: close, end: close }, newText: item };
  }
  const lastPair = map.items[map.items.length - 1] as Pair | undefined;
  if (!lastPair) return undefined;
  const first = spanOf(t, (map.items[0] as Pair).key);
  const lastSpan = pairSpan(t, lastPair);
  if (!first || !lastSpan) return undefined;
  const col = column(text, first.start);
  const at = afterLine(text, lastContent(text, lastSpan.start, lastSpan.end) - 1);
  const lead = at === text.length && !text.endsWith('\n') ? layout.eol : '';
  return { span: { start: at, end: at }, newText: atEnd(lead, blockChain(rest, entry, col, layout), layout) };
}

/** New lines inserted at the end of a file without a final newline: newline first, none after. */
function atEnd(lead: string, body: string, layout: Layout): string {
  return lead === '' ? body : lead + body.slice(0, body.length - layout.eol.length);
}

/**
 * Block lines for the missing `keys` (the first at column `col`, each nested one `step` deeper) and then the
 * entry as the only item of the list under the last key. With no keys, only the item: `col` is then the
 * column of the list's own key, already written.
 */
function blockChain(keys: readonly string[], entry: Entry, col: number, layout: Layout): string {
  let out = '';
  let c = col;
  keys.forEach((k, i) => {
    out += `${spaces(c)}${k}:${layout.eol}`;
    if (i < keys.length - 1) c += layout.step;
  });
  return out + blockItem(entry, c + layout.seqIndent, layout);
}

/**
 * Add `key: value` (the value already written as YAML flow text) to the mapping at `mapPath`: a new line after its
 * last entry, at the column of its keys (block), or `, key: value` before its closing brace (flow). Undefined when
 * the mapping is missing or already has the key.
 */
export function addPair(t: FixTarget, mapPath: Path, key: string, value: string): TextEdit | undefined {
  const text = t.text;
  const node = mapPath.length === 0 ? rootNode(t.doc.parsed) : nodeAt(t, mapPath);
  if (!isMap(node) || node.items.some((p) => isScalar(p.key) && String(p.key.value) === key)) return undefined;
  const map = node as YAMLMap;
  const layout = layoutOf(t);
  if (map.flow) {
    const span = spanOf(t, map);
    if (!span) return undefined;
    const close = lastContent(text, span.start, span.end) - 1;
    if (text[close] !== '}') return undefined;
    const last = map.items.length ? pairSpan(t, map.items[map.items.length - 1] as Pair) : undefined;
    if (last) return { span: { start: last.end, end: last.end }, newText: `, ${key}: ${value}` };
    return { span: { start: close, end: close }, newText: `${key}: ${value}` };
  }
  const first = map.items[0] ? spanOf(t, (map.items[0] as Pair).key) : undefined;
  const lastPair = map.items[map.items.length - 1] as Pair | undefined;
  const lastSpan = lastPair ? pairSpan(t, lastPair) : undefined;
  if (!first || !lastSpan) return undefined;
  const at = afterLine(text, lastContent(text, lastSpan.start, lastSpan.end) - 1);
  const lead = at === text.length && !text.endsWith('\n') ? layout.eol : '';
  return {
    span: { start: at, end: at },
    newText: atEnd(lead, `${spaces(column(text, first.start))}${key}: ${value}${layout.eol}`, layout),
  };
}
