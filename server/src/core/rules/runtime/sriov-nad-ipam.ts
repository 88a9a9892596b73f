// SRIOV-NAD-IPAM · an SR-IOV interface whose NetworkAttachmentDefinition (in the workspace) configures IPAM.
// Verified in KubeVirt's source and a maintainer's answer: KubeVirt passes the VF to the guest as a PCI host device
// bound to vfio-pci and runs no DHCP server for SR-IOV (pkg/network/setup/launcher/configurator.go starts DHCP for
// bridge and masquerade only; sriov/hostdev.go), so the address IPAM reserves for the pod never reaches the guest
// ("the VF device needs to have a vfio-pci driver … and as a result, it cannot be configured with IPAM",
// kubevirt/kubevirt#8294; the user guide's SR-IOV section asks for `deviceType: vfio-pci`). Information: a guest may
// be configured with that address by other means.

import type { Finding } from '../../types';
import { netAt, relatedInterface } from '../net/common';
import { finding, type Rule } from '../rule';
import { nadLabel } from '../../context/nads';
import { sriovNetworks } from './sriov-networks';

export const checkSriovNadIpam: Rule = (input) => {
  const out: Finding[] = [];
  for (const { i, name, index, nad } of sriovNetworks(input)) {
    if (!nad?.details?.ipam) continue;
    const full = nadLabel(nad);
    out.push(
      finding(
        'SRIOV-NAD-IPAM',
        `SR-IOV interface ${JSON.stringify(name)} uses NetworkAttachmentDefinition ${full}, which configures IPAM: the address is reserved for the pod, but KubeVirt passes the VF to the guest with vfio-pci and runs no DHCP server for SR-IOV, so the guest never gets it. Configure the address in the guest (cloud-init networkData) or drop ipam from the NAD`,
        null,
        netAt(input, index, 'multus', 'networkName'),
        {
          severity: 'information',
          part: 'value',
          related: relatedInterface(input, name, 'the SR-IOV interface'),
          data: { interfaceIndex: i, name, nad: full },
        },
      ),
    );
  }
  return out;
};
