// What every binding module receives about one interface, and shared helpers.

import type { Context, PodIfaceRuntime } from '../../context/context';
import type { Interface, Network, VMISpec } from '../../model/api';
import type { Segment } from '../../types';
import type { VmResource } from '../../model/resource';
import { formatField, isPod, networksOf } from '../../model/resource';
import type { ConverterSettings } from '../domain-xml';
import type { GuestAddressing, InterfaceStatus, InterfaceWiring, WiringError, BindingName, NetworkRef } from '../types';
import { statusEntry } from '../status';
import { fromPod } from '../runtime';
import { macString, parseMAC } from '../../go/net';

/** Whether the pod interface has a global-unicast address of a family: known for the pod network, not for NADs. */
export type Presence = 'yes' | 'no' | 'maybe';

export interface IfaceInput {
  resource: VmResource;
  spec: VMISpec;
  ctx: Context;
  iface: Interface;
  network: Network | undefined;
  networkRef: NetworkRef;
  binding: BindingName;
  /** Position in spec.domain.devices.interfaces (absent ones included). */
  index: number;
  /** Position among the interfaces phase 1 processes (non-absent, interface order). */
  ifIndex: number;
  /** Pod interface name (eth0, pod<hash>, netN, custom primary), null when there is none. */
  podIface: string | null;
  /** Primary network (pod or Multus default). */
  primary: boolean;
  /** Secondary Multus network. */
  secondary: boolean;
  settings: ConverterSettings;
  /** Tap queues for this interface (0 unless multiqueue with a virtio model). */
  tapQueues: number;
  /** Tap owner uid/gid: 107 for non-root VMIs, else 0. */
  owner: number;
  vmiName: string;
  istio: boolean;
  /** First masquerade interface (only it gets nftables). */
  firstMasquerade: boolean;
  legacyMigrationPorts: boolean;
  portRangesEnabled: boolean;
}

export interface BindingResult {
  wiring: InterfaceWiring;
  errors: WiringError[];
  /** Domain-level memory backing needed by this interface (passt). */
  needsSharedMemory?: boolean;
}

/**
 * The path of a value of this interface (`spec.domain.devices.interfaces[i].…`, with the resource's base) —
 * the field a runtime failure it causes is reported on (where `check` places the matching warning).
 */
export function ifaceField(i: IfaceInput, ...rest: Segment[]): string {
  return formatField([i.resource.base, 'domain', 'devices', 'interfaces', i.index, ...rest]);
}

/** The path of a value of this interface's network (`spec.networks[n].…`). */
export function netField(i: IfaceInput, ...rest: Segment[]): string | null {
  const n = i.network ? networksOf(i.spec).indexOf(i.network) : -1;
  return n < 0 ? null : formatField([i.resource.base, 'networks', n, ...rest]);
}

export function ipv4Presence(i: IfaceInput): Presence {
  if (isPod(i.network)) return i.ctx.podIPFamilies.includes('IPv4') ? 'yes' : 'no';
  const pod = concretePod(i);
  if (pod?.ipv4) return 'yes';
  return pod?.addressesKnown ? 'no' : 'maybe';
}
export function ipv6Presence(i: IfaceInput): Presence {
  if (isPod(i.network)) return i.ctx.podIPFamilies.includes('IPv6') ? 'yes' : 'no';
  const pod = concretePod(i);
  if (pod?.ipv6) return 'yes';
  return pod?.addressesKnown ? 'no' : 'maybe';
}

/**
 * The running pod's values of this interface's pod interface, when the context has them: the top level of
 * ctx.pod for the primary network (pod, or a Multus default network: both are eth0), ctx.pod.networks[name]
 * for a secondary Multus network.
 */
export function concretePod(i: IfaceInput): PodIfaceRuntime | undefined {
  if (isPod(i.network) || i.primary) return i.ctx.pod;
  const name = i.network?.name;
  return i.secondary && typeof name === 'string' ? i.ctx.pod?.networks?.[name] : undefined;
}

export function podMtu(i: IfaceInput): string | number {
  const m = concretePod(i)?.mtu;
  return m !== undefined ? m : fromPod('mtu');
}

/** The `<mtu size>` value: concrete when known, else a runtime value. */
export function podMtuXml(i: IfaceInput): string {
  const m = concretePod(i)?.mtu;
  return m !== undefined ? String(m) : fromPod('mtu');
}

/** spec.macAddress as Go prints it after net.ParseMAC (a 6-byte address; any other text as written), or undefined. */
export function specMac(i: IfaceInput): string | undefined {
  const m = i.iface.macAddress;
  if (typeof m !== 'string' || m === '') return undefined;
  const bytes = parseMAC(m);
  return bytes?.length === 6 ? macString(bytes) : m;
}

export function noGuest(): GuestAddressing {
  return { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null };
}

/** The skeleton every binding fills in. */
export function baseWiring(i: IfaceInput): InterfaceWiring {
  const w: InterfaceWiring = {
    name: String(i.iface.name ?? ''),
    binding: i.binding,
    network: i.networkRef,
    podInterface: i.podIface,
    bridge: null,
    tap: null,
    guest: noGuest(),
    dhcp: null,
    nftables: [],
    domain: null,
    inPod: { links: [], sysctls: {} },
    status: null,
  };
  return w;
}

export function linkState(i: IfaceInput): string {
  return i.iface.state === 'down' ? 'down' : 'up';
}

/**
 * The status entry of an interface plugged into the domain from pod interface `p` (bridge, masquerade, a plugin's
 * tap or managedTap): the spec's MAC, else the running pod's, else `macFallback`; the interface's link state.
 */
export function domainIfaceStatus(
  i: IfaceInput,
  p: string,
  s: { queueCount: number; macFallback: string; ipAddresses: string | string[] },
): InterfaceStatus {
  return statusEntry({
    podInterfaceName: p,
    inDomain: true,
    inMultusStatus: i.secondary,
    guestAgent: i.ctx.guestAgent,
    mac: specMac(i) ?? concretePod(i)?.mac ?? s.macFallback,
    queueCount: s.queueCount,
    linkState: linkState(i),
    ipAddresses: s.ipAddresses,
  });
}
