// LSP positions in a test's text: where a needle is, and which word a range covers.

import assert from 'node:assert/strict';

export interface Pos {
  line: number;
  character: number;
}
export interface Range {
  start: Pos;
  end: Pos;
}
export interface Loc {
  uri: string;
  range: Range;
}

/** Line and character of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
export function pos(text: string, needle: string, shift = 0, nth = 0): Pos {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in the text`);
  const before = text.slice(0, at + shift);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

const lineOf = (text: string, n: number): string => text.split('\n')[n]!;

/** The text a one-line range covers. */
export const wordAt = (text: string, r: Range): string => lineOf(text, r.start.line).slice(r.start.character, r.end.character);
