// What KubeVirt should have built for the dumped VMI, next to what the dump shows, per interface: the
// computed wiring (wiring/wire.ts, with a runtime context derived from the dump), the pod interface name
// KubeVirt uses, the VMI's status.interfaces entry and the Multus network-status entry.

import type { Context } from '../context/context';
import { contextFromKubeVirtCR, nadFromObject, withNads } from '../context/load';
import type { Interface, Network, VMISpec } from '../model/api';
import { buildResource } from '../model/detect';
import { interfacesOf, isMultusDefault, isPod, isSecondaryMultus, networksOf, type VmResource } from '../model/resource';
import { applyDefaults } from '../defaults/defaults';
import { wire, type BindingName, type InterfaceWiring, type ResourceWiring } from '../wiring/wire';
import { noAnnotations } from '../wiring/pod-annotations';
import { hashedPodInterfaceName, isOrdinalName, networkNameScheme, statusInterfaces, PRIMARY_POD_IFACE } from '../wiring/naming';
import { bindingOf } from '../model/resource';
import { parseMAC, macString } from '../go/net';
import type { IpLink, NetworkStatusEntry } from './types';
import type { Subject } from './subject';
import { annotations } from './subject';
import type { LiveDump } from './dump/read';
import { NETWORK_INFO_ANNOTATION, NETWORK_STATUS_ANNOTATION, entryIsForNad, parseNetworkInfo, parseNetworkStatus } from './dump/network-status';

/** One status.interfaces[] entry as KubeVirt writes it (VirtualMachineInstanceNetworkInterface,
 * staging/src/kubevirt.io/api/core/v1/types.go), with its position in the list. */
export interface StatusEntry {
  index: number;
  name?: string;
  mac?: string;
  ipAddress?: string;
  ipAddresses: string[];
  podInterfaceName?: string;
  interfaceName?: string;
  infoSource: string[];
  queueCount?: number;
  linkState?: string;
}

export interface IfacePlan {
  name: string;
  /** Position in spec.domain.devices.interfaces. */
  index: number;
  iface: Interface;
  network?: Network;
  binding: BindingName;
  primary: boolean;
  secondary: boolean;
  podNetwork: boolean;
  absent: boolean;
  /** The pod interface KubeVirt uses for this network (null: none, e.g. DRA). */
  podIface: string | null;
  wiring?: InterfaceWiring;
  status?: StatusEntry;
  /** The network-status entry whose `interface` is podIface. */
  nsEntry?: NetworkStatusEntry;
  /** Secondary Multus: the network-status entry Multus wrote for this network's NAD (any interface name). */
  nadEntry?: NetworkStatusEntry;
}

export type NetworkStatusState =
  | { state: 'no-pod' }
  | { state: 'missing' }
  | { state: 'invalid'; message: string }
  | { state: 'ok'; entries: NetworkStatusEntry[] };

