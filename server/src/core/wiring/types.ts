// The wiring data model: what KubeVirt builds for each interface of one VM, as records and trees. Renderers
// (core/render/) turn it into text at the edge: hovers, the "Show wiring" document, `explain` (whose JSON is
// exactly the wiring cases' shape, see render/wiring-json.ts), and later a diagram and a live-state "doctor".
//
// How the records map onto what is running (names are the real device names):
//
//   node side        network (NetworkRef: pod / Multus NAD / DRA claim) · annotations.multusNetworks (the NADs
//                    Multus attaches, per logical network) · SR-IOV: domain.element 'hostdev' (the VF)
//   pod netns        podInterface (eth0, pod<hash>, netN) → bridge (k6t-…) → tap (tap0, tap<hash>);
//                    inPod.links: every link KubeVirt creates, in apply order, with controller (= bridge
//                    port of), MAC, MTU, addresses — compare with `ip -j link` / `ip -j addr`;
//                    nftables: NAT rules as records (NftCommand) — compare with `nft -j list ruleset`;
//                    forwarded ports: natForwards(nftables) in nftables.ts; passt: domain.backend.type 'passt'
//                    with domain.portForward
//   guest            domain: the libvirt <interface>/<hostdev> KubeVirt generates (DomainDevice: model, MAC,
//                    target tap, alias …) — compare with `virsh dumpxml` (domainElement() gives its XML tree);
//                    guest: the addresses KubeVirt hands out (DHCP: dhcp.v4/v6)
//
// Values only the running pod (or libvirt, or a sidecar) knows are strings starting with `fromPod:` (or
// `runtime:`) everywhere in the model, records included; text renderers print them inside XML and nft text
// as `{{fromPod:…}}` placeholders. A doctor treats them as "any value" (or as the pod's own value).

/** `pod` network or a Multus network (`default` only when true). */
export type NetworkRef =
  | { source: 'pod' }
  | { source: 'multus'; networkName: string; default?: true }
  | { source: 'resourceClaim'; claimName: string; requestName: string }
  | { source: 'none' };

export interface GuestAddressing {
  ipv4: string | null;
  ipv4Gateway: string | null;
  ipv6: string | null;
  ipv6Gateway: string | null;
}

/** Named DHCPv4 options; a key that is absent is never sent. */
export interface DhcpV4Options {
  subnetMask?: string;
  router?: string;
  dnsServers: string;
  hostname: string;
  domainName: string;
  interfaceMTU: string | number;
  domainSearch: string;
  classlessStaticRoutes?: string;
  ntpServers?: string[];
  tftpServerName?: string;
  bootFileName?: string;
  /** Private options 224–254, keyed by option number. */
  private?: Record<string, string>;
}

export interface DhcpV4 {
  listenInterface: string;
  enabledWhen?: string;
  /** null: answers any client. */
  clientMACFilter: string | null;
  yiaddr: string;
  serverIdentifier: string;
  leaseTimeSeconds: number;
  options: DhcpV4Options;
}

export interface DhcpV6 {
  listenInterface: string;
  iaNaAddress: string;
  preferredLifetimeSeconds: number;
  validLifetimeSeconds: number;
  serverDUID: string;
  dnsServers: string;
}

export interface Dhcp {
  v4: DhcpV4 | null;
  v6: DhcpV6 | null;
}

export type LinkKind = 'bridge' | 'tap' | 'dummy' | 'pod-iface-renamed';

/** One link of the in-pod nmstate desired spec, in apply order. */
export interface InPodLink {
  name: string;
  kind: LinkKind;
  state?: 'up' | 'absent';
  renamedFrom?: string;
  mac?: string;
  copyMacFrom?: string;
  /** The bridge this link is a port of. */
  controller?: string;
  mtu?: string | number;
  ipv4?: string[] | string;
  ipv4When?: string;
  ipv6?: string[] | string;
  portLearning?: boolean;
  queues?: number;
  uid?: number;
  gid?: number;
}

export interface InPod {
  links: InPodLink[];
  /** The pod interface KubeVirt leaves alone (masquerade). */
  podIfaceUntouched?: string;
  /** procfs sysctl path (below /proc/sys) → value. */
  sysctls: Record<string, string>;
}

