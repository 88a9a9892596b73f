// status.interfaces against the spec and the pod, checklist item "check that the VMI's status.interfaces match the
// real interface names in the launcher pod". How KubeVirt fills each field:
// * one entry per domain <interface> / SR-IOV <hostdev> (infoSource `domain`, mac from the domain, linkState from
//   <link state>, default up) — pkg/network/setup/netstat.go:UpdateStatus;
// * `multus-status` added for secondary networks found in Multus' network-status, podInterfaceName set by
//   virt-controller (pod/controllers/vmi.go:UpdateVMIStatus);
// * infoSource values and their ", " joining: pkg/network/vmispec/infosource.go.

import { normalMac, type IfacePlan, type Plan } from '../plan';
import type { DoctorFinding } from '../types';
import { activeIfaces, finding, q, specIfaceTarget, specMacOf, statusTarget, type Check } from './common';

function running(plan: Plan): boolean {
  return plan.phase === 'Running';
}

function expectedInfoSource(p: IfacePlan): string {
  return p.wiring?.status?.infoSource ?? (p.secondary ? 'domain, multus-status' : 'domain');
}

export const statusInterfaces: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  for (const p of activeIfaces(plan)) {
    const st = p.status;
    if (!st) {
      if (!running(plan)) continue;
      out.push(
        finding({
          code: 'DR-STATUS-01',
          check: 'status',
          iface: p,
          message: `${p.name}: the running VMI has no status.interfaces entry for this interface: it was never plugged into the domain`,
          expected: `an entry named ${q(p.name)} (infoSource ${expectedInfoSource(p)})`,
          actual: 'no entry',
          target: specIfaceTarget(p),
        }),
      );
      continue;
    }
    // podInterfaceName (never set for DRA networks, which have no pod interface)
    if (p.podIface && st.podInterfaceName !== undefined && st.podInterfaceName !== p.podIface) {
      out.push(
        finding({
          code: 'DR-STATUS-02',
          check: 'status',
          iface: p,
          message: `${p.name}: status reports pod interface ${q(st.podInterfaceName)}, but KubeVirt derives ${q(p.podIface)} for this network${plan.networkStatus.state === 'ok' ? ' from the pod' : ''}`,
          expected: p.podIface,
          actual: st.podInterfaceName,
          target: statusTarget(p, 'podInterfaceName'),
        }),
      );
    }
    // MAC against spec.macAddress (Go's net.ParseMAC form on both sides)
    const want = specMacOf(p);
    const have = normalMac(st.mac);
    if (want && have && want !== have) {
      out.push(
        finding({
          code: 'DR-STATUS-03',
          check: 'status',
          iface: p,
          message: `${p.name}: the interface has MAC ${have}, but the spec asks for ${want}`,
          expected: want,
          actual: have,
          target: statusTarget(p, 'mac'),
        }),
      );
    }
    // link state (SR-IOV hostdevs report none)
    if (p.binding !== 'sriov' && st.linkState !== undefined && st.infoSource.includes('domain')) {
      const wantState = p.iface.state === 'down' ? 'down' : 'up';
      if (st.linkState !== wantState) {
        out.push(
          finding({
            code: 'DR-STATUS-04',
            check: 'status',
            iface: p,
            message: `${p.name}: the link is ${st.linkState}, but the spec asks for ${wantState}${p.iface.state ? ` (state: ${p.iface.state})` : ''}`,
            expected: wantState,
            actual: st.linkState,
            target: statusTarget(p, 'linkState'),
          }),
        );
      }
    }
    const source = st.infoSource.join(', ') || '(empty)';
    if (running(plan) && !st.infoSource.includes('domain')) {
      out.push(
        finding({
          code: 'DR-STATUS-05',
          check: 'status',
          iface: p,
          message: `${p.name}: infoSource is ${q(source)}: the domain has no NIC for this interface, so the guest does not see it`,
          expected: expectedInfoSource(p),
          actual: source,
          target: statusTarget(p, 'infoSource'),
        }),
      );
    }
    if (p.secondary && !st.infoSource.includes('multus-status')) {
      out.push(
        finding({
          code: 'DR-STATUS-06',
          check: 'status',
          iface: p,
          message: `${p.name}: infoSource is ${q(source)} without multus-status: virt-controller found no pod interface ${q(p.podIface)} in Multus' network-status`,
          expected: expectedInfoSource(p),
          actual: source,
          target: statusTarget(p, 'infoSource'),
        }),
      );
    }
  }
  return out;
};
