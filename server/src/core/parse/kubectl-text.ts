// Text-level rules of kubectl's YAML path that the yaml library does not share. A chunk here is what
// kubectl hands to go-yaml: apimachinery's YAMLReader (k8s.io/apimachinery pkg/util/yaml/decoder.go,
// YAMLReader.Read) splits the stream only at lines that start with `---`, and go-yaml's Unmarshal reads the
// first YAML document of each chunk (gopkg.in/yaml.v2 yaml.go unmarshal: one p.parse()). So:
// - a `...` line ends the document; the lines after it, up to the next `---` line, are never read;
// - a line that starts with `---` followed by anything but white space or a `#` comment is not a
//   separator: YAMLReader fails with "invalid Yaml document separator: …" and kubectl stops there;
// - go-yaml's reader rejects characters outside YAML's printable set, comments included
//   (readerc.go yaml_parser_update_buffer: "control characters are not allowed").

import type { Span } from '../types';

/** Where kubectl stops reading a chunk at a `...` line, when text follows it. */
export interface DocumentEnd {
  /** The `...` line. */
  marker: Span;
  /** Non-blank, non-comment text after it that kubectl never reads (to the end of the chunk). */
  ignored: Span;
  /** How many lines of the ignored text have content. */
  ignoredLines: number;
}

const DOC_END = /^\.\.\.(?=[ \t\r\n]|$)/gm;

/** The first `...` line of a chunk (its offset and the offset just past it), or undefined. */
export function documentEnd(text: string): { marker: Span; cut: number } | undefined {
  DOC_END.lastIndex = 0;
  const m = DOC_END.exec(text);
  if (!m) return undefined;
  const nl = text.indexOf('\n', m.index);
  const lineEnd = nl < 0 ? text.length : nl;
  return { marker: { start: m.index, end: m.index + 3 }, cut: nl < 0 ? text.length : lineEnd + 1 };
}

/** Content after a `...` marker that kubectl ignores (blank and comment lines do not count). */
export function ignoredAfter(text: string, from: number): { span: Span; lines: number } | undefined {
  const re = /^[ \t]*([^\s#].*)$/gm;
  re.lastIndex = from;
  let first = -1;
  let last = -1;
  let lines = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (first < 0) first = m.index + m[0].indexOf(m[1]!);
    last = m.index + m[0].length;
    lines++;
  }
  return first < 0 ? undefined : { span: { start: first, end: last }, lines };
}

/** A `---…` line that apimachinery's YAMLReader refuses as a separator, with its message. */
export function badSeparator(text: string): { span: Span; message: string } | undefined {
  const re = /^---(.*)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = m[1]!.trim();
    if (rest === '' || rest.startsWith('#')) continue;
    return {
      span: { start: m.index, end: m.index + m[0].replace(/\r$/, '').length },
      message: `invalid Yaml document separator: ${excerpt(rest)} (kubectl splits documents only at a line that is \`---\` alone or followed by a comment, and stops reading the file here)`,
    };
  }
  return undefined;
}

/** go-yaml's printable set: #x9 | #xA | #xD | [#x20-#x7E] | #x85 | [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** The first character go-yaml's reader refuses, if any. */
export function controlCharacter(text: string): { span: Span; message: string } | undefined {
  const m = NOT_PRINTABLE.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const what = cp === 0 ? ' (NUL: is this a UTF-16 file without a byte order mark?)' : '';
  return {
    span: { start: m.index, end: m.index + m[0].length },
    message: `control characters are not allowed: U+${hex} at this position${what}; kubectl's YAML reader rejects the document`,
  };
}

function excerpt(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return JSON.stringify(t);
}
