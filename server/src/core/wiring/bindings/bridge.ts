// bridge: the pod interface is renamed <p'>-nic and enslaved to k6t-<p> together with the tap; a dummy keeps
// the original name/MAC/IPs; KubeVirt's DHCPv4 hands the pod IPv4 to the guest (netpod.go:bridgeBindingSpec,
// discoverbridge.go, dhcp/bridge.go). The managedTap binding plugin reuses the links without fake IP / DHCP.

import { bridgeName, fakeBridgeIP, renamedPodIfaceName, tapName } from '../naming';
import { commonV4Options, LEASE_SECONDS } from '../dhcp';
import { applyTapOptions, baseDomainInterface } from '../domain-xml';
import { SYSCTL, dummyLink, renamedPodIfaceLink, tapLink } from '../in-pod';
import { maskOf } from '../../model/addressing';
import { fromPod, TEXT } from '../runtime';
import type { DomainInterface, InPodLink, WiringError } from '../types';
import {
  baseWiring,
  concretePod,
  domainIfaceStatus,
  ifaceField,
  ipv4Presence,
  podMtu,
  podMtuXml,
  specMac,
  type BindingResult,
  type IfaceInput,
  type Presence,
} from './common';

const NAD_IPAM = '(NAD IPAM)';

function ipv4When(p: string): string {
  return `only if ${p} has a global-unicast IPv4 address ${NAD_IPAM}`;
}

/** The four links of bridge / managedTap, arp_ignore, and the names. */
export function bridgedLinks(i: IfaceInput, withFakeIP: boolean): { links: InPodLink[]; sysctls: Record<string, string>; v4: Presence } {
  const p = i.podIface ?? 'eth0';
  const bridge = bridgeName(p);
  const renamed = renamedPodIfaceName(p);
  const tap = tapName(p, i.network);
  const v4 = ipv4Presence(i);
  const bridgeLink: InPodLink = { name: bridge, kind: 'bridge', state: 'up' };
  if (withFakeIP && v4 !== 'no') {
    bridgeLink.ipv4 = [`${fakeBridgeIP(i.ifIndex)}/32`];
    if (v4 === 'maybe') bridgeLink.ipv4When = ipv4When(p);
  }
  const pod = concretePod(i);
  const mtu = podMtu(i);
  const links = [
    bridgeLink,
    renamedPodIfaceLink(p, renamed, bridge),
    tapLink({ name: tap, controller: bridge, mtu, queues: i.tapQueues, owner: i.owner }),
    dummyLink({
      podIface: p,
      mac: pod?.mac ?? TEXT.originalMac(p),
      mtu,
      ipv4: pod ? (pod.ipv4 ? [pod.ipv4] : []) : TEXT.originalIPv4(p),
      ipv6: pod ? (pod.ipv6 ? [pod.ipv6] : []) : TEXT.originalIPv6(p),
    }),
  ];
  const sysctls: Record<string, string> = {};
  if (v4 === 'yes') sysctls[SYSCTL.arpIgnore] = '1';
  else if (v4 === 'maybe') sysctls[SYSCTL.arpIgnore] = `1 (only if ${p} has a global-unicast IPv4 address)`;
  return { links, sysctls, v4 };
}

/**
 * Domain `<interface type="ethernet">` of a tap attachment after phase-2 enrichment
 * (domainspec/generators.go:TapLibvirtSpecGenerator.discoverDomainIfaceSpec): `<target dev>` = `target`, the
 * spec MAC (normalised) else the pod interface's, the pod interface's MTU.
 */
export function tapDomainInterface(i: IfaceInput, target: string): { device?: DomainInterface; queues: number; error?: WiringError } {
  const d = baseDomainInterface(i.iface, i.settings);
  if (!d.ok) return { queues: 1, error: { phase: 'virt-launcher', field: ifaceField(i, 'pciAddress'), message: d.message } };
  applyTapOptions(d.value, i.iface, i.settings);
  d.value.target = target;
  d.value.mac = specMac(i) ?? concretePod(i)?.mac ?? TEXT.mac;
  d.value.mtu = podMtuXml(i);
  return { device: d.value, queues: d.value.driver?.queues ?? 1 };
}

export function wireBridge(i: IfaceInput): BindingResult {
  const w = baseWiring(i);
  const p = i.podIface ?? 'eth0';
  const bridge = bridgeName(p);
  const renamed = renamedPodIfaceName(p);
  const tap = tapName(p, i.network);
  w.bridge = bridge;
  w.tap = tap;
  const { links, sysctls, v4 } = bridgedLinks(i, true);
  w.inPod = { links, sysctls };
  const pod = concretePod(i);

  if (v4 !== 'no') {
    const maybe = v4 === 'maybe' ? ` (none if the NAD has no IPAM)` : '';
    w.guest.ipv4 = pod?.ipv4 ?? fromPod(`IPv4/prefix of ${p}${maybe}`);
    w.guest.ipv4Gateway = pod?.ipv4Gateway ?? fromPod(`first IPv4 route next-hop via ${p}`);
    const mac = specMac(i);
    w.dhcp = {
      v4: {
        listenInterface: bridge,
        enabledWhen:
          v4 === 'yes'
            ? `${p} has a global-unicast IPv4 address (always on an IPv4 pod network)`
            : `${p} has a global-unicast IPv4 address ${NAD_IPAM}; otherwise no DHCP server`,
        clientMACFilter: mac ?? pod?.mac ?? fromPod(`original MAC of ${p} (or status.interfaces[].mac after migration)`),
        yiaddr: pod?.ipv4?.split('/')[0] ?? fromPod(`IPv4 of ${p}`),
        serverIdentifier: fakeBridgeIP(i.index),
        leaseTimeSeconds: LEASE_SECONDS,
        options: {
          subnetMask: (pod?.ipv4 && maskOf(pod.ipv4)) || fromPod(`prefix mask of the ${p} IPv4 address`),
          router: pod?.ipv4Gateway ?? fromPod(`next-hop of the first IPv4 route via ${p} (option omitted if it has no next-hop)`),
          classlessStaticRoutes: fromPod(`IPv4 routes via ${p} except the local-subnet route, default route last (option omitted if none)`),
          ...commonV4Options(i.iface, i.vmiName, i.spec, fromPod(`MTU of ${renamed}`)),
        },
      },
      v6: null,
    };
  }

  const x = tapDomainInterface(i, tap);
  if (x.error) return { wiring: w, errors: [x.error] };
  w.domain = x.device!;
  w.status = domainIfaceStatus(i, p, { queueCount: x.queues, macFallback: TEXT.originalMac(p), ipAddresses: TEXT.bridgeStatusIPs(p) });
  return { wiring: w, errors: [] };
}
