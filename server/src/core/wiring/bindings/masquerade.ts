// masquerade (pod network only): in-pod bridge k6t-<p> (MAC 02:00:00:00:00:00, gateway addresses) + tap,
// NAT via nftables (first masquerade interface only), KubeVirt DHCPv4/DHCPv6 handing out the guest address.
// netpod.go:masqueradeBindingSpec, masquerade/masquerade.go, dhcp/masquerade.go.

import { masqueradeAddresses, sanitizeVMNetworkCIDR, type MasqueradeAddresses } from '../../model/addressing';
import { bridgeName, tapName } from '../naming';
import { nftCommandsForFamily } from '../nftables';
import { commonV4Options, masqueradeDhcpV6, LEASE_SECONDS } from '../dhcp';
import { applyTapOptions, baseDomainInterface } from '../domain-xml';
import { SYSCTL, tapLink } from '../in-pod';
import { fromPod, TEXT } from '../runtime';
import type { InPodLink, WiringError } from '../types';
import {
  baseWiring,
  concretePod,
  domainIfaceStatus,
  ifaceField,
  ipv4Presence,
  ipv6Presence,
  netField,
  podMtu,
  podMtuXml,
  specMac,
  type BindingResult,
  type IfaceInput,
} from './common';

/** The in-pod bridge's fixed MAC (link.StaticMasqueradeBridgeMAC). */
export const MASQUERADE_BRIDGE_MAC = '02:00:00:00:00:00';

export function wireMasquerade(i: IfaceInput): BindingResult {
  const w = baseWiring(i);
  const errors: WiringError[] = [];
  const p = i.podIface ?? 'eth0';
  const bridge = bridgeName(p);
  const tap = tapName(p, i.network);
  w.bridge = bridge;
  w.tap = tap;

  const v4 = ipv4Presence(i) !== 'no';
  const v6 = ipv6Presence(i) === 'yes';
  let a4: MasqueradeAddresses | undefined;
  let a6: MasqueradeAddresses | undefined;
  if (v4) {
    const r = masqueradeAddresses(sanitizeVMNetworkCIDR(i.network?.pod?.vmNetworkCIDR), 'ipv4');
    if (r.ok) a4 = r.value;
    else errors.push({ phase: 'virt-handler', field: netField(i, 'pod', 'vmNetworkCIDR'), message: r.message });
  }
  if (v6 && errors.length === 0) {
    const r = masqueradeAddresses(i.network?.pod?.vmIPv6NetworkCIDR, 'ipv6');
    if (r.ok) a6 = r.value;
    else errors.push({ phase: 'virt-handler', field: netField(i, 'pod', 'vmIPv6NetworkCIDR'), message: r.message });
  }
  if (errors.length > 0) return { wiring: w, errors };

  const mtu = podMtu(i);
  const bridgeLink: InPodLink = {
    name: bridge,
    kind: 'bridge',
    state: 'up',
    mac: MASQUERADE_BRIDGE_MAC,
    mtu,
    ipv4: a4 ? [`${a4.gateway}/${a4.prefix}`] : [],
    ipv6: a6 ? [`${a6.gateway}/${a6.prefix}`] : [],
  };
  w.inPod = {
    links: [bridgeLink, tapLink({ name: tap, controller: bridge, mtu, queues: i.tapQueues, owner: i.owner })],
    podIfaceUntouched: p,
    sysctls: {},
  };
  if (a4) {
    w.inPod.sysctls[SYSCTL.ipForward] = '1';
    w.inPod.sysctls[SYSCTL.routeLocalnet(bridge)] = '1';
  }
  if (a6) w.inPod.sysctls[SYSCTL.ipv6Forwarding] = '1';

  if (a4) {
    w.guest.ipv4 = `${a4.guest}/${a4.prefix}`;
    w.guest.ipv4Gateway = a4.gateway;
  }
  if (a6) {
    w.guest.ipv6 = `${a6.guest}/${a6.prefix}`;
    w.guest.ipv6Gateway = a6.gateway;
  }

  if (i.firstMasquerade) {
    const podIPv4 = concretePod(i)?.ipv4?.split('/')[0] ?? fromPod('podIPv4');
    const common = {
      podIface: p,
      bridge,
      istio: i.istio,
      podIPv4,
      legacyMigrationPorts: i.legacyMigrationPorts,
      portRangesEnabled: i.portRangesEnabled,
    };
    if (a4) w.nftables.push(...nftCommandsForFamily(i.iface, { ...common, family: 'ip', gateway: a4.gateway, guest: a4.guest }));
    if (a6) w.nftables.push(...nftCommandsForFamily(i.iface, { ...common, family: 'ip6', gateway: a6.gateway, guest: a6.guest }));
  }

  if (a4 || a6) {
    w.dhcp = {
      v4: a4
        ? {
            listenInterface: bridge,
            clientMACFilter: null,
            yiaddr: a4.guest,
            serverIdentifier: a4.gateway,
            leaseTimeSeconds: LEASE_SECONDS,
            options: {
              subnetMask: a4.mask!,
              router: a4.gateway,
              ...commonV4Options(i.iface, i.vmiName, i.spec, mtu),
            },
          }
        : null,
      v6: a6 ? masqueradeDhcpV6(bridge, a6.guest) : null,
    };
  }

  const d = baseDomainInterface(i.iface, i.settings);
  if (!d.ok) return { wiring: w, errors: [{ phase: 'virt-launcher', field: ifaceField(i, 'pciAddress'), message: d.message }] };
  applyTapOptions(d.value, i.iface, i.settings);
  d.value.target = tap;
  d.value.mac = specMac(i) ?? concretePod(i)?.mac ?? TEXT.mac;
  d.value.mtu = podMtuXml(i);
  w.domain = d.value;

  w.status = domainIfaceStatus(i, p, {
    queueCount: d.value.driver?.queues ?? 1,
    macFallback: TEXT.mac,
    ipAddresses: TEXT.masqStatusIPs(p),
  });
  return { wiring: w, errors };
}
