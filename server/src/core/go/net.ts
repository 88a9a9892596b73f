// Go standard-library and apimachinery behaviour that KubeVirt's messages and checks inherit: this folder.
// This file: Go's `net` parsers and printers as KubeVirt uses them — net.ParseMAC and HardwareAddr.String(),
// net.ParseIP / net.ParseCIDR (strict: Go >= 1.17 rejects leading zeros in IPv4 fields and more than four hex
// digits in an IPv6 field), k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy (a fork of Go 1.16's parser: any
// number of leading zeros, read as decimal in IPv4 and hex in IPv6), IP.To4() and IP.String().
// Byte-for-byte on the UTF-8 text, as Go reads strings. The canonical IPv6 text comes from ipaddr.js (RFC 5952
// is Go's form); only what is Go-specific is written here.

import ipaddr from 'ipaddr.js';

/** Bigger than any field value, small enough not to overflow (Go's `big` in net/parse.go). */
const BIG = 0xffffff;

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function hexVal(b: number): number {
  if (isDigit(b)) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

interface Scan {
  n: number;
  /** Bytes read. */
  i: number;
  ok: boolean;
}

/** Go's dtoi: the decimal number at the start of `b` (from `from`). */
function dtoi(b: Uint8Array, from: number): Scan {
  let n = 0;
  let i = 0;
  for (; from + i < b.length && isDigit(b[from + i]!); i++) {
    n = n * 10 + (b[from + i]! - 0x30);
    if (n >= BIG) return { n: BIG, i, ok: false };
  }
  return { n, i, ok: i > 0 };
}

/** Go's xtoi: the hex number at the start of `b` (from `from`). */
function xtoi(b: Uint8Array, from: number): Scan {
  let n = 0;
  let i = 0;
  for (; from + i < b.length; i++) {
    const v = hexVal(b[from + i]!);
    if (v < 0) break;
    n = n * 16 + v;
    if (n >= BIG) return { n: 0, i, ok: false };
  }
  return { n, i, ok: i > 0 };
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const DOT = 0x2e;
const COLON = 0x3a;

/** An IP as net.ParseIP returns it: 16 bytes; IPv4 text gives the IPv4-mapped form (::ffff:a.b.c.d). */
export type GoIP = Uint8Array;

function v4in6(p: readonly number[]): GoIP {
  const ip = new Uint8Array(16);
  ip[10] = 0xff;
  ip[11] = 0xff;
  ip.set(p, 12);
  return ip;
}

/** IPv4 dotted quad from `from` to the end of `b`. Strict Go rejects a field with a leading zero. */
function parseIPv4(b: Uint8Array, from: number, sloppy: boolean): GoIP | undefined {
  const p: number[] = [];
  let x = from;
  for (let i = 0; i < 4; i++) {
    if (x >= b.length) return undefined;
    if (i > 0) {
      if (b[x] !== DOT) return undefined;
      x++;
    }
    const d = dtoi(b, x);
    if (!d.ok || d.n > 0xff) return undefined;
    if (!sloppy && d.i > 1 && b[x] === 0x30) return undefined;
    x += d.i;
    p.push(d.n);
  }
  return x === b.length ? v4in6(p) : undefined;
}

function parseIPv6(b: Uint8Array, sloppy: boolean): GoIP | undefined {
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  let x = 0;
  if (b.length >= 2 && b[0] === COLON && b[1] === COLON) {
    ellipsis = 0;
    x = 2;
    if (x === b.length) return ip;
  }
  let i = 0;
  while (i < 16) {
    const h = xtoi(b, x);
    if (!h.ok || h.n > 0xffff || (!sloppy && h.i > 4)) return undefined;
    // An embedded IPv4 address as the last 4 bytes.
    if (x + h.i < b.length && b[x + h.i] === DOT) {
      if (ellipsis < 0 && i !== 12) return undefined;
      if (i + 4 > 16) return undefined;
      const ip4 = parseIPv4(b, x, sloppy);
      if (!ip4) return undefined;
      ip.set(ip4.subarray(12), i);
      x = b.length;
      i += 4;
      break;
    }
    ip[i] = h.n >> 8;
    ip[i + 1] = h.n & 0xff;
    i += 2;
    x += h.i;
    if (x === b.length) break;
    if (b[x] !== COLON || x + 1 === b.length) return undefined;
    x++;
    if (b[x] === COLON) {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      x++;
      if (x === b.length) break;
    }
  }
  if (x !== b.length) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    ip.copyWithin(ellipsis + n, ellipsis, i);
    ip.fill(0, ellipsis, ellipsis + n);
  } else if (ellipsis >= 0) {
    return undefined; // the ellipsis must stand for at least one group
  }
  return ip;
}

/** The text parsed as the family its first '.' or ':' says. */
function parseIPBytes(b: Uint8Array, sloppy: boolean): GoIP | undefined {
  for (const c of b) {
    if (c === DOT) return parseIPv4(b, 0, sloppy);
    if (c === COLON) return parseIPv6(b, sloppy);
  }
  return undefined;
}

/** net.ParseIP (strict), or netutils.ParseIPSloppy when `sloppy`: 16 bytes, or undefined when Go rejects it. */
export function parseIP(s: string, sloppy = false): GoIP | undefined {
  return parseIPBytes(utf8(s), sloppy);
}

/** k8s.io/utils/net ParseIPSloppy. */
export function parseIPSloppy(s: string): GoIP | undefined {
  return parseIP(s, true);
}

/** ip.To4() != nil: an IPv4 address, including an IPv4-mapped IPv6 one (::ffff:a.b.c.d). */
export function isTo4(ip: GoIP | undefined): boolean {
  if (!ip) return false;
  for (let k = 0; k < 10; k++) if (ip[k] !== 0) return false;
  return ip[10] === 0xff && ip[11] === 0xff;
}

/** Go's net.IP.String(): the dotted quad for an IPv4(-mapped) address, the RFC 5952 form otherwise. */
export function ipString(ip: GoIP): string {
  if (isTo4(ip)) return `${ip[12]}.${ip[13]}.${ip[14]}.${ip[15]}`;
  return (ipaddr.fromByteArray([...ip]) as ipaddr.IPv6).toRFC5952String();
}

/** KubeVirt's sanitizeIP: the canonical form when the sloppy parse succeeds, the input unchanged otherwise. */
export function sanitizeIP(s: string): string {
  const ip = parseIPSloppy(s);
  return ip ? ipString(ip) : s;
}

/**
 * KubeVirt's sanitizeCIDR (kubevirt.io/api, applied when pod.vmNetworkCIDR is decoded): ParseCIDRSloppy, then
 * `<ip>/<prefix>` with the address (host bits kept) in Go's canonical text; the input unchanged when it does not parse.
 */
export function sanitizeCIDR(s: string): string {
  const c = parseCIDR(s, true);
  return c ? `${ipString(c.ip)}/${c.prefix}` : s;
}

export interface GoCIDR {
  ip: GoIP;
  prefix: number;
  /** 32 for IPv4 text, 128 for IPv6 text. */
  bits: number;
}

/**
 * net.ParseCIDR, or netutils.ParseCIDRSloppy when `sloppy`. The address is parsed as in ParseIP; the prefix
 * length is Go's dtoi (decimal, leading zeros allowed in both) and at most the address size.
 */
export function parseCIDR(s: string, sloppy = false): GoCIDR | undefined {
  const b = utf8(s);
  const slash = b.indexOf(0x2f);
  if (slash < 0) return undefined;
  const addr = b.subarray(0, slash);
  let bits = 32;
  let ip = parseIPv4(addr, 0, sloppy);
  if (!ip) {
    bits = 128;
    ip = parseIPv6(addr, sloppy);
  }
  const d = dtoi(b, slash + 1);
  if (!ip || !d.ok || slash + 1 + d.i !== b.length || d.n > bits) return undefined;
  return { ip, prefix: d.n, bits };
}

/** xtoi2: two hex digits at `b[x]`, followed by `sep` unless they end at `end`. */
function xtoi2(b: Uint8Array, x: number, end: number, sep: number): number | undefined {
  if (end - x > 2 && b[x + 2] !== sep) return undefined;
  if (end - x < 2) return undefined;
  const hi = hexVal(b[x]!);
  const lo = hexVal(b[x + 1]!);
  if (hi < 0 || lo < 0) return undefined;
  return hi * 16 + lo;
}

/**
 * net.ParseMAC: the address bytes (6, 8 or 20 of them), or undefined when Go rejects the text. Forms:
 * 00:11:22:33:44:55, 00-11-22-33-44-55, 0011.2233.4455 (and the 8- and 20-byte ones), hex in either case.
 */
export function parseMAC(s: string): number[] | undefined {
  const b = utf8(s);
  const len = b.length;
  if (len < 14) return undefined;
  const out: number[] = [];
  if (b[2] === COLON || b[2] === 0x2d) {
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
  if (b[4] === DOT) {
    if ((len + 1) % 5 !== 0) return undefined;
    const n = (2 * (len + 1)) / 5;
    if (n !== 6 && n !== 8 && n !== 20) return undefined;
    for (let x = 0, i = 0; i < n; i += 2, x += 5) {
      const a = xtoi2(b, x, x + 2, 0);
      const c = xtoi2(b, x + 2, len, DOT);
      if (a === undefined || c === undefined) return undefined;
      out.push(a, c);
    }
    return out;
  }
  return undefined;
}

/** net.HardwareAddr.String(): lower-case hex bytes joined by colons. */
export function macString(bytes: readonly number[]): string {
  return bytes.map((v) => v.toString(16).padStart(2, '0')).join(':');
}
