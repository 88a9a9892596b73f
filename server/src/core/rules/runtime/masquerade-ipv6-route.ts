// MASQ-IPV6-ROUTE · masquerade on an IPv6 (or dual-stack) pod without cloud-init networkData that gives the guest
// an IPv6 default route. Verified in KubeVirt's source and user guide: when the pod interface has a global IPv6
// address, KubeVirt's DHCPv6 server hands the guest its address (pkg/network/dhcp/configurator.go, serverv6/serverv6.go
// @v1.9.0: an IA_NA address and DNS, no prefix length), and nothing advertises a router (no RA; DHCPv6 has no router
// option), so the guest has no IPv6 default route; the user guide's masquerade dual-stack and IPv6 sections say the
// address and route "should be configured via cloud init" with gateway fd10:0:2::1. passtBinding configures IPv6
// itself (user guide, passtBinding). A warning when the runtime context says the pod is IPv6-only (the guest then has
// no connectivity beyond the pod at all: no DHCPv4 either); information on a dual-stack pod (IPv4 works, IPv6 does
// not: on the real-world corpus a warning there would fire on every masquerade VM) and when only
// `vmIPv6NetworkCIDR` hints at IPv6.

import type { Finding } from '../../types';
import { obj, present, str } from '../../go/fmt';
import { masqueradeAddresses } from '../../model/addressing';
import { networkDataOf, setsIPv6DefaultRoute } from '../../model/cloud-init';
import { ifaceAt, networksByName } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkMasqueradeIPv6Route: Rule = (input) => {
  const byName = networksByName(input);
  const families = input.ctx.podIPFamilies ?? [];
  const ipv6Pod = families.includes('IPv6');
  const ipv6Only = ipv6Pod && !families.includes('IPv4');
  const data = networkDataOf(input.spec);
  if (data && (data.secret || (data.text !== undefined && setsIPv6DefaultRoute(data.text)))) return [];
  const out: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, i) => {
    if (!present(iface, 'masquerade')) return;
    const name = nameOf(iface);
    const net = byName.get(name)?.net;
    if (!isPod(net)) return;
    const cidr = str(obj(net!['pod'])?.['vmIPv6NetworkCIDR']);
    if (!ipv6Pod && cidr === '') return;
    const a = masqueradeAddresses(cidr, 'ipv6');
    const addrs = a.ok
      ? { guest: `${a.value.guest}/${a.value.prefix}`, gateway: a.value.gateway }
      : { guest: 'fd10:0:2::2/120', gateway: 'fd10:0:2::1' };
    const when = ipv6Only
      ? 'the pod is IPv6-only, so '
      : ipv6Pod
        ? 'the pod is dual-stack, so '
        : 'if the pod has IPv6 (a dual-stack or IPv6 cluster), ';
    const without = data ? 'its cloud-init networkData sets no IPv6 default route' : 'there is no cloud-init networkData';
    out.push(
      finding(
        'MASQ-IPV6-ROUTE',
        `interface ${JSON.stringify(name)} (masquerade): ${when}KubeVirt's DHCPv6 server gives the guest ${addrs.guest.split('/')[0]} but no default route (nothing sends router advertisements), and ${without}: the guest has no IPv6 connectivity beyond the pod. Configure it in cloud-init networkData (address ${addrs.guest}, gateway6 ${addrs.gateway}), or use passtBinding, which sets up IPv6 itself`,
        null,
        ifaceAt(input, i, 'masquerade'),
        {
          severity: ipv6Only ? 'warning' : 'information',
          part: 'key',
          data: { interfaceIndex: i, name, guest: addrs.guest, gateway: addrs.gateway, networkData: data ? 'no-ipv6-route' : 'none' },
        },
      ),
    );
  });
  return out;
};
