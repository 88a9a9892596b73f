// BRIDGE-IPV6 · bridge binding on the pod network of a pod with IPv6 (the runtime context's podIPFamilies). Verified in
// KubeVirt's source: bridge binding's DHCP server hands the guest only the pod interface's IPv4 address; no DHCPv6 is
// served for bridge, and from v1.9 the pod's IPv6 is even dropped from the interface cache ("Bridge binding doesn't
// support DHCPv6, so the pod's IPv6 is never reachable from the guest", pkg/network/setup/netpod/discover.go@v1.9.0;
// pkg/network/setup/netpod/discoverbridge.go stores an IPv4 address only since v1.5; kubevirt#5499). On an IPv6-only
// pod the guest gets no address at all (a warning); on a dual-stack pod it gets IPv4 only (information).

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { ifaceAt, networksByName } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkBridgeIPv6: Rule = (input) => {
  const families = input.ctx.podIPFamilies ?? [];
  if (!families.includes('IPv6')) return [];
  const ipv6Only = !families.includes('IPv4');
  const byName = networksByName(input);
  const out: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, i) => {
    if (!present(iface, 'bridge') || str(iface['state']) === 'absent') return;
    // an interface defaulting added is explained by the DEFAULTED hint (as for BRIDGE-POD-MIGRATION)
    if (input.defaulted.interfaces.includes(i)) return;
    const name = nameOf(iface);
    if (!isPod(byName.get(name)?.net)) return;
    const what = ipv6Only
      ? "the pod is IPv6-only and KubeVirt's DHCP server for bridge binding serves only an IPv4 address (no DHCPv6), so the guest gets no address at all"
      : "the pod is dual-stack, but KubeVirt's DHCP server for bridge binding serves only the pod's IPv4 address (no DHCPv6), so the guest has no IPv6";
    out.push(
      finding(
        'BRIDGE-IPV6',
        `interface ${JSON.stringify(name)} (bridge on the pod network): ${what}. Use passtBinding (the pod's addresses, IPv6 included) or masquerade with cloud-init networkData for IPv6`,
        null,
        ifaceAt(input, i, 'bridge'),
        { severity: ipv6Only ? 'warning' : 'information', part: 'key', data: { interfaceIndex: i, name, ipv6Only } },
      ),
    );
  });
  return out;
};
