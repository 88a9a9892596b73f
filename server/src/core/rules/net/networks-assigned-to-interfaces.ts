// NET-08 · netiface.go validateNetworksAssignedToInterfaces: every network has an interface of the same
// name (exact, case-sensitive).

import type { Finding } from '../../types';
import { cause, closestName, ifaceAt, interfaces, nameOf, netAt, netField, networks, type NetRule } from './common';

export const validateNetworksAssignedToInterfaces: NetRule = (input) => {
  const out: Finding[] = [];
  const ifaceNames = new Set(interfaces(input).map(nameOf));
  const netNames = new Set(networks(input).map(nameOf));
  const orphans = interfaces(input).map(nameOf).filter((n) => !netNames.has(n));
  networks(input).forEach((net, n) => {
    const name = nameOf(net);
    if (ifaceNames.has(name)) return;
    const f = netField(input, n, 'name');
    const near = closestName(name, orphans);
    const nearIndex = near === undefined ? -1 : interfaces(input).findIndex((i) => nameOf(i) === near);
    out.push(
      cause('NET-08', `${f} '${name}' not found.`, f, netAt(input, n, 'name'), {
        part: 'value',
        related: nearIndex >= 0 ? [{ at: ifaceAt(input, nearIndex, 'name'), part: 'value', message: `interface ${JSON.stringify(near)} has no network: did you mean this one?` }] : [],
        data: { networkIndex: n, name, candidates: orphans, ...(near !== undefined ? { interfaceIndex: nearIndex, suggestion: near } : {}) },
      }),
    );
  });
  return out;
};
