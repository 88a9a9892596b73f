// nftables commands KubeVirt runs for the first masquerade interface (pkg/network/setup/netpod/masquerade/
// masquerade.go), per family in this order: table, 6 chains, 3 base rules, legacy migration-port skips,
// then ports / port ranges / catch-all. Records (types.ts NftCommand); render/nft-script.ts prints them as
// the argv KubeVirt passes to `nft`.

import type { Interface } from '../model/api';
import { portValue } from '../model/template-params';
import type { NftAtom, NftCommand, NftFamily, NftMatch, NftOrigin, NftStatement, NftValue } from './types';

export type { NftFamily } from './types';

/** Istio's reserved ports (pkg/network/istio/ports.go), in KubeVirt's order. */
export const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090];
/** Ports Istio does not proxy: forwarded straight to the guest. */
export const ISTIO_NON_PROXIED_PORTS = [22];
const ISTIO_LOOPBACK = '127.0.0.6';
const LEGACY_MIGRATION_PORTS = [49152, 49153];
const TABLE = 'nat';
export const PREINBOUND = 'KUBEVIRT_PREINBOUND';
export const POSTINBOUND = 'KUBEVIRT_POSTINBOUND';

export interface NftOptions {
  family: NftFamily;
  /** Pod interface the traffic enters by (`eth0`). */
  podIface: string;
  /** In-pod bridge (`k6t-eth0`). */
  bridge: string;
  /** Guest gateway = bridge address (10.0.2.1). */
  gateway: string;
  /** Guest address (10.0.2.2). */
  guest: string;
  istio: boolean;
  /** Pod iface's first IPv4 (istio DNAT set); `fromPod:podIPv4` when unknown. */
  podIPv4: string;
  legacyMigrationPorts: boolean;
  portRangesEnabled: boolean;
}

function loopback(f: NftFamily): string {
  return f === 'ip' ? '127.0.0.1' : '::1';
}

const set = (items: NftAtom[]): NftValue => ({ set: items });
const dport = (protocol: string, value: NftValue): NftMatch => ({ protocol: protocol === 'udp' ? 'udp' : 'tcp', field: 'dport', value });

