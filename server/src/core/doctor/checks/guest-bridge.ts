// Guest side for bridge, checklist item "for bridge check the guest's DHCP path": KubeVirt's DHCP server hands the
// guest its pod interface's IPv4 (the NAD's IPAM address on a Multus network, the pod IP on the pod network;
// pkg/network/setup/netpod/discoverbridge.go, dhcp/bridge.go). Status addresses: the pod interface's cached IPv4
// first; the guest agent's only where that cache is empty, and none when the agent reports none
// (netstat.go:updateVMIIfaceStatusWithGuestAgentData). So an agent-reported IPv4 other than the pod interface's,
// or no IPv4 at all, means the guest did not take what DHCP offered.

import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { podIfaceFacts } from '../plan';
import { activeIfaces, bare, finding, ipv4Only, list, statusTarget, type Check } from './common';

export const guestBridge: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  for (const p of activeIfaces(plan)) {
    if (p.binding !== 'bridge' || !p.status) continue;
    const facts = podIfaceFacts(plan, p, plan.podIPs);
    const want = ipv4Only(facts.ips).map(bare);
    if (want.length === 0) continue; // no IPAM: nothing handed out (DR-POD-06)
    const have = ipv4Only(p.status.ipAddresses);
    const fromAgent = p.status.infoSource.includes('guest-agent');
    if (have.length === 0) {
      if (!fromAgent) continue;
      out.push(
        finding({
          code: 'DR-GUEST-04',
          check: 'guest',
          iface: p,
          message: `${p.name}: the guest agent reports no IPv4 on this NIC${p.status.interfaceName ? ` (${p.status.interfaceName} in the guest)` : ''}, but DHCP offers ${list(want)} of pod interface ${p.podIface}`,
          expected: list(want),
          actual: 'no IPv4',
          target: statusTarget(p, 'ipAddresses'),
        }),
      );
      continue;
    }
    if (have.some((ip) => want.includes(bare(ip)))) continue;
    out.push(
      finding({
        code: 'DR-GUEST-03',
        check: 'guest',
        iface: p,
        message: `${p.name}: the guest has ${list(have)}${fromAgent ? ' (guest agent)' : ''}, but its pod interface ${p.podIface} holds ${list(want)}, which KubeVirt's DHCP hands to the guest`,
        expected: list(want),
        actual: list(have),
        target: statusTarget(p, 'ipAddress'),
      }),
    );
  }
  return out;
};
