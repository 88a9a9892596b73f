// Plain-text phrases for the diagram's labels, from wiring values: a concrete value is shown as it is, a value
// only the running pod knows (`fromPod:…`, `runtime:…`) as a short phrase — never as if it were known.

import type { NatForward } from '../wiring/nftables';
import type { DomainInterface, InterfaceWiring, InPodLink, PortForward } from '../wiring/types';
import { FROM_POD, isRuntimeValue } from '../wiring/runtime';

/** The value when it is concrete, else undefined. */
export function known(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '' || isRuntimeValue(v)) return undefined;
  return String(v);
}

function fromPod(v: unknown): boolean {
  return typeof v === 'string' && v.startsWith(FROM_POD);
}

/** `MAC 02:00:00:00:00:00`, `MAC from the pod`, `MAC chosen by libvirt`. */
export function macLine(mac: string | null | undefined): string {
  const k = known(mac);
  if (k) return `MAC ${k}`;
  if (fromPod(mac)) return 'MAC from the pod';
  if (mac) return 'MAC set at runtime';
  return 'MAC chosen by libvirt';
}

function list(v: string[] | string | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => known(x) !== undefined);
}

/** The concrete addresses of a link (`10.0.2.1/24`). */
export function linkAddresses(l: InPodLink | undefined): string[] {
  if (!l) return [];
  return [...list(l.ipv4), ...list(l.ipv6)];
}

/** What the guest gets: `10.0.2.2/24 via 10.0.2.1`, `pod IP (DHCP)`, `NAD IPAM address (DHCP)`, … */
export function guestAddressLines(w: InterfaceWiring): string[] {
  const g = w.guest;
  const out: string[] = [];
  for (const [ip, gw] of [
    [g.ipv4, g.ipv4Gateway],
    [g.ipv6, g.ipv6Gateway],
  ] as const) {
    const k = known(ip);
    if (k) out.push(known(gw) ? `${k} via ${known(gw)}` : k);
  }
  if (out.length > 0) return out;
  if (fromPod(g.ipv4) || fromPod(g.ipv6)) {
    if (isPasst(w)) return ['the pod IP (passt)'];
    const dhcp = !!(w.dhcp?.v4 || w.dhcp?.v6);
    if (w.network.source === 'multus') return [dhcp ? 'NAD IPAM address (DHCP)' : 'NAD IPAM address, if any'];
    return [dhcp ? 'the pod IP (DHCP)' : 'the pod IP'];
  }
  if (w.binding === 'sriov') return ['address from the physical network'];
  return ['no address from KubeVirt'];
}

/** A guest NIC served by passt (a vhost-user `<interface>` with a passt backend). */
export function isPasst(w: InterfaceWiring): boolean {
  return w.domain?.element === 'interface' && w.domain.backend?.type === 'passt';
}

function ports(f: NatForward): string {
  if (f.range) return `${f.range[0]}-${f.range[1]}`;
  return (f.ports ?? []).join(', ');
}

/** The NAT's forwarded ports: `tcp 80 → 10.0.2.2`, `all ports → 10.0.2.2`, one line per protocol and family. */
export function natForwardLines(forwards: readonly NatForward[]): string[] {
  const groups = new Map<string, string[]>();
  for (const f of forwards) {
    const to = known(f.to) ?? 'the guest';
    const key = f.protocol === null ? `all ports → ${to}` : `${f.protocol} {} → ${to}`;
    const g = groups.get(key) ?? [];
    if (f.protocol !== null) g.push(ports(f));
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => key.replace('{}', g.join(', ')));
}

/** passt's `<portForward>` elements as lines: `tcp: all ports`, `tcp 80, 443`, `tcp except 15000, …`. */
export function passtForwardLines(d: DomainInterface): string[] {
  return (d.portForward ?? []).map((pf: PortForward) => {
    if (pf.ranges.length === 0) return `${pf.proto}: all ports`;
    const incl = pf.ranges.filter((r) => !r.exclude).map((r) => r.start);
    const excl = pf.ranges.filter((r) => r.exclude).map((r) => r.start);
    const parts = [incl.length ? incl.join(', ') : 'all ports', excl.length ? `except ${excl.join(', ')}` : ''];
    return `${pf.proto} ${parts.filter(Boolean).join(' ')}`;
  });
}

/** Longest title shown in a box; the whole name stays in the data and the tooltip. */
export const MAX_TITLE = 48;

/** A node's title as drawn: long names (a NAD's namespace/name can be 300 characters) end in `…`. */
export function displayTitle(title: string): string {
  const chars = [...title];
  return chars.length <= MAX_TITLE ? title : chars.slice(0, MAX_TITLE - 1).join('') + '…';
}
