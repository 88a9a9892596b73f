// Guest side for passtBinding: passt gives the guest the pod's own addresses; status carries the pod
// interface's cached IPs (pkg/network/setup/netpod/discover.go, case PasstBinding), so they must be the pod's.

import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { podIfaceFacts } from '../plan';
import { activeIfaces, bare, finding, list, statusTarget, type Check } from './common';

export const guestPasst: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  for (const p of activeIfaces(plan)) {
    if (p.binding !== 'passtBinding' || !p.status) continue;
    const want = podIfaceFacts(plan, p, plan.podIPs).ips.map(bare);
    const have = p.status.ipAddresses.map(bare);
    if (want.length === 0 || have.length === 0) continue;
    if (have.every((ip) => want.includes(ip))) continue;
    out.push(
      finding({
        code: 'DR-GUEST-05',
        check: 'guest',
        iface: p,
        message: `${p.name}: passt gives the guest the pod's addresses (${list(want)}), but status shows ${list(have)}`,
        expected: list(want),
        actual: list(have),
        target: statusTarget(p, 'ipAddress'),
      }),
    );
  }
  return out;
};
