// Guest side for masquerade, checklist items "check the pod IP and the guest IP separately" and "for masquerade
// check the guest CIDR": the guest sits at the computed address (network + 2 of vmNetworkCIDR, default
// 10.0.2.2/24 via 10.0.2.1) behind NAT, while status reports the pod's IPs — KubeVirt caches the pod
// interface's addresses at setup and they take precedence over the guest agent's (pkg/network/setup/netpod/
// discover.go:storePodInterfaceData, netstat.go:updateVMIIfaceStatusWithGuestAgentData).

import ipaddr from 'ipaddr.js';
import type { DoctorFinding } from '../types';
import type { IfacePlan, Plan } from '../plan';
import { podIfaceFacts } from '../plan';
import { activeIfaces, bare, finding, list, statusTarget, specIfaceTarget, type Check } from './common';

function within(ip: string, cidr: string): boolean {
  try {
    const addr = ipaddr.parse(bare(ip));
    const [net, len] = ipaddr.parseCIDR(cidr);
    return addr.kind() === net.kind() && addr.match(net, len);
  } catch {
    return false;
  }
}

/** The VM network's CIDR of a family: the network of the computed guest address (e.g. 10.0.2.2/24 → 10.0.2.0/24). */
function vmCidr(guest: string | null): string | undefined {
  if (!guest) return undefined;
  try {
    const [addr, len] = ipaddr.parseCIDR(guest);
    const net = addr.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(guest) : ipaddr.IPv6.networkAddressFromCIDR(guest);
    return `${net.toString()}/${len}`;
  } catch {
    return undefined;
  }
}

function guestText(p: IfacePlan): string {
  const g = p.wiring?.guest;
  if (!g) return '(not computed)';
  const parts: string[] = [];
  if (g.ipv4) parts.push(`${g.ipv4} via ${g.ipv4Gateway}`);
  if (g.ipv6) parts.push(`${g.ipv6} via ${g.ipv6Gateway}`);
  return parts.length > 0 ? parts.join('; ') : '(none)';
}

export const guestMasquerade: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  for (const p of activeIfaces(plan)) {
    if (p.binding !== 'masquerade' || !p.wiring) continue;
    const podIPs = podIfaceFacts(plan, p, plan.podIPs).ips.map(bare);
    const statusIPs = p.status?.ipAddresses ?? [];
    const cidrs = [vmCidr(p.wiring.guest.ipv4), vmCidr(p.wiring.guest.ipv6)].filter((c): c is string => !!c);
    out.push(
      finding({
        code: 'DR-GUEST-01',
        check: 'guest',
        iface: p,
        message: `${p.name}: the guest is NATed at ${guestText(p)}; status shows ${statusIPs.length ? list(statusIPs) : 'no address'}${podIPs.length ? ` — the pod's ${list(podIPs)}, by design` : ''}`,
        expected: guestText(p),
        actual: statusIPs.length ? list(statusIPs) : null,
        target: statusTarget(p, 'ipAddress'),
      }),
    );
    const stale = statusIPs.filter((ip) => !podIPs.includes(bare(ip)) && !cidrs.some((c) => within(ip, c)));
    if (podIPs.length > 0 && stale.length > 0) {
      out.push(
        finding({
          code: 'DR-GUEST-05',
          check: 'guest',
          iface: p,
          message: `${p.name}: status shows ${list(stale)}, which is neither the pod's address (${list(podIPs)}) nor in the VM network`,
          expected: list(podIPs),
          actual: list(statusIPs),
          target: statusTarget(p, 'ipAddress'),
        }),
      );
    }
    const clash = [...podIPs, ...(podIfaceFacts(plan, p).gateway ? [podIfaceFacts(plan, p).gateway!] : [])].flatMap((ip) =>
      cidrs.filter((c) => within(ip, c)).map((c) => `${ip} in ${c}`),
    );
    if (clash.length > 0) {
      out.push(
        finding({
          code: 'DR-GUEST-02',
          check: 'guest',
          iface: p,
          message: `${p.name}: the VM network overlaps the pod's addresses (${clash.join('; ')}): the guest cannot reach them; choose another vmNetworkCIDR`,
          expected: `a VM network apart from ${list(podIPs)}`,
          actual: list(cidrs),
          target: specIfaceTarget(p),
        }),
      );
    }
  }
  return out;
};
