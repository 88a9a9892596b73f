// Pod side, checklist item "the pod interface": every secondary Multus network of the VM must be attached to the
// launcher pod under the name KubeVirt derives for it (pkg/network/namescheme: pod<sha256(network name)[:11]>, or
// net1…netN when the pod already uses ordinal names). virt-controller matches Multus' network-status entries by
// that interface name only (pkg/network/controllers/vmi.go:calculateSecondaryIfaceStatuses); here the entries are
// also matched by NetworkAttachmentDefinition, so that an attachment under another name is told apart from none.

import { isMultus } from '../../model/resource';
import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { activeIfaces, finding, list, networkStatusTarget, q, type Check } from './common';

export const podAttachments: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  const ns = plan.networkStatus;
  if (ns.state === 'no-pod') return out;
  const multus = activeIfaces(plan).filter((p) => isMultus(p.network));
  if (ns.state !== 'ok') {
    if (multus.length === 0) return out;
    out.push(
      finding({
        code: 'DR-POD-03',
        check: 'pod',
        iface: null,
        message:
          ns.state === 'missing'
            ? `the launcher pod has no k8s.v1.cni.cncf.io/network-status annotation, but the VM uses Multus networks (${list(multus.map((p) => p.name))})`
            : `the launcher pod's k8s.v1.cni.cncf.io/network-status annotation is unreadable: ${ns.message}`,
        expected: 'a JSON array of Multus NetworkStatus entries',
        actual: ns.state === 'missing' ? 'no annotation' : ns.message,
        target: ns.state === 'missing' ? { object: 'pod', path: ['metadata', 'annotations'] } : networkStatusTarget(),
      }),
    );
    return out;
  }
  for (const p of multus) {
    if (!p.secondary || !p.podIface) continue;
    const nad = String(p.network?.multus?.networkName ?? '');
    if (p.nsEntry) continue; // attached under the expected name
    if (p.nadEntry?.interface) {
      out.push(
        finding({
          code: 'DR-POD-02',
          check: 'pod',
          iface: p,
          message: `${p.name}: Multus attached NetworkAttachmentDefinition ${q(nad)} as pod interface ${q(p.nadEntry.interface)}, but KubeVirt looks for ${q(p.podIface)}${plan.ordinal ? ' (ordinal names: the pod has a netN interface)' : ' (pod + sha256 of the network name)'}`,
          expected: p.podIface,
          actual: p.nadEntry.interface,
          target: networkStatusTarget(),
        }),
      );
      continue;
    }
    out.push(
      finding({
        code: 'DR-POD-01',
        check: 'pod',
        iface: p,
        message: `${p.name}: NetworkAttachmentDefinition ${q(nad)} was never attached to the launcher pod: its network-status has no entry for it nor an interface ${q(p.podIface)}`,
        expected: `${p.podIface} (${nad})`,
        actual: 'not in network-status',
        target: networkStatusTarget(),
      }),
    );
  }
  // The primary network replaced by a Multus default network: its entry is flagged `default`.
  for (const p of activeIfaces(plan)) {
    if (!p.primary || p.nsEntry) continue;
    const def = ns.entries.find((e) => e.default);
    if (!def) {
      out.push(
        finding({
          code: 'DR-POD-01',
          check: 'pod',
          iface: p,
          message: `${p.name}: the pod's network-status has no default (primary) network entry`,
          expected: `${p.podIface ?? 'eth0'} (default: true)`,
          actual: 'no entry with default: true',
          target: networkStatusTarget(),
        }),
      );
    }
  }
  // A bridge / managedTap interface on a NAD without IPAM: no DHCP server (dhcp/configurator.go, IPAMDisabled).
  for (const p of multus) {
    if (!p.secondary || !p.nsEntry) continue;
    if (!(p.binding === 'bridge')) continue;
    if (p.nsEntry.ips.some((ip) => !ip.includes(':'))) continue;
    out.push(
      finding({
        code: 'DR-POD-06',
        check: 'pod',
        iface: p,
        message: `${p.name}: pod interface ${q(p.podIface)} has no IPv4 address (the NetworkAttachmentDefinition has no IPAM), so KubeVirt serves no DHCP on it and the guest needs a static address`,
        expected: null,
        actual: p.nsEntry.ips.length > 0 ? list(p.nsEntry.ips) : 'no IP',
        target: networkStatusTarget(),
      }),
    );
  }
  return out;
};
