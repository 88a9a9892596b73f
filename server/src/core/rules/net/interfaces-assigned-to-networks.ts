// IFACE-02 · netiface.go validateInterfacesAssignedToNetworks: every interface names an existing network.

import type { Finding } from '../../types';
import { cause, closestName, ifaceAt, ifaceField, interfaces, nameOf, netAt, networks, networksByName, type NetRule } from './common';

export const validateInterfacesAssignedToNetworks: NetRule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  const ifaceNames = new Set(interfaces(input).map(nameOf));
  const orphans = networks(input).map(nameOf).filter((n) => !ifaceNames.has(n));
  interfaces(input).forEach((iface, i) => {
    const name = nameOf(iface);
    if (byName.has(name)) return;
    const f = ifaceField(input, i, 'name');
    const near = closestName(name, orphans);
    const nearIndex = near === undefined ? -1 : networks(input).findIndex((x) => nameOf(x) === near);
    out.push(
      cause('IFACE-02', `${f} '${name}' not found.`, f, ifaceAt(input, i, 'name'), {
        part: 'value',
        related: nearIndex >= 0 ? [{ at: netAt(input, nearIndex, 'name'), part: 'value', message: `network ${JSON.stringify(near)} has no interface: did you mean this one?` }] : [],
        data: { interfaceIndex: i, name, candidates: orphans, ...(near !== undefined ? { networkIndex: nearIndex, suggestion: near } : {}) },
      }),
    );
  });
  return out;
};
