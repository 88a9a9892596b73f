// MAC address helpers for the IFACE-05 / BIND-03 / MAC-UNPINNED fixes.

import { createHash } from 'node:crypto';

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

/**
 * A MAC address to pin an interface with, derived from where it is: `02` followed by the first five bytes of the
 * SHA-256 of `<namespace>/<VM name>/<interface name>` (namespace empty when the manifest sets none). `02` makes it a
 * locally administered unicast address (it cannot clash with a vendor's), the hash makes it the same on every machine
 * and every run, and another VM or interface gets another one. When that MAC is already taken in the file, `#1`,
 * `#2`, … is appended to the input until it is free. 02:00:00:00:00:00 is never used (masquerade's bridge).
 */
export function derivedMac(namespace: string | undefined, vm: string, iface: string, taken: ReadonlySet<string> = new Set()): string {
  for (let n = 0; n < 1000; n++) {
    const input = `${namespace ?? ''}/${vm}/${iface}${n === 0 ? '' : `#${n}`}`;
    const bytes = createHash('sha256').update(input).digest().subarray(0, 5);
    const mac = ['02', ...Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))].join(':');
    if (mac !== '02:00:00:00:00:00' && !taken.has(mac)) return mac;
  }
  return '02:00:00:00:00:01';
}
