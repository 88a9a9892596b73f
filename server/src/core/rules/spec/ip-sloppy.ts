// k8s.io/utils/net ParseIPSloppy (Go 1.16's net.ParseIP: IPv4 fields may carry leading zeros, read as
// decimal) and Go's net.IP.String(), which KubeVirt's API unmarshalling uses to sanitize
// dnsConfig.nameservers before the webhook validates them.

const BIG = 0xffffff;

function dtoi(s: string): { n: number; i: number; ok: boolean } {
  let n = 0;
  let i = 0;
  for (; i < s.length && s[i]! >= '0' && s[i]! <= '9'; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= BIG) return { n: BIG, i, ok: false };
  }
  if (i === 0) return { n: 0, i: 0, ok: false };
  return { n, i, ok: true };
}

function xtoi(s: string): { n: number; i: number; ok: boolean } {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') n = n * 16 + (s.charCodeAt(i) - 48);
    else if (c >= 'a' && c <= 'f') n = n * 16 + (s.charCodeAt(i) - 97 + 10);
    else if (c >= 'A' && c <= 'F') n = n * 16 + (s.charCodeAt(i) - 65 + 10);
    else break;
    if (n >= BIG) return { n: 0, i, ok: false };
  }
  if (i === 0) return { n: 0, i, ok: false };
  return { n, i, ok: true };
}

/** 16-byte IPv4-mapped form, like Go's net.IPv4(a, b, c, d). */
function v4in6(a: number, b: number, c: number, d: number): Uint8Array {
  const ip = new Uint8Array(16);
  ip[10] = 0xff;
  ip[11] = 0xff;
  ip[12] = a;
  ip[13] = b;
  ip[14] = c;
  ip[15] = d;
  return ip;
}

function parseIPv4(str: string): Uint8Array | null {
  let s = str;
  const p = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    if (s.length === 0) return null;
    if (i > 0) {
      if (s[0] !== '.') return null;
      s = s.slice(1);
    }
    const { n, i: c, ok } = dtoi(s);
    if (!ok || n > 0xff) return null;
    s = s.slice(c);
    p[i] = n;
  }
  if (s.length !== 0) return null;
  return v4in6(p[0]!, p[1]!, p[2]!, p[3]!);
}

function parseIPv6(str: string): Uint8Array | null {
  let s = str;
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return ip;
  }
  let i = 0;
  while (i < 16) {
    const { n, i: c, ok } = xtoi(s);
    if (!ok || n > 0xffff) return null;
    if (c < s.length && s[c] === '.') {
      if (ellipsis < 0 && i !== 12) return null;
      if (i + 4 > 16) return null;
      const ip4 = parseIPv4(s);
      if (ip4 === null) return null;
      ip.set(ip4.subarray(12), i);
      s = '';
      i += 4;
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    s = s.slice(c);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return null;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return null;
  }
  return ip;
}

/** ParseIPSloppy: the 16-byte address, or null when it is not an IP. */
export function parseIPSloppy(s: string): Uint8Array | null {
  for (const c of s) {
    if (c === '.') return parseIPv4(s);
    if (c === ':') return parseIPv6(s);
  }
  return null;
}

function isV4Mapped(ip: Uint8Array): boolean {
  for (let k = 0; k < 10; k++) if (ip[k] !== 0) return false;
  return ip[10] === 0xff && ip[11] === 0xff;
}

/** Go's net.IP.String() of a 16-byte address: dotted quad for IPv4(-mapped), RFC 5952 style otherwise. */
export function goIPString(ip: Uint8Array): string {
  if (isV4Mapped(ip)) return `${ip[12]}.${ip[13]}.${ip[14]}.${ip[15]}`;
  const groups: number[] = [];
  for (let k = 0; k < 8; k++) groups.push((ip[2 * k]! << 8) | ip[2 * k + 1]!);
  let zs = -1;
  let ze = -1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > ze - zs) {
      zs = i;
      ze = j;
    }
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === zs) {
      out += '::';
      i = ze - 1;
      continue;
    }
    if (i > 0 && i !== ze) out += ':';
    out += groups[i]!.toString(16);
  }
  return out;
}

/** KubeVirt's sanitizeIP: the canonical form when the sloppy parse succeeds, the input unchanged otherwise. */
export function sanitizeIP(s: string): string {
  const ip = parseIPSloppy(s);
  return ip === null ? s : goIPString(ip);
}
