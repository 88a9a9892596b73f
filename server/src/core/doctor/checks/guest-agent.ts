// status.interfaces and the guest agent (pkg/network/setup/netstat.go:ifacesStatusFromGuestAgent): entries are
// matched to the guest's interfaces by MAC; a match gets `interfaceName` and infoSource `domain, guest-agent`;
// guest interfaces matching no NIC are appended without a name and with infoSource `guest-agent` (at most 10).
// Without an agent, status shows the pod's addresses only: a fact to state, not a fault.

import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { finding, list, vmiAt, type Check } from './common';

export const guestAgent: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  if (!plan.guestAgent) {
    if (plan.phase === 'Running') {
      out.push(
        finding({
          code: 'DR-STATUS-07',
          check: 'status',
          iface: null,
          message:
            "no guest agent reports to KubeVirt: status.interfaces shows the pod side only (pod IPs, no guest interface names); the guest's own addresses cannot be checked from the dump",
          expected: null,
          actual: 'no AgentConnected condition, no guest-agent infoSource',
          target: vmiAt(['status', 'interfaces']),
        }),
      );
    }
    return out;
  }
  for (const e of plan.statusEntries) {
    if (e.name !== undefined || !e.infoSource.includes('guest-agent')) continue;
    if (e.interfaceName === 'lo' || e.mac === '00:00:00:00:00:00') continue;
    out.push(
      finding({
        code: 'DR-STATUS-08',
        check: 'status',
        iface: null,
        message: `the guest reports interface ${e.interfaceName ?? '(unnamed)'} with MAC ${e.mac ?? '(none)'} (${list(e.ipAddresses)}), which matches no NIC KubeVirt plugged: the guest changed its MAC or has a NIC of its own`,
        expected: null,
        actual: `${e.interfaceName ?? '?'} ${e.mac ?? ''}`.trim(),
        target: vmiAt(['status', 'interfaces', e.index]),
      }),
    );
  }
  return out;
};
