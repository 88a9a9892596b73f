import type { CodeInfo } from './info';

/**
 * Diagnostic codes of the runtime area (see README "Diagnostic codes" and "Pitfalls"): what KubeVirt accepts and users
 * then trip over. Every `pitfall` can be switched off (virtwire.pitfalls, --no-pitfall); `source` says where the
 * behaviour was verified (KubeVirt's source at a tag, its user guide), the rule file says more.
 */
export const CODES: CodeInfo[] = [
  {
    code: 'N-01',
    severity: 'warning',
    why: 'Admission accepts any binding plugin name, but virt-controller cannot render the launcher pod when the plugin is not registered under network.binding in the KubeVirt CR (the registered names are offered; information when no KubeVirt CR is known).',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/netbinding/netbinding.go@v1.9.0 (netBindingPluginSidecar), pkg/network/multus/annotation.go',
  },
  {
    code: 'PLUGIN-SIDECAR-NAME',
    severity: 'warning',
    why: "KubeVirt's passt and slirp binding-plugin sidecars only wire an interface whose binding name is `passt` / `slirp`; registered under another name, the sidecar's hook fails and the VM does not start (fixed in v1.9.0).",
    releases: { until: 'v1.8' },
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: cmd/sidecars/network-passt-binding/domain/configurator.go@v1.8.0 (PasstPluginName); fix PR #18435 (d4f981d799), first in v1.9.0',
  },
  {
    code: 'NO-BINDING',
    severity: 'warning',
    why: 'Up to v1.8 admission accepts an interface without a binding; virt-handler then fails with "undefined binding method" on every sync and the VM never starts (v1.9.0 rejects it: BIND-01).',
    releases: { until: 'v1.8' },
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/setup/netpod/discover.go@v1.8.0; fix a90ada8f0a (PR #18374), first in v1.9.0',
  },
  {
    code: 'N-06',
    severity: 'warning',
    why: 'Admission accepts SR-IOV on the pod network, but no VF is allocated for it, so the VMI cannot start.',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/multus/nad.go@v1.9.0 (NetworkToResource: only Multus networks request a device)',
  },
  {
    code: 'N-07',
    severity: 'warning',
    why: 'Admission does not check vmNetworkCIDR / vmIPv6NetworkCIDR; virt-handler fails to set up masquerade when they do not parse or leave fewer than 2 host addresses.',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/setup/netpod/netpod.go@v1.9.0 (gatewayIP)',
  },
  {
    code: 'N-10',
    severity: 'information',
    why: 'KubeVirt accepts ports/portRanges it never uses: only masquerade and passtBinding on the pod network forward them; elsewhere they are not even validated.',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/setup/netpod/masquerade/masquerade.go@v1.9.0, pkg/network/admitter/netiface.go',
  },
  {
    code: 'NAD-MISSING',
    severity: 'warning',
    why: "The Multus NetworkAttachmentDefinition is not among the workspace's manifests; the launcher pod stays pending if it does not exist in the cluster.",
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/multus/nad.go@v1.9.0 ("failed to locate network attachment definition")',
  },
  {
    code: 'SRIOV-NAD-RESOURCE',
    severity: 'warning',
    why: 'The NetworkAttachmentDefinition of an SR-IOV interface has no k8s.v1.cni.cncf.io/resourceName annotation, so the launcher pod requests no VF and the SR-IOV CNI has nothing to attach.',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/multus/nad.go@v1.9.0 (NetworkToResource), pkg/virt-controller/services/renderresources.go',
  },
  {
    code: 'SRIOV-NAD-IPAM',
    severity: 'information',
    why: 'The NetworkAttachmentDefinition of an SR-IOV interface configures IPAM, but KubeVirt passes the VF to the guest with vfio-pci and runs no DHCP server for it, so the guest never gets that address.',
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/setup/launcher/configurator.go@v1.9.0 (DHCP only for tap interfaces); kubevirt/kubevirt#8294 (maintainer); user guide, interfaces_and_networks.md "sriov"',
  },
  {
    code: 'STATUS-FLAP',
    severity: 'warning',
    why: 'With the pod-network interface listed after another one (and a status entry after it), virt-handler corrupts status.interfaces and virt-controller restores it, forever (fixed in v1.6.5, v1.7.2 and v1.8.0; no v1.5 release has the fix; information when only the guest agent could add the entry after it).',
    releases: { until: 'v1.7' },
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/setup/netstat.go@v1.7.1 (movePrimaryIfaceStatusToFront); fix 352334342c (PR #17041), in v1.6.5, v1.7.2, v1.8.0',
  },
  {
    code: 'PASST-LINK-STATE',
    severity: 'warning',
    why: 'passtBinding does not support link state management: KubeVirt ignores `state: down` (the link stays up) and later changes of `state`.',
    releases: { since: 'v1.8' },
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/virt-launcher/virtwrap/converter/network/configurator.go@v1.9.0 (link state only for tap interfaces); user guide, interfaces_and_networks.md "Link State Management"',
  },
  {
    code: 'PORTS-UNFORWARDED',
    severity: 'warning',
    why: "With a `ports` list, masquerade and passt forward only the listed ports; a port the VM's own httpGet/tcpSocket probe or a Service selecting the VM targets is then not reached.",
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/setup/netpod/masquerade/masquerade.go@v1.9.0, pkg/virt-controller/services/template.go (copyProbe), rendercontainer.go (containerPortsFromVMI)',
  },
  {
    code: 'MASQ-IPV6-ROUTE',
    severity: 'warning',
    why: "With masquerade on an IPv6 pod, KubeVirt's DHCPv6 server gives the guest an address but nothing gives it a default route; cloud-init networkData must (a warning on an IPv6-only pod; information on a dual-stack pod or when only vmIPv6NetworkCIDR hints at IPv6).",
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/dhcp/configurator.go, dhcp/serverv6/serverv6.go@v1.9.0; user guide, interfaces_and_networks.md "masquerade - IPv4 and IPv6 dual-stack support"',
  },
  {
    code: 'BRIDGE-IPV6',
    severity: 'warning',
    why: "Bridge binding's DHCP server serves only IPv4: on an IPv6-only pod the guest gets no address at all, on a dual-stack pod no IPv6 (information).",
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/setup/netpod/discover.go@v1.9.0 ("Bridge binding doesn\'t support DHCPv6"), discoverbridge.go@v1.5.0 (IPv4 only); kubevirt/kubevirt#5499',
  },
  {
    code: 'MAC-UNPINNED',
    severity: 'information',
    why: "A bridge or SR-IOV interface on a Multus network without macAddress gets a new MAC on every start (the launcher pod's interface, or the VF's) unless KubeMacPool assigns one; guests that match NICs by MAC lose that network (a warning when the VM's own networkData matches by MAC).",
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/setup/netpod/discoverbridge.go@v1.9.0 (resolveMacAddress), pkg/network/multus/annotation.go (mac only when set); fix for the lease after migration: PR #16697 (c40b11c51b), v1.9.0',
  },
  {
    code: 'MULTI-NIC-ROUTES',
    severity: 'information',
    why: "Several bridge interfaces and no cloud-init networkData: KubeVirt does not configure the guest, so which NICs come up and which default route wins depends on the image — cloud-init's fallback brings up only one NIC, and images that run DHCP on every NIC take a default route from each lease, whichever comes last.",
    pitfall: { default: 'on' },
    source:
      'KubeVirt source: pkg/network/dhcp/bridge.go, dhcp/server/server.go@v1.9.0 (each bridge DHCP server offers its pod interface routes); harvester/harvester#5276',
  },
  {
    code: 'BRIDGE-POD-MIGRATION',
    severity: 'information',
    why: 'KubeVirt refuses to live-migrate a VMI with bridge binding on the pod network unless it has the allow-pod-bridge-network-live-migration annotation.',
    pitfall: { default: 'on' },
    source: 'KubeVirt source: pkg/network/vmispec/interface.go@v1.9.0 (VerifyVMIMigratable)',
  },
  {
    code: 'TEMPLATE-REJECTED',
    severity: 'warning',
    why: 'The replica set or pool is accepted, but KubeVirt rejects every VMI or VM it creates from this template (defaulting error or discontinued binding).',
  },
];
