// N-07 · netpod.go gatewayIP: masquerade takes the in-pod gateway and guest addresses from
// pod.vmNetworkCIDR / pod.vmIPv6NetworkCIDR. KubeVirt does not check them at admission; virt-handler
// fails when they do not parse or leave fewer than 2 host addresses. Only the IPv4 field is sanitised
// (ParseCIDRSloppy) when the object is decoded.

import type { Finding } from '../../types';
import { obj, present, str } from '../../go/fmt';
import { masqueradeAddresses, sanitizeVMNetworkCIDR } from '../../model/addressing';
import { netAt, relatedInterface } from '../net/common';
import { interfacesOf, isPod, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

/** The runtime error KubeVirt raises for this CIDR, or undefined when it works. */
export function vmCidrProblem(value: string, sanitize: boolean): string | undefined {
  const r = masqueradeAddresses(sanitize ? sanitizeVMNetworkCIDR(value) : value, sanitize ? 'ipv4' : 'ipv6');
  return r.ok ? undefined : r.message;
}

export const checkPodNetworkCidr: Rule = (input) => {
  const out: Finding[] = [];
  const masqueradeNames = new Set(
    interfacesOf(input.spec)
      .filter((i) => present(i, 'masquerade'))
      .map(nameOf),
  );
  networksOf(input.spec).forEach((net, n) => {
    if (!isPod(net) || !masqueradeNames.has(nameOf(net))) return;
    const pod = obj(net['pod']) ?? {};
    for (const [key, sanitize] of [
      ['vmNetworkCIDR', true],
      ['vmIPv6NetworkCIDR', false],
    ] as const) {
      const value = str(pod[key]);
      if (value === '') continue;
      const problem = vmCidrProblem(value, sanitize);
      if (!problem) continue;
      out.push(
        finding('N-07', problem, null, netAt(input, n, 'pod', key), {
          severity: 'warning',
          part: 'value',
          related: relatedInterface(input, nameOf(net), 'the masquerade interface'),
          data: {
            phase: 'virt-handler',
            family: sanitize ? 'IPv4' : 'IPv6',
            podHasFamily: (input.ctx.podIPFamilies ?? []).includes(sanitize ? 'IPv4' : 'IPv6'),
            networkIndex: n,
            name: nameOf(net),
            key,
            value,
            suggestion: sanitize ? '10.0.2.0/24' : 'fd10:0:2::/120',
          },
        }),
      );
    }
  });
  return out;
};
