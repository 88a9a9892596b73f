// Go's `net` parsers as KubeVirt uses them: net.ParseMAC, net.ParseIP / netutils.ParseIPSloppy,
// net.ParseCIDR / netutils.ParseCIDRSloppy. Facts from Go's sources; byte-for-byte on UTF-8 input.

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function hexVal(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

/** xtoi2: two hex digits at `bytes[x]`, followed by `sep` unless at the end. */
function xtoi2(bytes: Uint8Array, x: number, end: number, sep: number): number | undefined {
  if (end - x > 2 && bytes[x + 2] !== sep) return undefined;
  if (end - x < 2) return undefined;
  const hi = hexVal(bytes[x]!);
  const lo = hexVal(bytes[x + 1]!);
  if (hi < 0 || lo < 0) return undefined;
  return hi * 16 + lo;
}

/** net.ParseMAC: the address bytes (6, 8 or 20 of them), or undefined when Go rejects the text. */
export function parseMAC(s: string): number[] | undefined {
  const b = utf8(s);
  const len = b.length;
  if (len < 14) return undefined;
  const out: number[] = [];
  if (b[2] === 0x3a || b[2] === 0x2d) {
    if ((len + 1) % 3 !== 0) return undefined;
    const n = (len + 1) / 3;
    if (n !== 6 && n !== 8 && n !== 20) return undefined;
    for (let x = 0, i = 0; i < n; i++, x += 3) {
      const v = xtoi2(b, x, len, b[2]!);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }
  if (b[4] === 0x2e) {
    if ((len + 1) % 5 !== 0) return undefined;
    const n = (2 * (len + 1)) / 5;
    if (n !== 6 && n !== 8 && n !== 20) return undefined;
    for (let x = 0, i = 0; i < n; i += 2, x += 5) {
      const a = xtoi2(b, x, x + 2, 0);
      const c = xtoi2(b, x + 2, len, b[4]!);
      if (a === undefined || c === undefined) return undefined;
      out.push(a, c);
    }
    return out;
  }
  return undefined;
}

/** IPv4 dotted quad into 4 bytes. `sloppy` allows leading zeros (decimal), as netutils.ParseIPSloppy. */
function parseIPv4(s: string, sloppy: boolean): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return undefined;
    if (!sloppy && p.length > 1 && p[0] === '0') return undefined;
    const v = Number(p.length > 10 ? 'x' : p);
    if (!Number.isInteger(v) || v > 255) return undefined;
    out.push(v);
  }
  return out;
}

function parseIPv6(s: string, sloppy: boolean): number[] | undefined {
  const out: number[] = [];
  let ellipsis = -1;
  let rest = s;
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest === '') return new Array(16).fill(0);
  }
  while (rest.length > 0) {
    const m = /^[0-9a-fA-F]{1,4}/.exec(rest);
    if (!m) return undefined;
    // An embedded IPv4 address as the last 4 bytes.
    if (rest.length > m[0].length && rest[m[0].length] === '.') {
      if (ellipsis < 0 && out.length !== 12) return undefined;
      if (out.length + 4 > 16) return undefined;
      const v4 = parseIPv4(rest, sloppy);
      if (!v4) return undefined;
      out.push(...v4);
      rest = '';
      break;
    }
    if (m[0].length > 4) return undefined;
    const v = parseInt(m[0], 16);
    out.push(v >> 8, v & 0xff);
    rest = rest.slice(m[0].length);
    if (rest === '') break;
    if (rest[0] !== ':' || rest.length === 1) return undefined;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = out.length;
      rest = rest.slice(1);
      if (rest === '') break;
    }
    if (out.length >= 16) return undefined;
  }
  if (out.length < 16) {
    if (ellipsis < 0) return undefined;
    const fill = 16 - out.length;
    out.splice(ellipsis, 0, ...new Array(fill).fill(0));
  } else if (ellipsis >= 0) {
    return undefined;
  }
  return out.length === 16 ? out : undefined;
}

/** An IP as Go holds it: 4 bytes for IPv4 text, 16 for IPv6 text. */
export interface GoIP {
  v4: boolean;
  bytes: number[];
}

/** net.ParseIP (strict) or netutils.ParseIPSloppy (leading zeros in IPv4 allowed). */
export function parseIP(s: string, sloppy = false): GoIP | undefined {
  if (s.includes(':')) {
    const b = parseIPv6(s, sloppy);
    return b ? { v4: false, bytes: b } : undefined;
  }
  const b = parseIPv4(s, sloppy);
  return b ? { v4: true, bytes: b } : undefined;
}

/** ip.To4() != nil: an IPv4 address or an IPv4-mapped IPv6 address (::ffff:a.b.c.d). */
export function isTo4(ip: GoIP | undefined): boolean {
  if (!ip) return false;
  if (ip.v4) return true;
  const b = ip.bytes;
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return false;
  return b[10] === 0xff && b[11] === 0xff;
}

/** net.ParseCIDR / netutils.ParseCIDRSloppy: prefix length and address size in bits, or undefined. */
export function parseCIDR(s: string, sloppy = false): { ip: GoIP; prefix: number; bits: number } | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(s.slice(0, slash), sloppy);
  const p = s.slice(slash + 1);
  if (!ip || !/^[0-9]+$/.test(p)) return undefined;
  const bits = ip.v4 ? 32 : 128;
  const prefix = p.length > 8 ? Infinity : Number(p);
  if (prefix > bits) return undefined;
  return { ip, prefix, bits };
}
