// OLD-SLIRP-POD, OLD-SLIRP-CFG · slirp.go validateSlirpBinding of v1.5 only (NA/slirp.go:35-63@v1.5.0; removed by
// b91743949d in v1.6). Besides the creation-time block (DISC-01), v1.5 still checked slirp interfaces: the network of
// the same name (the first one: vmispec.LookupNetworkByName; none → no cause) must be the pod network, and then
// network.permitSlirpInterface must be set. Runs after validateInterfaceBinding, over all interfaces.

import type { Finding } from '../../types';
import { codeExists } from '../../codes/index';
import { present } from '../../go/fmt';
import { bindingFinding, netAt, thisInterface } from './common';
import { interfacesOf, isPod, nameOf, networksOf } from '../../model/resource';
import type { Rule } from '../rule';

export const validateSlirpBinding: Rule = (input) => {
  if (!codeExists(input.ctx, 'OLD-SLIRP-POD')) return [];
  const out: Finding[] = [];
  const nets = networksOf(input.spec);
  interfacesOf(input.spec).forEach((iface, i) => {
    if (!present(iface, 'slirp')) return;
    const name = nameOf(iface);
    const n = nets.findIndex((x) => nameOf(x) === name);
    if (n < 0) return;
    const data = { interfaceIndex: i, networkIndex: n, name, binding: 'slirp', suggestion: 'masquerade' };
    if (!isPod(nets[n])) {
      out.push(
        bindingFinding(input, i, 'slirp', 'OLD-SLIRP-POD', 'Slirp interface only implemented with pod network', {
          related: [{ at: netAt(input, n, 'name'), part: 'value', message: `network ${JSON.stringify(name)} is not the pod network` }],
          data,
        }),
      );
    } else if (!input.ctx.permitSlirpInterface) {
      out.push(
        bindingFinding(input, i, 'slirp', 'OLD-SLIRP-CFG', 'Slirp interface is not enabled in kubevirt-config', {
          related: thisInterface(input, i, name),
          data: { ...data, config: 'network.permitSlirpInterface' },
        }),
      );
    }
  });
  return out;
};
