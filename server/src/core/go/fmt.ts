// Go standard-library and apimachinery behaviour that KubeVirt's messages and checks inherit: this folder.
// This file: how Go's fmt prints the values KubeVirt puts into its messages (`%q` = strconv.Quote, `%v` of a
// []string, len() of a string), and the Go zero-value reading of loosely typed YAML data (a missing or wrongly
// typed string is "", a missing pointer is nil, …).

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/** Go's strconv.Quote (what `%q` prints for a string): double quotes, Go escapes for non-printable runes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const esc = ESCAPES[ch];
    if (esc !== undefined) out += esc;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp >= 0xd800 && cp <= 0xdfff)
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8 for Go
    else if (PRINT.test(ch)) out += ch;
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/** Go's %v / %s of a []string (or of a []interface{} of scalars): `[a b c]`. */
export function goStringSlice(items: readonly unknown[]): string {
  return `[${items.map(String).join(' ')}]`;
}

/** Length in bytes of a Go string (UTF-8), as len(s) counts it. */
export function goLen(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A string field as Go decodes it: the value when it is a string, else the zero value "". */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * A scalar as text for the rules whose fields our schemas do not type-check: null/absent → "" (Go's zero
 * value), a string as is, any other scalar as YAML wrote it (so a message shows what the user typed).
 */
export function goString(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

/** A numeric field as Go decodes it: the number, else 0. */
export function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** A mapping (Go struct) or undefined: the model's one object check, as the Go readers here use it. */
export { obj } from '../model/values';
import { obj } from '../model/values';

/** A pointer/struct/slice value is non-nil in Go when it is present and not null. */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** A pointer/slice field `key` of a mapping is non-nil in Go: the key is present and not null. */
export function present(o: unknown, key: string): boolean {
  const m = obj(o);
  return !!m && isSet(m[key]);
}

/** A list field: the array, or null when absent / not a list (Go nil slice). */
export function list(v: unknown): unknown[] | null {
  return Array.isArray(v) ? v : null;
}
