// NET-08 · netiface.go validateNetworksAssignedToInterfaces: every network has an interface of the same
// name (exact, case-sensitive).

import type { Finding } from '../../types';
import { cause, interfaces, nameOf, netAt, netField, networks, type NetRule } from './common';

export const validateNetworksAssignedToInterfaces: NetRule = (input) => {
  const out: Finding[] = [];
  const ifaceNames = new Set(interfaces(input).map(nameOf));
  const netNames = new Set(networks(input).map(nameOf));
  const orphans = interfaces(input).map(nameOf).filter((n) => !netNames.has(n));
  networks(input).forEach((net, n) => {
    const name = nameOf(net);
    if (ifaceNames.has(name)) return;
    const f = netField(input, n, 'name');
    out.push(
      cause('NET-08', `${f} '${name}' not found.`, f, netAt(input, n, 'name'), {
        part: 'value',
        data: { networkIndex: n, name, candidates: orphans, suggestion: 'add an interface with this name' },
      }),
    );
  });
  return out;
};
