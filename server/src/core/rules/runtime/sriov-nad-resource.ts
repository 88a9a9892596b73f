// SRIOV-NAD-RESOURCE · an SR-IOV interface whose NetworkAttachmentDefinition (in the workspace) has no
// `k8s.v1.cni.cncf.io/resourceName` annotation. Verified in KubeVirt's source: virt-controller reads that annotation
// of each Multus network's NAD and requests the resource on the launcher pod (pkg/network/multus/nad.go
// NetworkToResource, pkg/virt-controller/services/renderresources.go@v1.9.0); without it the pod requests no VF, the
// device plugin allocates none, and the SR-IOV CNI has no device to attach: the launcher pod does not start.

import type { Finding } from '../../types';
import { netAt, relatedInterface } from '../net/common';
import { finding, type Rule } from '../rule';
import { nadLabel } from '../../context/nads';
import { sriovNetworks } from './sriov-networks';

const SRIOV_CNI = new Set(['sriov', 'ib-sriov']);

export const checkSriovNadResource: Rule = (input) => {
  const out: Finding[] = [];
  for (const { i, name, index, nad } of sriovNetworks(input)) {
    if (!nad?.details || nad.details.resourceName) continue;
    const full = nadLabel(nad);
    const type = nad.details.cniType;
    const kind = type && !SRIOV_CNI.has(type) ? ` (its CNI type is ${JSON.stringify(type)}, not SR-IOV)` : '';
    out.push(
      finding(
        'SRIOV-NAD-RESOURCE',
        `SR-IOV interface ${JSON.stringify(name)} uses NetworkAttachmentDefinition ${full}${kind}, which has no k8s.v1.cni.cncf.io/resourceName annotation: the launcher pod requests no VF, so the SR-IOV CNI has no device to attach and the VM does not start. Annotate the NAD with the SR-IOV resource of its VFs (the SR-IOV network operator's SriovNetwork does it)`,
        null,
        netAt(input, index, 'multus', 'networkName'),
        {
          severity: 'warning',
          part: 'value',
          related: relatedInterface(input, name, 'the SR-IOV interface'),
          data: { interfaceIndex: i, name, nad: full, cniType: type ?? null },
        },
      ),
    );
  }
  return out;
};
