// nftables commands KubeVirt runs for the first masquerade interface (pkg/network/setup/netpod/masquerade/
// masquerade.go), per family in this order: table, 6 chains, 3 base rules, legacy migration-port skips,
// then ports / port ranges / catch-all. Each string is the argv of `nft` joined by single spaces.

import type { Interface } from '../model/api';

export type NftFamily = 'ip' | 'ip6';

/** Istio's reserved ports (pkg/network/istio/ports.go), in KubeVirt's order. */
export const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090];
/** Ports Istio does not proxy: forwarded straight to the guest. */
export const ISTIO_NON_PROXIED_PORTS = [22];
const ISTIO_LOOPBACK = '127.0.0.6';
const LEGACY_MIGRATION_PORTS = [49152, 49153];

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
  /** Pod iface's first IPv4 (istio DNAT set); a `{{fromPod:podIPv4}}` placeholder when unknown. */
  podIPv4: string;
  legacyMigrationPorts: boolean;
  portRangesEnabled: boolean;
}

function loopback(f: NftFamily): string {
  return f === 'ip' ? '127.0.0.1' : '::1';
}

function set(items: (string | number)[]): string {
  return `{ ${items.join(', ')} }`;
}

/** Commands for one family. */
export function nftCommandsForFamily(iface: Interface, o: NftOptions): string[] {
  const f = o.family;
  const out: string[] = [];
  const table = (name: string) => out.push(`nft add table ${f} ${name}`);
  const chain = (name: string, spec?: string) => out.push(`nft add chain ${f} nat ${name}${spec ? ' ' + spec : ''}`);
  const rule = (chainName: string, ...spec: (string | number)[]) => out.push(`nft add rule ${f} nat ${chainName} ${spec.join(' ')}`);
  const lo = loopback(f);

  table('nat');
  chain('prerouting', '{ type nat hook prerouting priority -100; }');
  chain('input', '{ type nat hook input priority 100; }');
  chain('output', '{ type nat hook output priority -100; }');
  chain('postrouting', '{ type nat hook postrouting priority 100; }');
  chain('KUBEVIRT_PREINBOUND');
  chain('KUBEVIRT_POSTINBOUND');
  rule('postrouting', f, 'saddr', o.guest, 'counter', 'masquerade');
  rule('prerouting', 'iifname', o.podIface, 'counter', 'jump', 'KUBEVIRT_PREINBOUND');
  rule('postrouting', 'oifname', o.bridge, 'counter', 'jump', 'KUBEVIRT_POSTINBOUND');

  const skip = (ports: number[]) => {
    rule('output', 'tcp', 'dport', set(ports), f, 'saddr', lo, 'counter', 'return');
    rule('KUBEVIRT_POSTINBOUND', 'tcp', 'dport', set(ports), f, 'saddr', lo, 'counter', 'return');
  };
  const forward = (protocol: string, ports: number[]) => {
    if (ports.length === 0) return;
    rule('KUBEVIRT_PREINBOUND', protocol, 'dport', set(ports), 'counter', 'dnat', 'to', o.guest);
  };

  if (o.legacyMigrationPorts) skip(LEGACY_MIGRATION_PORTS);

  const dnatSet = set(o.istio && f === 'ip' ? [lo, o.podIPv4] : [lo]);
  const snatSet = set(o.istio && f === 'ip' ? [lo, ISTIO_LOOPBACK] : [lo]);

  const ports = Array.isArray(iface.ports) ? iface.ports : [];
  for (const port of ports) {
    const number = Number(port?.port ?? 0);
    const protocol = (typeof port?.protocol === 'string' && port.protocol !== '' ? port.protocol : 'tcp').toLowerCase();
    if (o.istio) {
      forward('tcp', ISTIO_NON_PROXIED_PORTS.filter((p) => p === number));
    } else {
      forward(protocol, [number]);
    }
    rule('KUBEVIRT_POSTINBOUND', protocol, 'dport', number, f, 'saddr', o.istio ? snatSet : set([lo]), 'counter', 'snat', 'to', o.gateway);
    rule('output', f, 'daddr', dnatSet, protocol, 'dport', number, 'counter', 'dnat', 'to', o.guest);
  }

  const ranges = o.portRangesEnabled && Array.isArray(iface.portRanges) ? iface.portRanges : [];
  for (const range of ranges) {
    const protocol = String(range?.protocol ?? '').toLowerCase();
    const start = Number(range?.start ?? 0);
    const end = Number(range?.end ?? 0);
    const spec = `${start}-${end}`;
    if (o.istio) {
      forward('tcp', ISTIO_NON_PROXIED_PORTS.filter((p) => start <= p && p <= end));
    } else {
      rule('KUBEVIRT_PREINBOUND', protocol, 'dport', spec, 'counter', 'dnat', 'to', o.guest);
    }
    rule('KUBEVIRT_POSTINBOUND', protocol, 'dport', spec, f, 'saddr', o.istio ? snatSet : set([lo]), 'counter', 'snat', 'to', o.gateway);
    rule('output', f, 'daddr', dnatSet, protocol, 'dport', spec, 'counter', 'dnat', 'to', o.guest);
  }

  if (ports.length === 0 && ranges.length === 0) {
    if (o.istio) {
      skip(ISTIO_RESERVED_PORTS);
      forward('tcp', ISTIO_NON_PROXIED_PORTS);
    } else {
      rule('KUBEVIRT_PREINBOUND', 'counter', 'dnat', 'to', o.guest);
    }
    rule('KUBEVIRT_POSTINBOUND', f, 'saddr', o.istio ? snatSet : set([lo]), 'counter', 'snat', 'to', o.gateway);
    rule('output', f, 'daddr', dnatSet, 'counter', 'dnat', 'to', o.guest);
  }
  return out;
}

/** `sidecar.istio.io/inject` equal to "true", case-insensitive (pkg/network/istio/proxy.go). */
export function istioInjectionEnabled(annotations: Record<string, string> | undefined): boolean {
  const v = annotations?.['sidecar.istio.io/inject'];
  return typeof v === 'string' && v.toLowerCase() === 'true';
}