/** Commands for one family. */
export function nftCommandsForFamily(iface: Interface, o: NftOptions): NftCommand[] {
  const f = o.family;
  const out: NftCommand[] = [];
  const base: NftOrigin = { kind: 'base' };
  const chain = (name: string, hook?: 'prerouting' | 'input' | 'output' | 'postrouting', priority = 0) =>
    out.push(
      hook
        ? { add: 'chain', family: f, table: TABLE, chain: name, hook: { type: 'nat', hook, priority } }
        : { add: 'chain', family: f, table: TABLE, chain: name },
    );
  const rule = (origin: NftOrigin, chainName: string, match: NftMatch[], statement: NftStatement) =>
    out.push({ add: 'rule', family: f, table: TABLE, chain: chainName, match, counter: true, statement, origin });
  const saddr = (value: NftValue): NftMatch => ({ protocol: f, field: 'saddr', value });
  const daddr = (value: NftValue): NftMatch => ({ protocol: f, field: 'daddr', value });
  const dnatGuest: NftStatement = { kind: 'dnat', addr: o.guest };
  const snatGateway: NftStatement = { kind: 'snat', addr: o.gateway };
  const lo = loopback(f);

  out.push({ add: 'table', family: f, table: TABLE });
  chain('prerouting', 'prerouting', -100);
  chain('input', 'input', 100);
  chain('output', 'output', -100);
  chain('postrouting', 'postrouting', 100);
  chain(PREINBOUND);
  chain(POSTINBOUND);
  rule(base, 'postrouting', [saddr(o.guest)], { kind: 'masquerade' });
  rule(base, 'prerouting', [{ meta: 'iifname', value: o.podIface }], { kind: 'jump', target: PREINBOUND });
  rule(base, 'postrouting', [{ meta: 'oifname', value: o.bridge }], { kind: 'jump', target: POSTINBOUND });

  // skipping ports: loopback traffic to them stays in the pod (the source address is a bare value here)
  const skip = (origin: NftOrigin, ports: number[]) => {
    rule(origin, 'output', [dport('tcp', set(ports)), saddr(lo)], { kind: 'return' });
    rule(origin, POSTINBOUND, [dport('tcp', set(ports)), saddr(lo)], { kind: 'return' });
  };
  const forward = (origin: NftOrigin, protocol: string, ports: NftAtom[]) => {
    if (ports.length === 0) return;
    rule(origin, PREINBOUND, [dport(protocol, set(ports))], dnatGuest);
  };

  if (o.legacyMigrationPorts) skip({ kind: 'migration' }, LEGACY_MIGRATION_PORTS);

  const dnatSet = set(o.istio && f === 'ip' ? [lo, o.podIPv4] : [lo]);
  const snatSet = set(o.istio && f === 'ip' ? [lo, ISTIO_LOOPBACK] : [lo]);

  const ports = Array.isArray(iface.ports) ? iface.ports : [];
  ports.forEach((port, index) => {
    const origin: NftOrigin = { kind: 'port', index };
    const number = portValue(port?.port);
    const protocol = (typeof port?.protocol === 'string' && port.protocol !== '' ? port.protocol : 'tcp').toLowerCase();
    if (o.istio)
      forward(
        origin,
        'tcp',
        ISTIO_NON_PROXIED_PORTS.filter((p) => p === number),
      );
    else forward(origin, protocol, [number]);
    rule(origin, POSTINBOUND, [dport(protocol, number), saddr(snatSet)], snatGateway);
    rule(origin, 'output', [daddr(dnatSet), dport(protocol, number)], dnatGuest);
  });

  const ranges = o.portRangesEnabled && Array.isArray(iface.portRanges) ? iface.portRanges : [];
  ranges.forEach((range, index) => {
    const origin: NftOrigin = { kind: 'portRange', index };
    const protocol = String(range?.protocol ?? '').toLowerCase();
    const start = portValue(range?.start);
    const end = portValue(range?.end);
    const span: NftValue = { range: [start, end] };
    if (o.istio)
      forward(
        origin,
        'tcp',
        ISTIO_NON_PROXIED_PORTS.filter((p) => typeof start === 'number' && typeof end === 'number' && start <= p && p <= end),
      );
    else rule(origin, PREINBOUND, [dport(protocol, span)], dnatGuest);
    rule(origin, POSTINBOUND, [dport(protocol, span), saddr(snatSet)], snatGateway);
    rule(origin, 'output', [daddr(dnatSet), dport(protocol, span)], dnatGuest);
  });

  if (ports.length === 0 && ranges.length === 0) {
    const all: NftOrigin = { kind: 'all-ports' };
    if (o.istio) {
      skip(all, ISTIO_RESERVED_PORTS);
      forward(all, 'tcp', ISTIO_NON_PROXIED_PORTS);
    } else {
      rule(all, PREINBOUND, [], dnatGuest);
    }
    rule(all, POSTINBOUND, [saddr(snatSet)], snatGateway);
    rule(all, 'output', [daddr(dnatSet)], dnatGuest);
  }
  return out;
}

/** What reaches the guest from outside the pod: one entry per KUBEVIRT_PREINBOUND DNAT rule. */
export interface NatForward {
  family: NftFamily;
  /** null: every protocol and port (no ports listed). */
  protocol: 'tcp' | 'udp' | null;
  /** The destination ports (`dport { … }`), or null. */
  ports: NftAtom[] | null;
  /** The destination port range (`dport 1000-2000`), or null. */
  range: [NftAtom, NftAtom] | null;
  /** The guest address the traffic is rewritten to. */
  to: NftAtom;
}

/** The forwarded ports of a masquerade interface, read from its rules (for a diagram's NAT box, a hover). */
export function natForwards(commands: readonly NftCommand[]): NatForward[] {
  const out: NatForward[] = [];
  for (const c of commands) {
    if (c.add !== 'rule' || c.chain !== PREINBOUND || c.statement.kind !== 'dnat') continue;
    const f: NatForward = { family: c.family, protocol: null, ports: null, range: null, to: c.statement.addr };
    for (const m of c.match) {
      if ('meta' in m || m.field !== 'dport') continue;
      f.protocol = m.protocol;
      const v = m.value;
      if (typeof v !== 'object') f.ports = [v];
      else if ('set' in v) f.ports = [...v.set];
      else f.range = [v.range[0], v.range[1]];
    }
    out.push(f);
  }
  return out;
}

/** `sidecar.istio.io/inject` equal to "true", case-insensitive (pkg/network/istio/proxy.go). */
export function istioInjectionEnabled(annotations: Record<string, string> | undefined): boolean {
  const v = annotations?.['sidecar.istio.io/inject'];
  return typeof v === 'string' && v.toLowerCase() === 'true';
}