/** The expected `status.interfaces[]` entry (no guest agent unless the context says so). */
export interface InterfaceStatus {
  podInterfaceName: string | null;
  infoSource: string;
  mac: string | null;
  queueCount: number | null;
  linkState: string | null;
  ipAddresses: string | string[] | null;
}

// ------------------------------------------------------------------------------------------------ nftables
// One record per `nft add …` command KubeVirt runs (pkg/network/setup/netpod/masquerade/masquerade.go), in
// order. The vocabulary follows libnftables-json (`nft -j`): a rule is a list of matches `key == value`
// (meta iifname, payload ip saddr / tcp dport, values, anonymous sets, ranges), a counter, and one statement.
// render/nft-script.ts prints a record as KubeVirt's argv (`nft add rule ip nat … counter dnat to 10.0.2.2`).

export type NftFamily = 'ip' | 'ip6';

/** A literal: an address, a port, an interface name (or a `fromPod:` value). */
export type NftAtom = string | number;
/** The right-hand side of a match: a literal, an anonymous set `{ a, b }`, or a range `start-end`. */
export type NftValue = NftAtom | { set: NftAtom[] } | { range: [NftAtom, NftAtom] };

/** `iifname eth0` (nft -j: meta key) or `ip saddr 10.0.2.2`, `tcp dport { 80 }` (nft -j: payload protocol/field). */
export type NftMatch =
  | { meta: 'iifname' | 'oifname'; value: string }
  | { protocol: NftFamily; field: 'saddr' | 'daddr'; value: NftValue }
  | { protocol: 'tcp' | 'udp'; field: 'dport'; value: NftValue };

/** The rule's verdict or NAT statement (nft -j: jump.target, return, dnat.addr, snat.addr, masquerade). */
export type NftStatement =
  | { kind: 'jump'; target: string }
  | { kind: 'return' }
  | { kind: 'dnat' | 'snat'; addr: NftAtom }
  | { kind: 'masquerade' };

/** Why KubeVirt adds a rule: what a hover or a diagram ties it to. */
export type NftOrigin =
  /** Table, chains, the guest's masquerade and the two jumps. */
  | { kind: 'base' }
  /** Legacy migration ports 49152/49153 kept in the pod (migrationTransport not Unix). */
  | { kind: 'migration' }
  /** `spec…interfaces[i].ports[index]` (or `portRanges[index]`). */
  | { kind: 'port' | 'portRange'; index: number }
  /** No ports listed: everything is forwarded (Istio: all but its own ports). */
  | { kind: 'all-ports' };

export interface NftTable {
  add: 'table';
  family: NftFamily;
  table: string;
}
export interface NftChain {
  add: 'chain';
  family: NftFamily;
  table: string;
  chain: string;
  /** A base chain's hook (nft -j: type, hook, prio); absent for KubeVirt's regular chains. */
  hook?: { type: 'nat'; hook: 'prerouting' | 'input' | 'output' | 'postrouting'; priority: number };
}
export interface NftRule {
  add: 'rule';
  family: NftFamily;
  table: string;
  chain: string;
  match: NftMatch[];
  /** KubeVirt counts every rule (`counter` before the statement). */
  counter: true;
  statement: NftStatement;
  origin: NftOrigin;
}
export type NftCommand = NftTable | NftChain | NftRule;

// ------------------------------------------------------------------------------------------- domain devices
// The libvirt device KubeVirt generates for one NIC, as a typed record (field names follow the libvirt XML).
// wiring/domain-xml.ts:domainElement() turns it into its XML element tree in KubeVirt's (Go struct) order;
// render/xml.ts prints trees in Go's compact encoding/xml form (the cases compare it byte for byte) or pretty.

/** A PCI address with its `0x` prefixes (runtime parts are `fromPod:vfPCI.…`). */
export interface PciAddress {
  domain: string;
  bus: string;
  slot: string;
  function: string;
}

export interface PortForwardRange {
  /** A port, or the Template parameter that stands for one. */
  start: number | string;
  exclude?: 'yes';
}
export interface PortForward {
  proto: 'tcp' | 'udp';
  ranges: PortForwardRange[];
}

