// One-line summaries of an interface's wiring: the path a packet takes from the pod to the guest,
// e.g. `masquerade · pod eth0 → k6t-eth0 → tap0 → guest 10.0.2.2/24 via 10.0.2.1`. The line is Markdown
// (device names and addresses need no escaping; the domain element is a code span).

import type { DomainDevice, InterfaceWiring, NetworkRef } from '../wiring/types';
import { esc, runtimeKind } from './markdown';
import { DISCONTINUED, isDiscontinuedBinding } from '../model/bindings';

export function discontinuedNote(binding: string): string | undefined {
  if (!isDiscontinuedBinding(binding)) return undefined;
  return DISCONTINUED[binding].note ?? DISCONTINUED[binding].message;
}

/** `pod network`, `Multus network red-nad (default)`, … */
export function networkLabel(n: NetworkRef | undefined | null): string {
  if (!n) return 'no network';
  switch (n.source) {
    case 'pod':
      return 'pod network';
    case 'multus':
      return `Multus network ${n.networkName}${n.default ? ' (default network)' : ''}`;
    case 'resourceClaim':
      return `DRA claim ${n.claimName}/${n.requestName}`;
    default:
      return 'no network';
  }
}

/** Whether the guest NIC is served by passt (a vhost-user `<interface>` with a passt backend). */
export function isPasstDevice(w: InterfaceWiring): boolean {
  return w.domain?.element === 'interface' && w.domain.type === 'vhostuser';
}

/** `` `<interface>` ua-default `` */
export function deviceLabel(d: DomainDevice): string {
  return `\`<${d.element}>\` ${esc(d.alias)}`;
}

function concrete(v: unknown): v is string {
  return typeof v === 'string' && v !== '' && !runtimeKind(v);
}

/** What the guest gets, in words: `guest 10.0.2.2/24 via 10.0.2.1`, `guest gets the pod IP (DHCP)`, … */
export function guestPhrase(w: InterfaceWiring): string {
  const g = w.guest ?? { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null };
  const parts: string[] = [];
  for (const [ip, gw] of [
    [g.ipv4, g.ipv4Gateway],
    [g.ipv6, g.ipv6Gateway],
  ] as const) {
    if (concrete(ip)) parts.push(concrete(gw) ? `${esc(ip)} via ${esc(gw)}` : esc(ip));
  }
  if (parts.length > 0) return `guest ${parts.join(', ')}`;
  const fromPod = runtimeKind(g.ipv4) === 'fromPod' || runtimeKind(g.ipv6) === 'fromPod';
  if (fromPod) {
    if (w.binding === 'passtBinding' || isPasstDevice(w)) return 'guest gets the pod IP (passt)';
    const dhcp = !!(w.dhcp?.v4 || w.dhcp?.v6);
    if (w.network?.source === 'multus') {
      return dhcp ? "guest gets the NAD's IPAM address (DHCP, if the NAD has IPAM)" : "guest gets the NAD's IPAM address, if any";
    }
    return dhcp ? 'guest gets the pod IP (DHCP)' : 'guest gets the pod IP';
  }
  if (w.binding === 'sriov') return 'guest: addressing from the physical network';
  return 'guest: no address from KubeVirt';
}

/** The one-line summary of an interface's wiring; `binding: false` leaves out the leading binding (a title names it). */
export function summaryLine(w: InterfaceWiring, opts: { binding?: boolean } = {}): string {
  const b = w.binding;
  const lead = opts.binding === false ? '' : `${esc(b)} · `;
  if (isDiscontinuedBinding(b)) return `${esc(b)} · discontinued since v1.3: KubeVirt rejects it at creation`;
  const hops: string[] = [];
  const dev = w.domain;
  if (b === 'sriov') {
    hops.push(w.podInterface ? `VF ${esc(w.podInterface)}` : 'VF');
    hops.push(dev ? deviceLabel(dev) : 'no domain device from KubeVirt');
    return `${lead}${hops.join(' → ')}`;
  }
  if (w.podInterface) hops.push(`pod ${esc(w.podInterface)}`);
  const renamed = w.inPod?.links?.find((l) => l.kind === 'pod-iface-renamed');
  if (renamed && w.bridge) hops.push(`${esc(renamed.name)} ⇄ ${esc(w.bridge)}`);
  else if (w.bridge) hops.push(esc(w.bridge));
  if (w.tap) hops.push(esc(w.tap));
  else if (isPasstDevice(w)) hops.push('passt (vhost-user)');
  if (!dev && !w.tap && b.startsWith('plugin:')) hops.push("the plugin's sidecar adds the domain device");
  hops.push(guestPhrase(w));
  return `${lead}${hops.join(' → ')}`;
}
