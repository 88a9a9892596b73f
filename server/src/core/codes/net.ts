import type { CodeInfo } from './info';

/** Diagnostic codes of the net area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [
  {
    code: 'NET-01',
    severity: 'error',
    why: 'A VMI has a single pod network (the launcher pod has one primary interface), so KubeVirt rejects a second `pod` network.',
  },
  {
    code: 'NET-02',
    severity: 'error',
    why: "Only one Multus network can replace the pod's primary network, so KubeVirt rejects a second `multus.default: true`.",
  },
  { code: 'NET-03', severity: 'error', why: 'A Multus default network replaces the pod network, so KubeVirt rejects having both.' },
  {
    code: 'NET-04',
    severity: 'error',
    why: 'KubeVirt cannot tell where to attach a network that sets none of `pod`, `multus` or `resourceClaim`.',
  },
  {
    code: 'NET-05',
    severity: 'error',
    why: 'A network is attached through exactly one source, so KubeVirt rejects a network that sets several of `pod`, `multus`, `resourceClaim`.',
  },
  {
    code: 'NET-06',
    severity: 'error',
    why: 'Multus needs the NetworkAttachmentDefinition name to delegate to, so KubeVirt rejects an empty `multus.networkName`.',
  },
  { code: 'NET-07', severity: 'error', why: 'Interfaces find their network by name, so KubeVirt rejects two networks with the same name.' },
  {
    code: 'NET-08',
    severity: 'error',
    why: 'Every network must be used by an interface of the same name; KubeVirt rejects a network no interface names.',
  },
  {
    code: 'IFACE-01',
    severity: 'error',
    why: 'An interface is bound to the network of the same name, so KubeVirt rejects two interfaces with the same name.',
  },
  {
    code: 'IFACE-02',
    severity: 'error',
    why: 'An interface connects to the network of the same name; KubeVirt rejects an interface whose network does not exist.',
  },
  {
    code: 'IFACE-03',
    severity: 'error',
    why: 'Interface names become device and pod-interface names, so KubeVirt allows only letters, digits, `-` and `_`.',
  },
  {
    code: 'IFACE-04',
    severity: 'error',
    why: 'KubeVirt only accepts the NIC models QEMU emulates for it: e1000, e1000e, igb, ne2k_pci, pcnet, rtl8139, virtio.',
  },
  { code: 'IFACE-05', severity: 'error', why: "KubeVirt rejects a `macAddress` that Go's net.ParseMAC cannot parse." },
  {
    code: 'IFACE-06',
    severity: 'error',
    why: 'KubeVirt rejects MAC addresses longer than 6 bytes (EUI-64, InfiniBand) for a guest Ethernet NIC.',
  },
  { code: 'IFACE-07', severity: 'error', why: 'KubeVirt rejects a `pciAddress` that is not `DDDD:BB:SS.F` with a function digit 0-7.' },
  { code: 'STATE-01', severity: 'error', why: 'KubeVirt only knows the interface states `up`, `down` and `absent`.' },
  {
    code: 'STATE-02',
    severity: 'error',
    why: 'KubeVirt cannot set the link state of an SR-IOV VF, so it rejects `up`/`down` on SR-IOV interfaces.',
  },
  {
    code: 'STATE-03',
    severity: 'error',
    why: 'Hot-unplug (`absent`) is implemented for bridge binding only, so KubeVirt rejects it on other bindings.',
  },
  {
    code: 'STATE-04',
    severity: 'error',
    why: 'The default (pod or Multus default) network cannot be unplugged, so KubeVirt rejects `absent` on it (up to v1.8 the first network that is not a secondary Multus network counts as the default, even one without a type).',
  },
  {
    code: 'BIND-01',
    severity: 'error',
    why: 'Since v1.9 an interface needs exactly one binding (bridge, masquerade, sriov, passtBinding or a binding plugin); KubeVirt rejects none or several.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'BIND-02',
    severity: 'error',
    why: 'Masquerade NATs the guest behind the pod IP, so KubeVirt rejects it on anything but the pod network.',
  },
  {
    code: 'BIND-03',
    severity: 'error',
    why: "MAC 02:00:00:00:00:00 is the in-pod masquerade bridge's own address, so KubeVirt rejects it for the guest.",
  },
  {
    code: 'BIND-04',
    severity: 'error',
    why: 'The cluster sets network.permitBridgeInterfaceOnPodNetwork to false, so KubeVirt rejects bridge binding on the pod network.',
  },
  {
    code: 'BIND-05',
    severity: 'error',
    why: 'The PasstBinding feature gate is not on (Beta: on by default only from v1.9, so v1.8 needs it listed in featureGates), so KubeVirt rejects passtBinding interfaces.',
    releases: { since: 'v1.8' },
  },
  {
    code: 'BIND-06',
    severity: 'error',
    why: "passt connects the guest through the pod's network stack, so KubeVirt rejects passtBinding on anything but the pod network.",
    releases: { since: 'v1.8' },
  },
  { code: 'DISC-01', severity: 'error', why: 'The slirp binding was discontinued in v1.3; KubeVirt rejects new objects that use it.' },
  {
    code: 'DISC-02',
    severity: 'error',
    why: 'The old `passt` binding is discontinued (use `passtBinding`); since v1.8 KubeVirt rejects new objects that use it (the message says "since v1.3", when its feature gate was discontinued).',
    releases: { since: 'v1.8' },
  },
  {
    code: 'DISC-03',
    severity: 'error',
    why: 'The core macvtap binding is discontinued (use the macvtap binding plugin); since v1.8 KubeVirt rejects new objects that use it (the message says "since v1.3", when its feature gate was discontinued).',
    releases: { since: 'v1.8' },
  },
  {
    code: 'DISC-04',
    severity: 'error',
    why: 'The cluster still lists the discontinued Passt/Macvtap feature gate and the object uses that binding, so KubeVirt rejects it.',
  },
  { code: 'PORT-01', severity: 'error', why: 'Port names on one pod-network interface must be unique; KubeVirt rejects a repeated name.' },
  {
    code: 'PORT-02',
    severity: 'error',
    why: 'Port names must be valid Kubernetes port names (at most 15 of a-z, 0-9, `-`, with a letter), so KubeVirt rejects others.',
  },
  {
    code: 'PORT-03',
    severity: 'error',
    why: 'A forwarded port needs a port number; KubeVirt rejects `port: 0` or a missing port (up to v1.8 on the port entry `ports[j]`, from v1.9 on its `port`).',
  },
  {
    code: 'PORT-04',
    severity: 'error',
    why: 'KubeVirt rejects port numbers outside 1..65535 (up to v1.8 it tested `port > 65536`, so 65536 passed, and reported the port entry `ports[j]`).',
  },
  { code: 'PORT-05', severity: 'error', why: 'Forwarded ports are TCP or UDP (upper case); KubeVirt rejects any other protocol.' },
  {
    code: 'PR-01',
    severity: 'error',
    why: 'portRanges are behind the Alpha PortRangesSpec feature gate, which the cluster does not enable.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'PR-02',
    severity: 'error',
    why: 'KubeVirt rejects an interface that sets both `ports` and `portRanges`.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'PR-03',
    severity: 'error',
    why: "Port ranges are implemented by masquerade's nftables rules only, so KubeVirt rejects them on other bindings.",
    releases: { since: 'v1.9' },
  },
  { code: 'PR-04', severity: 'error', why: 'KubeVirt accepts at most 10 portRanges per interface.', releases: { since: 'v1.9' } },
  { code: 'PR-05', severity: 'error', why: "A port range's protocol must be exactly TCP or UDP.", releases: { since: 'v1.9' } },
  { code: 'PR-06', severity: 'error', why: 'A port range must start at a valid port number (1..65535).', releases: { since: 'v1.9' } },
  { code: 'PR-07', severity: 'error', why: 'A port range must end at a valid port number (1..65535).', releases: { since: 'v1.9' } },
  { code: 'PR-08', severity: 'error', why: 'KubeVirt rejects a port range whose start is after its end.', releases: { since: 'v1.9' } },
  {
    code: 'PR-09',
    severity: 'error',
    why: 'Port ranges of one protocol must not overlap (touching ends count as overlap).',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DHCP-01',
    severity: 'error',
    why: "KubeVirt's DHCP server sends each private option once, so it rejects duplicate option numbers.",
  },
  { code: 'DHCP-02', severity: 'error', why: 'Only the DHCP private-use options 224..254 may be set through privateOptions.' },
  {
    code: 'DHCP-03',
    severity: 'error',
    why: 'DHCP option 42 carries IPv4 addresses only, so KubeVirt rejects NTP servers that are not IPv4.',
  },
  {
    code: 'DEF-01',
    severity: 'error',
    why: 'Defaulting would add a bridge interface on the pod network, which the cluster forbids (permitBridgeInterfaceOnPodNetwork: false), so KubeVirt rejects the object.',
  },
  {
    code: 'DEF-02',
    severity: 'error',
    why: "The cluster's defaultNetworkInterface is slirp, which is discontinued, so defaulting fails and KubeVirt rejects the object.",
  },
];
