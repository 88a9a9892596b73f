import type { CodeInfo } from './info';

/**
 * Codes of `virtwire doctor`: a running VM's dumped state against the wiring KubeVirt builds for it. Error: the
 * network cannot work as specified; warning: likely broken; information: a fact worth knowing.
 */
export const CODES: CodeInfo[] = [
  {
    code: 'DR-POD-01',
    severity: 'error',
    why: "A secondary Multus network of the VM has no entry in the launcher pod's k8s.v1.cni.cncf.io/network-status: Multus never attached it, so KubeVirt has no pod interface to wire.",
  },
  {
    code: 'DR-POD-02',
    severity: 'error',
    why: 'Multus attached the network under another pod interface name than the one KubeVirt derives (pod<hash of the network name>, eth0, or netN in legacy pods); KubeVirt looks the interface up by that name and does not find it.',
  },
  {
    code: 'DR-POD-03',
    severity: 'warning',
    why: 'The launcher pod has no readable Multus network-status annotation although the VM uses Multus networks, so KubeVirt cannot tell which pod interfaces were attached.',
  },
  {
    code: 'DR-POD-04',
    severity: 'error',
    why: 'The launcher pod has no IP address, so a masquerade, bridge or passt interface on the pod network has nothing to give or NAT to the guest.',
  },
  {
    code: 'DR-POD-05',
    severity: 'warning',
    why: "The addresses Multus reports for the pod's primary interface differ from the pod's status.podIPs.",
  },
  {
    code: 'DR-POD-06',
    severity: 'information',
    why: 'The NetworkAttachmentDefinition gave the pod interface no IP address (no IPAM), so KubeVirt runs no DHCP server for this bridge interface: the guest must be configured statically.',
  },
  {
    code: 'DR-POD-07',
    severity: 'warning',
    why: 'The VM asks to hot-unplug an interface (`state: absent`), but virt-controller does not pass that on to a VMI whose pod has ordinal interface names (net1…) — or, from v1.6, whose status names no secondary pod interface, which KubeVirt then assumes to be ordinal: the interface stays until the VM restarts.',
  },
  {
    code: 'DR-STATUS-01',
    severity: 'error',
    why: 'A running VMI reports every plugged interface in status.interfaces; one missing there was never plugged into the domain.',
  },
  {
    code: 'DR-STATUS-02',
    severity: 'warning',
    why: 'status.interfaces[].podInterfaceName is not the pod interface KubeVirt derives for the network from the pod (Multus network-status, naming scheme).',
  },
  {
    code: 'DR-STATUS-03',
    severity: 'error',
    why: "The interface's MAC in status (the domain's MAC) is not the macAddress of the spec, so the guest NIC has another MAC than asked for (cloud-init and DHCP reservations keyed on it fail).",
  },
  { code: 'DR-STATUS-04', severity: 'warning', why: 'The link state KubeVirt reports is not the `state` the spec asks for.' },
  {
    code: 'DR-STATUS-05',
    severity: 'error',
    why: "The interface's infoSource lacks `domain`: the libvirt domain has no such NIC, so the guest does not see it.",
  },
  {
    code: 'DR-STATUS-06',
    severity: 'warning',
    why: "A secondary Multus interface's infoSource lacks `multus-status`: virt-controller found no pod interface of that name in Multus' network-status.",
  },
  {
    code: 'DR-STATUS-07',
    severity: 'information',
    why: "No guest agent reports to KubeVirt: status.interfaces shows the pod's addresses, not the guest's, and guest interface names are unknown. This is not a fault.",
  },
  {
    code: 'DR-STATUS-08',
    severity: 'information',
    why: 'The guest agent reports a guest interface whose MAC matches no NIC KubeVirt plugged (status entry without a name).',
  },
  {
    code: 'DR-GUEST-01',
    severity: 'information',
    why: 'With masquerade the guest sits behind NAT at the computed address; KubeVirt reports the pod IP in status by design.',
  },
  {
    code: 'DR-GUEST-02',
    severity: 'warning',
    why: "The masquerade VM network (vmNetworkCIDR, default 10.0.2.0/24) overlaps the pod's own addresses, so the guest cannot reach them.",
  },
  {
    code: 'DR-GUEST-03',
    severity: 'error',
    why: "With bridge binding the guest should hold its pod interface's IPAM address (handed out by KubeVirt's DHCP server); it reports another one.",
  },
  {
    code: 'DR-GUEST-04',
    severity: 'warning',
    why: 'The guest agent reports no IPv4 address on a bridge NIC whose pod interface had one: the guest did not take the DHCP lease.',
  },
  {
    code: 'DR-GUEST-05',
    severity: 'warning',
    why: "KubeVirt copies the pod interface's IPs into status for masquerade and passt; status shows others, so it is stale or the pod's address changed.",
  },
  {
    code: 'DR-SRIOV-01',
    severity: 'error',
    why: "No VF is recorded for the SR-IOV interface (no device-info PCI address in Multus' network-status nor in kubevirt.io/network-info), so KubeVirt has no device to pass through.",
  },
  {
    code: 'DR-SRIOV-02',
    severity: 'error',
    why: "The VF's MAC (set by the SR-IOV CNI) is not the macAddress of the spec; for SR-IOV that MAC is what the guest sees.",
  },
  {
    code: 'DR-LINK-01',
    severity: 'error',
    why: 'A link KubeVirt creates in the launcher pod (bridge k6t-…, tap, renamed -nic, dummy) or the pod interface itself is missing.',
  },
  {
    code: 'DR-LINK-02',
    severity: 'warning',
    why: "The link's MTU is not the pod interface's: frames of the guest are dropped or fragmented.",
  },
  {
    code: 'DR-LINK-03',
    severity: 'error',
    why: 'The link is not enslaved to the controller KubeVirt attaches it to (the in-pod bridge), so no traffic reaches the guest.',
  },
  { code: 'DR-LINK-04', severity: 'warning', why: 'The link is administratively down although KubeVirt sets it up.' },
  {
    code: 'DR-LINK-05',
    severity: 'warning',
    why: "The link's addresses are not those KubeVirt gives it (masquerade gateway, bridge fake IP, the dummy's pod IP, none on the renamed interface).",
  },
  {
    code: 'DR-LINK-06',
    severity: 'warning',
    why: "The link's MAC is not the one KubeVirt sets (02:00:00:00:00:00 on the masquerade bridge).",
  },
  {
    code: 'DR-NFT-01',
    severity: 'error',
    why: "A table or chain of KubeVirt's masquerade NAT that traffic from outside the pod passes (table ip/ip6 nat, prerouting, postrouting, KUBEVIRT_PREINBOUND) is missing from the pod's nftables ruleset or not hooked as KubeVirt creates it, so none of its rules apply (a missing ip6 table in a dual-stack pod: no IPv6 for the guest).",
  },
  {
    code: 'DR-NFT-02',
    severity: 'error',
    why: "A rule of KubeVirt's masquerade NAT for traffic between the guest and the outside (the masquerade of the guest's address, the jump to KUBEVIRT_PREINBOUND, the DNAT of a declared port or of all ports) is missing from the pod's ruleset or has other values, so that traffic is not translated.",
  },
  {
    code: 'DR-NFT-03',
    severity: 'warning',
    why: "A rule KubeVirt does not add sits in one of its NAT chains and may translate the guest's traffic otherwise.",
  },
  {
    code: 'DR-NFT-04',
    severity: 'warning',
    why: "A rule or chain of KubeVirt's masquerade NAT for traffic from inside the pod (the loopback DNAT in output, the SNATs of KUBEVIRT_POSTINBOUND and the jump to it, the rules that keep migration or Istio ports in the pod, the input chain) is missing or has other values: connections from the pod itself (Istio's proxy, localhost) to the guest fail, or ports meant for the pod reach the guest.",
  },
  {
    code: 'DR-NFT-05',
    severity: 'warning',
    why: "A `return` rule KubeVirt puts before the NAT rules of its chain (ports kept in the pod: legacy migration, Istio's own) comes after one of them, so those ports are translated to the guest first.",
  },
  {
    code: 'DR-NFT-06',
    severity: 'information',
    why: "The pod's ruleset also has rules of other components in chains KubeVirt does not create (Istio's sidecar adds its NAT chains to the same `ip nat` table through iptables-nft); they are listed, not judged.",
  },
  {
    code: 'DR-DOM-01',
    severity: 'error',
    why: "The running domain has no <interface> (or SR-IOV <hostdev>) with the interface's alias ua-<name> (ua-sriov-<name>): the guest has no such NIC.",
  },
  {
    code: 'DR-DOM-02',
    severity: 'error',
    why: "The domain's <interface> or <hostdev> differs from what KubeVirt generates in a way that breaks the NIC: its type, `<target dev>` (QEMU opens another tap), model, the MAC of the spec's macAddress, the passt backend or the ports passt forwards, or the VF passed through.",
  },
  {
    code: 'DR-DOM-03',
    severity: 'warning',
    why: "The domain's <interface> or <hostdev> differs from what KubeVirt generates in MTU, link state (a `state: down` interface without `<link state='down'>`), boot order, queues, IOMMU, ROM, ACPI index, the guest PCI address of `pciAddress`, the passt source device or log file, or — for a bridge interface without macAddress that never migrated — a MAC other than its pod interface's, which the CNI's anti-spoofing may drop.",
  },
  {
    code: 'DR-DOM-04',
    severity: 'information',
    why: 'The domain has a NIC KubeVirt did not generate from the spec (its alias names no interface): a hook sidecar added it.',
  },
  {
    code: 'DR-DOM-05',
    severity: 'warning',
    why: 'An interface with `state: absent` still has its device in the running domain: the hot-unplug has not completed, and the guest still sees the NIC.',
  },
];
