// MAC address helpers for the IFACE-05 / BIND-03 fixes.

/**
 * The colon form of a MAC address written in a near miss of one of Go's formats: single-digit groups
 * (`2:0:0:0:0:1`), mixed or odd separators, 12 bare hex digits, dotted groups of four. Hex case is kept.
 * Undefined when it is not 6 bytes of hex.
 */
export function normaliseMac(raw: string): string | undefined {
  const v = raw.trim();
  let groups: string[] | undefined;
  if (/^[0-9a-f]{12}$/i.test(v)) groups = v.match(/../g)!;
  else if (/^[0-9a-f]{4}([.:\- ])[0-9a-f]{4}\1[0-9a-f]{4}$/i.test(v)) groups = v.replace(/[.:\- ]/g, '').match(/../g)!;
  else {
    const parts = v.split(/[:\-.\s]+/);
    if (parts.length === 6 && parts.every((p) => /^[0-9a-f]{1,2}$/i.test(p))) groups = parts.map((p) => p.padStart(2, '0'));
  }
  if (!groups) return undefined;
  const out = groups.join(':');
  return out === v ? undefined : out;
}

/** Lower-case colon form for comparing addresses; undefined when unparseable. */
export function macKey(raw: string): string | undefined {
  const v = raw.trim();
  if (/^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i.test(v)) return v.replace(/-/g, ':').toLowerCase();
  const n = normaliseMac(v);
  return n?.toLowerCase();
}
