// Masquerade addressing (KubeVirt netpod.go:gatewayIP, link/address.go): the in-pod bridge gets the network
// address + 1 (the guest's gateway), the guest the network address + 2, both with the CIDR's prefix.
// Host bits are ignored. A prefix longer than (bits - 2) fails at runtime in virt-handler.

import ipaddr from 'ipaddr.js';
import { ipString, parseCIDR, sanitizeCIDR } from '../go/net';

export const DEFAULT_VM_CIDR = '10.0.2.0/24';
export const DEFAULT_VM_IPV6_CIDR = 'fd10:0:2::/120';

export interface MasqueradeAddresses {
  /** Gateway (bridge) address without prefix, e.g. 10.0.2.1. */
  gateway: string;
  /** Guest address without prefix, e.g. 10.0.2.2. */
  guest: string;
  prefix: number;
  /** Subnet mask in dotted form (IPv4 only). */
  mask?: string;
}

export type AddressingResult = { ok: true; value: MasqueradeAddresses } | { ok: false; message: string };

/** Go's net.IP.String(): the dotted quad for IPv4 (and IPv4-mapped IPv6), else the RFC 5952 form. */
function render(addr: ipaddr.IPv4 | ipaddr.IPv6): string {
  return addr.kind() === 'ipv4' ? addr.toString() : ipString(Uint8Array.from(addr.toByteArray()));
}

function addToBytes(bytes: number[], n: number): number[] {
  const out = [...bytes];
  let carry = n;
  for (let i = out.length - 1; i >= 0 && carry > 0; i--) {
    const v = out[i]! + carry;
    out[i] = v & 0xff;
    carry = v >> 8;
  }
  return out;
}

/** Go's net.ParseCIDR (strict: dotted-decimal IPv4 without leading zeros, standard IPv6 text), as ipaddr.js values. */
function parseCIDRStrict(cidr: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  const c = parseCIDR(cidr);
  if (!c) return undefined;
  return [ipaddr.fromByteArray([...(c.bits === 32 ? c.ip.subarray(12) : c.ip)]), c.prefix];
}

/**
 * Gateway/guest addresses for `cidr` (empty → the family default). Runtime errors are KubeVirt's messages:
 * `failed to parse VM CIDR: <cidr>, …` and `VM CIDR subnet is too small, at least 2 host addresses are required: <cidr>`.
 */
export function masqueradeAddresses(cidr: string | undefined, family: 'ipv4' | 'ipv6'): AddressingResult {
  const text = cidr && cidr !== '' ? cidr : family === 'ipv4' ? DEFAULT_VM_CIDR : DEFAULT_VM_IPV6_CIDR;
  const parsed = parseCIDRStrict(text);
  if (!parsed) return { ok: false, message: `failed to parse VM CIDR: ${text}, invalid CIDR address: ${text}` };
  const [addr, prefix] = parsed;
  const bits = addr.kind() === 'ipv4' ? 32 : 128;
  if (prefix > bits - 2) {
    return { ok: false, message: `VM CIDR subnet is too small, at least 2 host addresses are required: ${text}` };
  }
  const network =
    addr.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/${prefix}`)
      : ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${prefix}`);
  const netBytes = network.toByteArray();
  const gateway = ipaddr.fromByteArray(addToBytes(netBytes, 1));
  const guest = ipaddr.fromByteArray(addToBytes(netBytes, 2));
  const value: MasqueradeAddresses = { gateway: render(gateway), guest: render(guest), prefix };
  if (addr.kind() === 'ipv4') value.mask = ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString();
  return { ok: true, value };
}

/**
 * KubeVirt's JSON decoding of `vmNetworkCIDR` (sanitizeCIDR): parsed sloppily (leading zeros allowed) and
 * re-rendered, e.g. `10.10.010.0/24` → `10.10.10.0/24`. Unparsable values are kept verbatim.
 */
export function sanitizeVMNetworkCIDR(cidr: string | undefined): string | undefined {
  if (cidr === undefined || cidr === '') return cidr;
  return sanitizeCIDR(cidr);
}

/** Whether an address is a global unicast one (Go net.IP.IsGlobalUnicast). */
export function isGlobalUnicast(ip: string): boolean {
  try {
    const a = ipaddr.parse(ip.split('/')[0]!);
    const r = a.range();
    if (a.kind() === 'ipv4') {
      return !['unspecified', 'multicast', 'linkLocal', 'loopback', 'broadcast'].includes(r);
    }
    return !['unspecified', 'multicast', 'linkLocal', 'loopback'].includes(r);
  } catch {
    return false;
  }
}

/** Dotted subnet mask of an IPv4 `addr/prefix`. */
export function maskOf(cidr: string): string | undefined {
  try {
    const [addr, prefix] = ipaddr.parseCIDR(cidr);
    if (addr.kind() !== 'ipv4') return undefined;
    return ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString();
  } catch {
    return undefined;
  }
}