export interface Plan {
  dump: LiveDump;
  subject: Subject;
  ctx: Context;
  resource: VmResource;
  spec: VMISpec;
  wiring: ResourceWiring;
  phase?: string;
  nodeName?: string;
  statusEntries: StatusEntry[];
  networkStatus: NetworkStatusState;
  /** kubevirt.io/network-info: PCI address by network name. */
  networkInfo: Map<string, string>;
  /** The pod's IPs (status.podIPs, else status.podIP). */
  podIPs: string[];
  /** The guest agent is connected (condition AgentConnected, or a guest-agent infoSource). */
  guestAgent: boolean;
  /** The pod uses the legacy ordinal names netN. */
  ordinal: boolean;
  ifaces: IfacePlan[];
  /** Links of the pod from `ip -j addr` (preferred) or `ip -j link`. */
  links?: IpLink[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);

/** A MAC as Go's net.HardwareAddr prints it (lower case, colons), or the text itself. */
export function normalMac(m: string | undefined): string | undefined {
  if (m === undefined) return undefined;
  const b = parseMAC(m);
  return b ? macString(b) : m.toLowerCase();
}

export function statusEntriesOf(status: Record<string, unknown> | undefined): StatusEntry[] {
  const list = status?.interfaces;
  if (!Array.isArray(list)) return [];
  const out: StatusEntry[] = [];
  list.forEach((x, index) => {
    if (!isObject(x)) return;
    const e: StatusEntry = {
      index,
      ipAddresses: strs(x.ipAddresses),
      infoSource: (str(x.infoSource) ?? '').split(', ').filter((s) => s !== ''),
    };
    for (const k of ['name', 'mac', 'ipAddress', 'podInterfaceName', 'interfaceName', 'linkState'] as const) {
      const v = str(x[k]);
      if (v !== undefined) e[k] = v;
    }
    if (typeof x.queueCount === 'number') e.queueCount = x.queueCount;
    if (e.ipAddresses.length === 0 && e.ipAddress) e.ipAddresses = [e.ipAddress];
    out.push(e);
  });
  return out;
}

function podIPsOf(pod: Record<string, unknown> | undefined): string[] {
  const st = isObject(pod?.status) ? pod.status : undefined;
  const ips = Array.isArray(st?.podIPs) ? st.podIPs.map((p) => (isObject(p) ? str(p.ip) : undefined)).filter((x): x is string => !!x) : [];
  if (ips.length > 0) return ips;
  const one = str(st?.podIP);
  return one ? [one] : [];
}

function agentConnected(status: Record<string, unknown> | undefined, entries: StatusEntry[]): boolean {
  const conds = Array.isArray(status?.conditions) ? status.conditions : [];
  if (conds.some((c) => isObject(c) && c.type === 'AgentConnected' && c.status === 'True')) return true;
  return entries.some((e) => e.infoSource.includes('guest-agent'));
}

export function networkStatusOf(subject: Subject): NetworkStatusState {
  if (!subject.pod) return { state: 'no-pod' };
  const raw = annotations(subject.pod)[NETWORK_STATUS_ANNOTATION];
  if (typeof raw !== 'string' || raw.trim() === '') return { state: 'missing' };
  const r = parseNetworkStatus(raw);
  return r.ok ? { state: 'ok', entries: r.entries } : { state: 'invalid', message: r.message };
}

/** IPv4 / IPv6 of an address with or without a prefix. */
export function familyOf(ip: string): 'IPv4' | 'IPv6' {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

/** Facts about one pod interface, from `ip -j addr|link` first, then the Multus network-status entry. */
export interface PodIfaceFacts {
  /** Global addresses: `a.b.c.d/p` from ip addr, or bare addresses from network-status. */
  ips: string[];
  mac?: string;
  mtu?: number;
  gateway?: string;
}

export function linkNamed(plan: Pick<Plan, 'links'>, name: string | null | undefined): IpLink | undefined {
  return name ? plan.links?.find((l) => l.ifname === name) : undefined;
}

function isGlobal(cidr: string): boolean {
  const ip = cidr.split('/')[0]!.toLowerCase();
  if (ip.includes(':')) return !(ip.startsWith('fe80') || ip === '::1');
  return !(ip.startsWith('127.') || ip.startsWith('169.254.'));
}

export function podIfaceFacts(plan: Pick<Plan, 'links'>, p: IfacePlan | undefined, podIPs: string[] = []): PodIfaceFacts {
  const link = linkNamed(plan, p?.podIface);
  const ns = p?.nsEntry;
  const facts: PodIfaceFacts = { ips: [] };
  if (link?.addresses) facts.ips = link.addresses.filter(isGlobal);
  else if (ns && ns.ips.length > 0) facts.ips = [...ns.ips];
  else if (p?.podNetwork) facts.ips = [...podIPs];
  facts.mac = link?.address ?? ns?.mac;
  facts.mtu = link?.mtu ?? ns?.mtu;
  facts.gateway = ns?.gateway[0];
  return facts;
}

/** Context for the wiring: the caller's, then the dump's KubeVirt CR and NADs, then what the pod shows. */
function contextFor(base: Context, subject: Subject, podIPs: string[], guestAgent: boolean): Context {
  let ctx = base;
  if (subject.kubevirt) ctx = contextFromKubeVirtCR(subject.kubevirt.value, ctx);
  ctx = withNads(ctx, subject.nads.map((n) => nadFromObject(n.value)).filter((n): n is NonNullable<typeof n> => !!n));
  ctx = { ...ctx, guestAgent };
  if (podIPs.length > 0) {
    const fams = [...new Set(podIPs.map(familyOf))];
    ctx = { ...ctx, podIPFamilies: fams };
  }
  return ctx;
}

export function buildPlan(dump: LiveDump, subject: Subject, base: Context): Plan {
  const resource = buildResource('VirtualMachineInstance', subject.vmi.value);
  const status = resource.status;
  const statusEntries = statusEntriesOf(status);
  const podIPs = podIPsOf(subject.pod?.value);
  const guestAgent = agentConnected(status, statusEntries);
  const networkStatus = networkStatusOf(subject);
  const nsEntries = networkStatus.state === 'ok' ? networkStatus.entries : [];
  const rawInfo = subject.pod ? annotations(subject.pod)[NETWORK_INFO_ANNOTATION] : undefined;
  const networkInfo = typeof rawInfo === 'string' ? parseNetworkInfo(rawInfo) : new Map<string, string>();
  const links = dump.ipAddr ?? dump.ipLink;

  const ctx0 = contextFor(base, subject, podIPs, guestAgent);
  const { spec, defaulted } = applyDefaults(resource.spec, ctx0);
  const networks = networksOf(spec);
  const interfaces = interfacesOf(spec);

  // Pod interface names: from the pod's network-status when it is there (virt-controller's
  // namescheme.CreateFromNetworkStatuses: ordinal if any entry is named netN; the primary is the `default`
  // entry's interface, else eth0), otherwise from the VMI status (what virt-handler uses).
  const statusScheme = networkNameScheme(networks, statusInterfaces(status));
  let ordinal = statusScheme.ordinal;
  const podIfaceOf = new Map(statusScheme.byNetwork);
  if (networkStatus.state === 'ok') {
    ordinal = nsEntries.some((e) => e.interface !== undefined && isOrdinalName(e.interface));
    let n = 0;
    for (const net of networks) {
      if (!isSecondaryMultus(net) || typeof net.name !== 'string') continue;
      n++;
      podIfaceOf.set(net.name, ordinal ? `net${n}` : hashedPodInterfaceName(net.name));
    }
    if (statusScheme.primary) {
      const def = nsEntries.find((e) => e.default && e.interface);
      podIfaceOf.set(statusScheme.primary, def?.interface ?? PRIMARY_POD_IFACE);
    }
  }

  // Concrete values of the primary pod interface for the wiring (ctx.pod): its addresses, MAC and MTU.
  const primaryName = statusScheme.primary;
  const primaryIface = primaryName ? podIfaceOf.get(primaryName) : undefined;
  const primaryEntry = nsEntries.find((e) => e.interface === primaryIface) ?? nsEntries.find((e) => e.default);
  const primaryFacts = podIfaceFacts(
    { links },
    { podIface: primaryIface ?? null, nsEntry: primaryEntry, podNetwork: true } as IfacePlan,
    podIPs,
  );
  let ctx = ctx0;
  if (primaryName && (primaryFacts.ips.length > 0 || primaryFacts.mac || primaryFacts.mtu)) {
    const pod: NonNullable<Context['pod']> = {};
    const v4 = primaryFacts.ips.find((i) => familyOf(i) === 'IPv4');
    const v6 = primaryFacts.ips.find((i) => familyOf(i) === 'IPv6');
    if (v4) pod.ipv4 = v4;
    if (v6) pod.ipv6 = v6;
    if (primaryFacts.mac) pod.mac = normalMac(primaryFacts.mac);
    if (primaryFacts.mtu !== undefined) pod.mtu = primaryFacts.mtu;
    ctx = { ...ctx0, pod };
  }

  let wiring: ResourceWiring;
  try {
    wiring = wire(resource, spec, defaulted, ctx);
  } catch (e) {
    wiring = { interfaces: [], annotations: noAnnotations(), errors: [{ phase: 'virtwire', field: null, message: String(e) }] };
  }

  const ifaces: IfacePlan[] = interfaces.map((iface, index) => {
    const name = String(iface.name ?? '');
    const network = networks.find((n) => n.name === name);
    const podIface = podIfaceOf.get(name) ?? null;
    const kind = bindingOf(iface);
    const binding: BindingName =
      wiring.interfaces[index]?.binding ??
      (kind === 'binding' ? `plugin:${String(iface.binding?.name ?? '')}` : ((kind ?? 'none') as BindingName));
    const p: IfacePlan = {
      name,
      index,
      iface,
      network,
      binding,
      primary: !!network && (isPod(network) || isMultusDefault(network)) && network.name === primaryName,
      secondary: isSecondaryMultus(network),
      podNetwork: isPod(network),
      absent: iface.state === 'absent',
      podIface,
      wiring: wiring.interfaces[index],
      status: statusEntries.find((e) => e.name === name),
    };
    if (podIface) p.nsEntry = nsEntries.find((e) => e.interface === podIface);
    if (p.secondary && network?.multus?.networkName) {
      p.nadEntry = nsEntries.find((e) => !e.default && entryIsForNad(e, String(network.multus!.networkName), subject.namespace));
    }
    return p;
  });

  const st = isObject(subject.vmi.value.status) ? subject.vmi.value.status : {};
  return {
    dump, subject, ctx, resource, spec, wiring,
    phase: str(st.phase),
    nodeName: str(st.nodeName),
    statusEntries, networkStatus, networkInfo, podIPs, guestAgent, ordinal, ifaces, links,
  };
}
