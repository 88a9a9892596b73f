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

// nftables rules in one comparable form (doctor/nft-form.ts), for the rules the wiring computes (NftRule records)
// and for those `nft -j list ruleset` lists (libnftables-json: a rule is a list of statements, matches
// `{"match": {"op", "left": {"meta"|"payload"}, "right"}}`, then counter, verdict or NAT). Values are their
// elements as canonical text (numbers in decimal, addresses as ipaddr prints them), so that `{ 127.0.0.1 }`
// (a one-element anonymous set, which nft ≥ 1.0.3 stores as a plain value) equals `127.0.0.1` and set elements
// compare in any order.

/** A literal or an anonymous set (its elements, sorted), or a range `start-end`. Wiring values only the pod
 * knows stay `fromPod:…` atoms and match any one element. */
export type NftFormValue = { atoms: string[] } | { range: [string, string] };

/** `iifname == eth0`, `ip saddr == 10.0.2.2`, `tcp dport == { 80, 443 }`: the key is what nft prints on the left. */
export interface NftFormMatch {
  key: string;
  op: string;
  value: NftFormValue;
}

/** The rule's verdict or NAT statement; `none` when it has neither. */
export type NftFormStatement =
  | { kind: 'jump' | 'goto'; target: string }
  | { kind: 'dnat' | 'snat'; addr: string | null }
  | { kind: 'masquerade' | 'return' | 'accept' | 'drop' | 'continue' }
  | { kind: 'other'; name: string }
  | { kind: 'none' };

export interface NftRuleForm {
  family: string;
  table: string;
  chain: string;
  match: NftFormMatch[];
  statement: NftFormStatement;
  /** Statements other than matches, counters and the verdict (log, limit, xt, …), by name. */
  other: string[];
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
  /** In list order, which is each chain's rule order. */
  rules: NftRuleForm[];
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
