// IFACE-02 · netiface.go validateInterfacesAssignedToNetworks: every interface names an existing network.

import type { Finding } from '../../types';
import { cause, ifaceAt, ifaceField, interfaces, nameOf, networks, networksByName, type NetRule } from './common';

export const validateInterfacesAssignedToNetworks: NetRule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  const ifaceNames = new Set(interfaces(input).map(nameOf));
  const orphans = networks(input).map(nameOf).filter((n) => !ifaceNames.has(n));
  interfaces(input).forEach((iface, i) => {
    const name = nameOf(iface);
    if (byName.has(name)) return;
    const f = ifaceField(input, i, 'name');
    out.push(
      cause('IFACE-02', `${f} '${name}' not found.`, f, ifaceAt(input, i, 'name'), {
        part: 'value',
        data: { interfaceIndex: i, name, candidates: orphans, suggestion: 'add a network with this name' },
      }),
    );
  });
  return out;
};
