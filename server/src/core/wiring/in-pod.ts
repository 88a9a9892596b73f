// In-pod links (the nmstate desired spec of phase 1, pkg/network/setup/netpod/netpod.go:composeDesiredSpec)
// and Linux-stack sysctls, per binding.

import type { InPodLink } from './types';

export const SYSCTL = {
  ipForward: 'net/ipv4/ip_forward',
  ipv6Forwarding: 'net/ipv6/conf/all/forwarding',
  arpIgnore: 'net/ipv4/conf/all/arp_ignore',
  routeLocalnet: (link: string) => `net/ipv4/conf/${link}/route_localnet`,
  pingGroupRange: 'net/ipv4/ping_group_range',
  unprivilegedPortStart: 'net/ipv4/ip_unprivileged_port_start',
} as const;

/** Sysctls of the passt bindings (core passtBinding, and the passt-binding CNI of the plugin). */
export function passtSysctls(): Record<string, string> {
  return { [SYSCTL.pingGroupRange]: '107 107', [SYSCTL.unprivilegedPortStart]: '0' };
}

export interface TapLinkInput {
  name: string;
  controller: string;
  mtu: string | number;
  queues: number;
  owner: number;
}

export function tapLink(t: TapLinkInput): InPodLink {
  return {
    name: t.name,
    kind: 'tap',
    state: 'up',
    controller: t.controller,
    mtu: t.mtu,
    queues: t.queues,
    uid: t.owner,
    gid: t.owner,
  };
}

/** The pod interface renamed `<p'>-nic`, enslaved to the bridge, MAC copied from the bridge, IPs flushed. */
export function renamedPodIfaceLink(podIface: string, renamed: string, bridge: string): InPodLink {
  return {
    name: renamed,
    kind: 'pod-iface-renamed',
    renamedFrom: podIface,
    state: 'up',
    copyMacFrom: bridge,
    controller: bridge,
    ipv4: [],
    ipv6: [],
    portLearning: false,
  };
}

export interface DummyInput {
  podIface: string;
  mac: string;
  mtu: string | number;
  ipv4: string[] | string;
  ipv6: string[] | string;
}

/** A dummy with the pod interface's original name, MAC, MTU and addresses (keeps CNI CHECK happy). */
export function dummyLink(d: DummyInput): InPodLink {
  return { name: d.podIface, kind: 'dummy', mac: d.mac, mtu: d.mtu, ipv4: d.ipv4, ipv6: d.ipv6 };
}
