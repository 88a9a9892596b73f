import type { CodeInfo } from './info';

/** Diagnostic codes of the runtime area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [
  { code: 'N-01', severity: 'warning', why: 'Admission accepts any binding plugin name, but virt-controller cannot render the launcher pod when the plugin is not registered under network.binding in the KubeVirt CR.' },
  { code: 'N-06', severity: 'warning', why: 'Admission accepts SR-IOV on the pod network, but no VF is allocated for it, so the VMI cannot start.' },
  { code: 'N-07', severity: 'warning', why: 'Admission does not check vmNetworkCIDR / vmIPv6NetworkCIDR; virt-handler fails to set up masquerade when they do not parse or leave fewer than 2 host addresses.' },
  { code: 'N-10', severity: 'information', why: 'KubeVirt accepts ports/portRanges it never uses: only masquerade and passtBinding on the pod network forward them; elsewhere they are not even validated.' },
  { code: 'NAD-MISSING', severity: 'warning', why: 'The Multus NetworkAttachmentDefinition is not among the workspace\'s manifests; the launcher pod stays pending if it does not exist in the cluster.' },
  { code: 'BRIDGE-POD-MIGRATION', severity: 'information', why: 'KubeVirt refuses to live-migrate a VMI with bridge binding on the pod network unless it has the allow-pod-bridge-network-live-migration annotation.' },
  { code: 'TEMPLATE-REJECTED', severity: 'warning', why: 'The replica set or pool is accepted, but KubeVirt rejects every VMI or VM it creates from this template (defaulting error or discontinued binding).' },
];
