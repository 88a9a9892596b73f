// Pod interface names and in-pod device names (KubeVirt pkg/network/namescheme, pkg/network/link/names.go).
//
// * primary network (first `pod` or `multus.default: true`): `eth0`, unless status.interfaces[] of that
//   network carries another podInterfaceName (custom primary name, e.g. an OVN UDN `ovn-udn1`);
// * secondary Multus networks: `pod` + first 11 hex digits of sha256(<logical network name>);
// * legacy ordinal scheme `net1…netN` (in spec.networks order) when the running pod already uses it,
//   which a manifest shows by a secondary network's status podInterfaceName matching ^net\d+$.

import { createHash } from 'node:crypto';
import type { Network } from '../model/api';
import { defaultNetworkOf, isSecondaryMultus } from '../model/resource';

export const PRIMARY_POD_IFACE = 'eth0';
const HASHED_PREFIX = 'pod';
/** 15 (IFNAMSIZ-1) minus len("-nic"). */
const MAX_HASHED_LEN = 11;
const PRIMARY_TAP = 'tap0';

export interface IfaceStatusEntry {
  name?: string;
  podInterfaceName?: string;
  infoSource?: string;
  queueCount?: number;
  mac?: string;
}

/** `pod` + 11 hex of sha256(network name). */
export function hashedPodInterfaceName(networkName: string): string {
  return HASHED_PREFIX + createHash('sha256').update(networkName, 'utf8').digest('hex').slice(0, MAX_HASHED_LEN);
}

export function isOrdinalName(name: string): boolean {
  return /^net\d+$/.test(name);
}

/** status.interfaces[] of a resource, as plain entries. */
export function statusInterfaces(status: Record<string, unknown> | undefined): IfaceStatusEntry[] {
  const list = status?.interfaces;
  if (!Array.isArray(list)) return [];
  return list.filter((x): x is IfaceStatusEntry => x !== null && typeof x === 'object');
}

function statusOf(statuses: IfaceStatusEntry[], name: string | undefined): IfaceStatusEntry | undefined {
  return statuses.find((s) => s.name === name);
}

/**
 * Whether the pod uses the legacy ordinal names: the first secondary Multus network whose status entry has a
 * podInterfaceName decides; without any, hashed names — a new pod always gets them (multus/annotation.go:
 * CreateHashedNetworkNameScheme). KubeVirt's namescheme.HasOrdinalSecondaryIfaces reads status the same way but
 * assumes ordinal when it cannot tell; it only decides whether a hot-unplug is passed on (controllers/vm.go).
 * What virt-handler builds follows the pod's own links (netpod.go:createNetworkNameScheme).
 */
export function usesOrdinalNames(networks: Network[], statuses: IfaceStatusEntry[]): boolean {
  for (const net of networks) {
    if (!isSecondaryMultus(net)) continue;
    const st = statusOf(statuses, net.name);
    if (st && typeof st.podInterfaceName === 'string' && st.podInterfaceName !== '') {
      return isOrdinalName(st.podInterfaceName);
    }
  }
  return false;
}

export interface NameScheme {
  /** network name → pod interface name (primary and secondary Multus networks only). */
  byNetwork: Map<string, string>;
  ordinal: boolean;
  /** The primary network's name, if any. */
  primary: string | undefined;
}

/** The pod interface name of every network (KubeVirt createNetworkNameScheme + UpdatePrimaryPodIfaceNameFromVMIStatus). */
export function networkNameScheme(networks: Network[], statuses: IfaceStatusEntry[]): NameScheme {
  const ordinal = usesOrdinalNames(networks, statuses);
  const byNetwork = new Map<string, string>();
  let n = 0;
  for (const net of networks) {
    if (!isSecondaryMultus(net) || typeof net.name !== 'string') continue;
    n++;
    byNetwork.set(net.name, ordinal ? `net${n}` : hashedPodInterfaceName(net.name));
  }
  const primary = defaultNetworkOf(networks);
  if (primary && typeof primary.name === 'string') {
    const st = statusOf(statuses, primary.name);
    const custom = st && typeof st.podInterfaceName === 'string' && st.podInterfaceName !== '' ? st.podInterfaceName : undefined;
    byNetwork.set(primary.name, custom ?? PRIMARY_POD_IFACE);
  }
  return { byNetwork, ordinal, primary: primary?.name };
}

function trimHashedPrefix(podIface: string): string {
  return podIface.startsWith(HASHED_PREFIX) ? podIface.slice(HASHED_PREFIX.length) : podIface;
}

/** In-pod Linux bridge: `k6t-` + name without a leading `pod`. */
export function bridgeName(podIface: string): string {
  return 'k6t-' + trimHashedPrefix(podIface);
}

/** The renamed pod interface enslaved to the bridge: name without a leading `pod` + `-nic`. */
export function renamedPodIfaceName(podIface: string): string {
  return trimHashedPrefix(podIface) + '-nic';
}

/** Tap device: `tap` + pod name from its 4th character for secondary Multus networks; `tap0` otherwise. */
export function tapName(podIface: string, network: Network | undefined): string {
  return isSecondaryMultus(network) ? 'tap' + podIface.slice(3) : PRIMARY_TAP;
}

/** Bridge-binding fake IP: "169.254.75.1" followed by the decimal index. */
export function fakeBridgeIP(index: number): string {
  return `169.254.75.1${index}`;
}
