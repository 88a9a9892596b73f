// What KubeVirt should have built for the dumped VMI, next to what the dump shows, per interface: the
// computed wiring (wiring/wire.ts, with a runtime context derived from the dump), the pod interface name
// KubeVirt uses, the VMI's status.interfaces entry and the Multus network-status entry.

import type { Context, PodIfaceRuntime, PodRuntime } from '../context/context';
import { contextFromKubeVirtCR, nadFromObject, withNads } from '../context/load';
import type { Interface, Network, VMISpec } from '../model/api';
import { buildResource } from '../model/detect';
import { interfacesOf, isMultusDefault, isPod, isSecondaryMultus, networksOf, type VmResource } from '../model/resource';
import { applyDefaults } from '../defaults/defaults';
import { wire, type BindingName, type InterfaceWiring, type ResourceWiring } from '../wiring/wire';
import { noAnnotations } from '../wiring/pod-annotations';
import { hashedPodInterfaceName, isOrdinalName, networkNameScheme, statusInterfaces, PRIMARY_POD_IFACE } from '../wiring/naming';
import { bindingName } from '../model/bindings';
import { parseMAC, macString } from '../go/net';
import type { IpLink, NetworkStatusEntry } from './types';
import type { Subject } from './subject';
import { annotations } from './subject';
import type { LiveDump } from './dump/read';
import {
  NETWORK_INFO_ANNOTATION,
  NETWORK_STATUS_ANNOTATION,
  entryIsForNad,
  parseNetworkInfo,
  parseNetworkStatus,
} from './dump/network-status';
import { isObject } from '../model/values';

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

/**
 * A pod interface's values for the wiring's runtime context (undefined when the dump shows nothing of it). What
 * the CNI recorded (Multus network-status) comes first: KubeVirt read the interface when it set it up, and the
 * links in the pod (which the links check compares with the wiring) may have changed since; `ip addr` adds the
 * prefixes network-status lacks.
 */
export function runtimeOf(link: IpLink | undefined, ns: NetworkStatusEntry | undefined, podIPs: string[]): PodIfaceRuntime | undefined {
  const linkIPs = link?.addresses?.filter(isGlobal);
  const withPrefix = (ip: string) => linkIPs?.find((a) => bare(a) === bare(ip)) ?? ip;
  let ips: string[] | undefined;
  if (ns && ns.ips.length > 0) ips = ns.ips.map(withPrefix);
  else if (linkIPs) ips = linkIPs;
  else if (ns) ips = [];
  else if (podIPs.length > 0) ips = podIPs.map(withPrefix);
  const mac = ns?.mac ?? link?.address;
  const mtu = ns?.mtu ?? link?.mtu;
  const gateways = ns?.gateway ?? [];
  if (ips === undefined && !mac && mtu === undefined && gateways.length === 0) return undefined;
  const r: PodIfaceRuntime = {};
  const v4 = ips?.find((i) => familyOf(i) === 'IPv4');
  const v6 = ips?.find((i) => familyOf(i) === 'IPv6');
  if (v4) r.ipv4 = v4;
  if (v6) r.ipv6 = v6;
  if (mac) r.mac = normalMac(mac);
  if (mtu !== undefined) r.mtu = mtu;
  const g4 = gateways.find((g) => familyOf(g) === 'IPv4');
  const g6 = gateways.find((g) => familyOf(g) === 'IPv6');
  if (g4) r.ipv4Gateway = g4;
  if (g6) r.ipv6Gateway = g6;
  if (ips !== undefined) r.addressesKnown = true;
  return r;
}

const bare = (ip: string): string => ip.split('/')[0]!;

/**
 * The VMI as the wiring sees it, its status naming the secondary networks' pod interfaces as the pod does
 * (the wiring takes the naming scheme from status.interfaces[].podInterfaceName, virt-handler from the pod).
 */
function withSecondaryPodIfaces(resource: VmResource, podIfaceOf: Map<string, string>, networks: Network[]): VmResource {
  const secondary = networks.filter((n) => isSecondaryMultus(n) && typeof n.name === 'string' && podIfaceOf.has(n.name));
  if (secondary.length === 0) return resource;
  const entries = statusInterfaces(resource.status).map((e) => ({ ...e }));
  for (const net of secondary) {
    const name = net.name as string;
    const e = entries.find((x) => x.name === name);
    if (e) e.podInterfaceName = podIfaceOf.get(name);
    else entries.push({ name, podInterfaceName: podIfaceOf.get(name) });
  }
  return { ...resource, status: { ...resource.status, interfaces: entries } };
}

