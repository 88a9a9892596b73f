// Pod side, checklist item "the pod IP": the launcher pod must have an address for the interfaces on the pod
// network that hand it to the guest (bridge), NAT behind it (masquerade) or proxy it (passt); and Multus' view of
// the primary interface should agree with the pod's status.podIPs.

import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { activeIfaces, bare, finding, list, networkStatusTarget, podAt, type Check } from './common';
import { POD_NETWORK_BINDINGS } from '../../model/bindings';

const NEEDS_POD_IP: ReadonlySet<string> = new Set(POD_NETWORK_BINDINGS);

export const podIPs: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  if (!plan.subject.pod) return out;
  for (const p of activeIfaces(plan)) {
    if (!p.podNetwork || !NEEDS_POD_IP.has(p.binding)) continue;
    if (plan.podIPs.length > 0) continue;
    out.push(
      finding({
        code: 'DR-POD-04',
        check: 'pod',
        iface: p,
        message: `${p.name}: the launcher pod has no IP address (status.podIPs is empty), so ${p.binding} has none to give the guest`,
        expected: 'the pod IP(s) from the cluster network',
        actual: 'no pod IP',
        target: podAt(['status']),
      }),
    );
  }
  if (plan.networkStatus.state === 'ok' && plan.podIPs.length > 0) {
    const def = plan.networkStatus.entries.find((e) => e.default);
    if (def && def.ips.length > 0) {
      const a = new Set(def.ips.map(bare));
      const b = new Set(plan.podIPs.map(bare));
      const same = a.size === b.size && [...a].every((x) => b.has(x));
      if (!same) {
        const primary = plan.ifaces.find((p) => p.primary);
        out.push(
          finding({
            code: 'DR-POD-05',
            check: 'pod',
            iface: primary ?? null,
            message: `the pod's primary interface has ${list(def.ips)} in Multus' network-status but status.podIPs says ${list(plan.podIPs)}`,
            expected: list(plan.podIPs),
            actual: list(def.ips),
            target: networkStatusTarget(),
          }),
        );
      }
    }
  }
  return out;
};
