// Guest side for SR-IOV, checklist item "a VF present": the SR-IOV CNI reports the VF's PCI address in Multus'
// network-status (`device-info.pci.pci-address`); virt-controller copies it into the pod annotation
// kubevirt.io/network-info (pkg/network/pod/annotations/generator.go:generateNetworkInfoAnnotation), from which
// virt-launcher builds the <hostdev> (device/hostdevice/sriov). The VF's MAC is set by the CNI from the `mac`
// KubeVirt requests (spec.macAddress) in k8s.v1.cni.cncf.io/networks.

import type { DoctorFinding } from '../types';
import { normalMac, type Plan } from '../plan';
import { activeIfaces, finding, networkStatusTarget, podAt, specMacOf, type Check } from './common';
import { NETWORK_INFO_ANNOTATION } from '../dump/network-status';

export const guestSriov: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  if (plan.networkStatus.state !== 'ok') return out;
  for (const p of activeIfaces(plan)) {
    if (p.binding !== 'sriov' || !p.nsEntry) continue;
    const pci = p.nsEntry.pciAddress ?? plan.networkInfo.get(p.name);
    if (!pci) {
      out.push(
        finding({
          code: 'DR-SRIOV-01',
          check: 'guest',
          iface: p,
          message: `${p.name}: no VF is recorded for pod interface ${p.podIface}: its network-status entry has no device-info PCI address and kubevirt.io/network-info has none for ${p.name}`,
          expected: 'a VF PCI address (device-info.pci.pci-address)',
          actual: 'none',
          target: networkStatusTarget(),
        }),
      );
    }
    const want = specMacOf(p);
    const have = normalMac(p.nsEntry.mac);
    if (want && have && want !== have) {
      out.push(
        finding({
          code: 'DR-SRIOV-02',
          check: 'guest',
          iface: p,
          message: `${p.name}: the VF has MAC ${have}, but the spec asks for ${want}`,
          expected: want,
          actual: have,
          target: pci && !p.nsEntry.pciAddress ? podAt(['metadata', 'annotations', NETWORK_INFO_ANNOTATION]) : networkStatusTarget(),
        }),
      );
    }
  }
  return out;
};
