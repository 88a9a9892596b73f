// MULTI-NIC-ROUTES · several bridge interfaces and no cloud-init networkData. Verified in KubeVirt's source and
// user guide: KubeVirt never configures the guest's network; each bridge interface only gets a DHCP server of its own
// when its pod interface has an IPv4 address, which offers the pod interface's routes, its default route included
// (pkg/network/dhcp/bridge.go, server/server.go @v1.9.0), and networks without IPAM are served by whatever DHCP
// server the physical network has. Without networkData the guest decides alone: cloud-init's fallback configures one
// NIC only, images with NetworkManager run DHCP on every NIC and take whichever default route comes last (Harvester
// issues #5276, #2068, #9271). Information: it depends on the guest image and on the networks.

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { networkDataOf } from '../../model/cloud-init';
import { ifaceAt, relatedInterface } from '../net/common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkMultiNicRoutes: Rule = (input) => {
  if (networkDataOf(input.spec)) return [];
  const seen = new Set<string>();
  const bridged = interfacesOf(input.spec)
    .map((iface, i) => ({ iface, i }))
    .filter(({ iface }) => present(iface, 'bridge') && str(iface['state']) !== 'absent')
    .filter(({ iface }) => !seen.has(nameOf(iface)) && !!seen.add(nameOf(iface))); // a duplicate is no second NIC
  if (bridged.length < 2) return [];
  const names = bridged.map(({ iface }) => nameOf(iface));
  const second = bridged[1]!;
  const out: Finding[] = [
    finding(
      'MULTI-NIC-ROUTES',
      // how images decide (cloud-init's fallback, DHCP on every NIC) is the code's documentation, not repeated per VM
      `${bridged.length} bridge interfaces (${names.map((n) => JSON.stringify(n)).join(', ')}) and no cloud-init networkData: KubeVirt does not configure the guest, so the image decides which NICs come up and which default route wins. Describe each NIC (and which one has the default route) in cloud-init networkData`,
      null,
      ifaceAt(input, second.i, 'bridge'),
      {
        severity: 'information',
        part: 'key',
        related: relatedInterface(input, names[0]!, 'the first bridge interface'),
        data: { interfaceIndex: second.i, name: names[1], interfaces: names },
      },
    ),
  ];
  return out;
};