/** `<interface>`: undefined members are not emitted. */
export interface DomainInterface {
  element: 'interface';
  /** `ethernet` (tap attachment) or `vhostuser` (passt). */
  type: string;
  /** Guest PCI address (spec pciAddress). */
  address?: PciAddress;
  /** `<source dev>`: the pod interface passt serves (vhostuser); `<source>` is always written. */
  sourceDev?: string;
  /** `<target dev managed="no">`: the in-pod device QEMU opens (the tap, or the pod interface itself). */
  target?: string;
  /** Guest NIC model (`virtio-non-transitional`, `e1000`, …). */
  model: string;
  mac?: string;
  mtu?: string;
  bootOrder?: number;
  linkDown?: boolean;
  /** Full alias name, `ua-<interface name>`. */
  alias: string;
  driver?: { queues?: number; iommu?: boolean };
  romDisabled?: boolean;
  acpiIndex?: number;
  backend?: { type: string; logFile: string };
  portForward?: PortForward[];
}

/** SR-IOV: the VF passed through as a PCI `<hostdev>`. */
export interface DomainHostdev {
  element: 'hostdev';
  /** The VF's host address (known at runtime only: `fromPod:vfPCI.…`). */
  source: PciAddress;
  bootOrder?: number;
  /** Guest PCI address (spec pciAddress). */
  address?: PciAddress;
  /** `ua-sriov-<interface name>`. */
  alias: string;
}

export type DomainDevice = DomainInterface | DomainHostdev;

/** The domain's `<memoryBacking>` a vhost-user (passt) interface needs. */
export interface MemoryBacking {
  hugepages: boolean;
  memfd: boolean;
  /** Always `shared` (vhost-user needs shared memory). */
  access: 'shared';
}

// ----------------------------------------------------------------------------------------- pod annotations

/** A Multus NetworkSelectionElement, keys in the Go struct's order (it is printed as JSON). */
export interface NetworkSelectionElement {
  name: string;
  namespace?: string;
  mac?: string;
  interface?: string;
  'cni-args'?: Record<string, unknown>;
}

/** The network annotations virt-controller puts on the virt-launcher pod. */
export interface PodNetworkAnnotations {
  /** `k8s.v1.cni.cncf.io/networks`, in order; each with the logical network it attaches (JSON at the edge). */
  multusNetworks: { network: string; element: NetworkSelectionElement }[];
  /** `v1.multus-cni.io/default-network`. */
  multusDefaultNetwork?: string;
  /** `traffic.sidecar.istio.io/kubevirtInterfaces` and `istio.io/reroute-virtual-interfaces` (masquerade). */
  istioVirtualInterfaces?: string;
}

// ------------------------------------------------------------------------------------------- the wiring

export type { BindingName } from '../model/bindings';
import type { BindingName } from '../model/bindings';

export interface InterfaceWiring {
  name: string;
  binding: BindingName;
  network: NetworkRef;
  podInterface: string | null;
  bridge: string | null;
  tap: string | null;
  guest: GuestAddressing;
  dhcp: Dhcp | null;
  /** Only the first masquerade interface has rules. */
  nftables: NftCommand[];
  /** null when KubeVirt generates none (binding-plugin sidecars add their own). */
  domain: DomainDevice | null;
  /** Tap-attachment plugins only: how libvirt's `<target dev>` is chosen. */
  domainTargetRule?: string;
  inPod: InPod;
  status: InterfaceStatus | null;
  absent?: true;
  defaulted?: true;
  /** Human notes (discontinued bindings, quirks). Not part of the compared shape. */
  notes?: string[];
}

export interface WiringError {
  /** `admission` or the runtime component that fails (`virt-controller`, `virt-handler`, `virt-launcher`, …). */
  phase: string;
  /** KubeVirt's path for admission causes; for runtime failures the path of the value that causes them. */
  field: string | null;
  message: string;
  since?: string;
}

export interface ResourceWiring {
  interfaces: InterfaceWiring[];
  annotations: PodNetworkAnnotations;
  errors: WiringError[];
  memoryBacking?: MemoryBacking;
}
