// The records of `virtwire doctor`: what a cluster dump holds (live state), what a check finds.
// Findings follow the checklist of the issue ("Debug a running VM"): each names the interface and carries what
// KubeVirt would have built (expected) and what the dump shows (actual).

import type { Path } from '../types';

export type DoctorSeverity = 'error' | 'warning' | 'information';

/** The checklist item a finding belongs to. */
export type CheckName = 'pod' | 'status' | 'guest' | 'links' | 'nft' | 'domain';

/** Which dumped object a finding is about, and where in it (for diagnostics in the editor). */
export interface FindingTarget {
  object: 'vmi' | 'pod';
  path: Path;
}

export interface DoctorFinding {
  code: string;
  severity: DoctorSeverity;
  message: string;
  /** The spec interface (= network) name, or null for a finding about the whole VMI or pod. */
  interface: string | null;
  expected: string | null;
  actual: string | null;
  check: CheckName;
  /** Not part of the JSON output: where to put a diagnostic. */
  target?: FindingTarget;
}

/** Where a Kubernetes object came from: the input, the YAML document in it, the path of the object in that document. */
export interface Origin {
  input: number;
  document: number;
  /** [] for a top-level object, ['items', i] inside a `kind: List`. */
  base: Path;
}

export interface K8sObject {
  value: Record<string, unknown>;
  origin: Origin;
}

/** One entry of the Multus `k8s.v1.cni.cncf.io/network-status` annotation (NetworkStatus in
 * k8snetworkplumbingwg/network-attachment-definition-client pkg/apis/k8s.cni.cncf.io/v1/types.go). */
export interface NetworkStatusEntry {
  name: string;
  interface?: string;
  ips: string[];
  mac?: string;
  mtu?: number;
  default: boolean;
  gateway: string[];
  /** device-info.pci.pci-address (SR-IOV VFs, device plugins). */
  pciAddress?: string;
}

/** One link of `ip -j addr` / `ip -j link` (iproute2's JSON, one object per link). */
export interface IpLink {
  ifname: string;
  ifindex?: number;
  mtu?: number;
  /** The controller (`master`) link. */
  master?: string;
  address?: string;
  operstate?: string;
  flags: string[];
  /** `linkinfo.info_kind` with `ip -d`: bridge, tun, dummy, veth, … */
  kind?: string;
  /** addr_info of `ip -j addr` as `address/prefix`; undefined for `ip -j link` (addresses unknown). */
  addresses?: string[];
}

/** One statement of a rule, as libnftables-json writes it (`nft -j list ruleset`), reduced to what KubeVirt uses. */
export type NftStatement =
  | { match: { left: string; op: string; right: string } }
  | { verdict: string; target?: string }
  | { nat: 'dnat' | 'snat' | 'masquerade'; addr?: string }
  | { counter: true }
  | { other: string };

export interface NftRuleRecord {
  family: string;
  table: string;
  chain: string;
  statements: NftStatement[];
}

export interface NftChainRecord {
  family: string;
  table: string;
  name: string;
  type?: string;
  hook?: string;
  prio?: number;
}

export interface NftRuleset {
  tables: { family: string; name: string }[];
  chains: NftChainRecord[];
  rules: NftRuleRecord[];
}

/** An element of the domain XML (libvirt's `virsh dumpxml`), attributes by name. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type DumpKind = 'k8s' | 'ip-addr' | 'ip-link' | 'nft' | 'domxml';

/** A problem reading the dump: it is reported and the rest is still used. */
export interface DumpProblem {
  input: number;
  message: string;
}
