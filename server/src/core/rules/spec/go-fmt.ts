// How Go's fmt prints the values KubeVirt puts in its messages (%q of a string, %v / %s of a []string).

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Go's strconv.Quote / fmt %q of a string: double quotes, Go escapes for non-printable runes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const r = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
    } else if (r === 0x20 || (r > 0x20 && r < 0x7f) || (r >= 0x80 && PRINTABLE.test(ch))) {
      out += ch;
    } else if (r === 0x07) out += '\\a';
    else if (r === 0x08) out += '\\b';
    else if (r === 0x0c) out += '\\f';
    else if (r === 0x0a) out += '\\n';
    else if (r === 0x0d) out += '\\r';
    else if (r === 0x09) out += '\\t';
    else if (r === 0x0b) out += '\\v';
    else if (r < 0x20 || r === 0x7f) out += '\\x' + hex(r, 2);
    else if (r >= 0xd800 && r <= 0xdfff) out += '\\ufffd'; // a lone surrogate is invalid UTF-8 for Go
    else if (r < 0x10000) out += '\\u' + hex(r, 4);
    else out += '\\U' + hex(r, 8);
  }
  return out + '"';
}

/** Go's %v / %s of a []string: `[a b c]`. */
export function goStringSlice(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

/** Length in bytes of a Go string (UTF-8), as len(s) counts it. */
export function goLen(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** A value of the (already schema-checked) document as Go would see a string field: null/absent → "". */
export function goString(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

/** True when a pointer/struct field is set in Go terms (present and not null). */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
