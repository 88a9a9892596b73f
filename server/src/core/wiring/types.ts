// The typed shape of the wiring output: exactly the JSON shape of the `interfaces[]` objects of the
// wiring cases (cases/README.md "Per-interface object"). Runtime values the pod alone knows are strings
// starting with `fromPod:` (or `runtime:`) in data, and `{{fromPod:…}}` placeholders inside XML/nft strings.

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

export type BindingName = 'masquerade' | 'bridge' | 'sriov' | 'passtBinding' | `plugin:${string}` | 'slirp' | 'passt' | 'macvtap' | 'none';

export interface InterfaceWiring {
  name: string;
  binding: BindingName;
  network: NetworkRef;
  podInterface: string | null;
  bridge: string | null;
  tap: string | null;
  guest: GuestAddressing;
  dhcp: Dhcp | null;
  nftables: string[];
  domainXml: string | null;
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
  field: string | null;
  message: string;
  since?: string;
}

export interface ResourceWiring {
  interfaces: InterfaceWiring[];
  podAnnotations: Record<string, string>;
  errors: WiringError[];
  domainMemoryBackingXml?: string;
}