/** Context for the wiring: the caller's, then the dump's KubeVirt CR and NADs, then what the pod shows. */
function contextFor(base: Context, subject: Subject, podIPs: string[], guestAgent: boolean): Context {
  let ctx = base;
  if (subject.kubevirt) ctx = contextFromKubeVirtCR(subject.kubevirt.value, ctx);
  ctx = withNads(
    ctx,
    subject.nads.map((n) => nadFromObject(n.value)).filter((n): n is NonNullable<typeof n> => !!n),
  );
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

  // Pod interface names. Secondary networks: ordinal (net1…) or hashed for all of them, as the pod shows —
  // virt-controller reads Multus' network-status (namescheme.CreateFromNetworkStatuses: ordinal if any entry is
  // named netN) for status.podInterfaceName, virt-handler the pod's links (netpod.go:createNetworkNameScheme:
  // ordinal if any link is named netN) for what it builds; without either, the VMI status tells. The primary:
  // the network-status `default` entry's interface, else eth0 (virt-handler takes it from the VMI status).
  const statusScheme = networkNameScheme(networks, statusInterfaces(status));
  let ordinal = statusScheme.ordinal;
  const podIfaceOf = new Map(statusScheme.byNetwork);
  const podNames = networkStatus.state === 'ok' ? nsEntries.map((e) => e.interface ?? '') : links?.map((l) => l.ifname);
  if (podNames) {
    ordinal = podNames.some(isOrdinalName);
    let n = 0;
    for (const net of networks) {
      if (!isSecondaryMultus(net) || typeof net.name !== 'string') continue;
      n++;
      podIfaceOf.set(net.name, ordinal ? `net${n}` : hashedPodInterfaceName(net.name));
    }
  }
  if (networkStatus.state === 'ok') {
    if (statusScheme.primary) {
      const def = nsEntries.find((e) => e.default && e.interface);
      podIfaceOf.set(statusScheme.primary, def?.interface ?? PRIMARY_POD_IFACE);
    }
  }

  // Concrete values of the pod interfaces for the wiring (ctx.pod): addresses, MAC, MTU and gateway of the
  // primary interface, and of each secondary Multus network's (ctx.pod.networks).
  const primaryName = statusScheme.primary;
  const primaryIface = primaryName ? podIfaceOf.get(primaryName) : undefined;
  const primaryEntry = nsEntries.find((e) => e.interface === primaryIface) ?? nsEntries.find((e) => e.default);
  const link = (name: string | undefined) => (name ? links?.find((l) => l.ifname === name) : undefined);
  const pod: PodRuntime = (primaryName && runtimeOf(link(primaryIface), primaryEntry, podIPs)) || {};
  const secondary: Record<string, PodIfaceRuntime> = {};
  for (const net of networks) {
    if (!isSecondaryMultus(net) || typeof net.name !== 'string') continue;
    const podIface = podIfaceOf.get(net.name);
    const r = runtimeOf(
      link(podIface),
      nsEntries.find((e) => e.interface === podIface),
      [],
    );
    if (r) secondary[net.name] = r;
  }
  if (Object.keys(secondary).length > 0) pod.networks = secondary;
  const ctx = Object.keys(pod).length > 0 ? { ...ctx0, pod } : ctx0;

  let wiring: ResourceWiring;
  try {
    wiring = wire(withSecondaryPodIfaces(resource, podIfaceOf, networks), spec, defaulted, ctx);
  } catch (e) {
    wiring = { interfaces: [], annotations: noAnnotations(), errors: [{ phase: 'virtwire', field: null, message: String(e) }] };
  }

  const ifaces: IfacePlan[] = interfaces.map((iface, index) => {
    const name = String(iface.name ?? '');
    const network = networks.find((n) => n.name === name);
    const podIface = podIfaceOf.get(name) ?? null;
    const binding: BindingName = wiring.interfaces[index]?.binding ?? bindingName(iface);
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
    dump,
    subject,
    ctx,
    resource,
    spec,
    wiring,
    phase: str(st.phase),
    nodeName: str(st.nodeName),
    statusEntries,
    networkStatus,
    networkInfo,
    podIPs,
    guestAgent,
    ordinal,
    ifaces,
    links,
  };
}
