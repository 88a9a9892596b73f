// How Go's fmt prints the values KubeVirt puts into its messages (`%q` = strconv.Quote), and the
// Go zero-value reading of loosely typed YAML data (a missing or wrongly typed string is "", …).

/** Go's strconv.Quote (what `%q` prints for a string). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'; // lone surrogate: Go sees invalid UTF-8
    else if (isGoPrint(ch)) out += ch;
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isGoPrint(ch: string): boolean {
  return PRINT.test(ch);
}

/** A string field as Go decodes it: the value when it is a string, else the zero value "". */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** A numeric field as Go decodes it: the number, else 0. */
export function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** A mapping (Go struct) or undefined. */
export function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A pointer/slice field is non-nil in Go when the key is present and not null. */
export function present(o: unknown, key: string): boolean {
  const m = obj(o);
  return !!m && m[key] !== undefined && m[key] !== null;
}

/** A list field: the array, or null when absent / not a list (Go nil slice). */
export function list(v: unknown): unknown[] | null {
  return Array.isArray(v) ? v : null;
}
