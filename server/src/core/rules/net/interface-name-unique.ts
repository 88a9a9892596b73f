// IFACE-01 · netiface.go validateInterfaceNameUnique: one interface per network name.

import type { Finding } from '../../types';
import { cause, ifaceAt, ifaceField, interfaces, nameOf, type NetRule } from './common';

export const validateInterfaceNameUnique: NetRule = (input) => {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  interfaces(input).forEach((iface, i) => {
    const name = nameOf(iface);
    const prev = first.get(name);
    if (prev !== undefined) {
      out.push(
        cause('IFACE-01', 'Only one interface can be connected to one specific network', ifaceField(input, i, 'name'), ifaceAt(input, i, 'name'), {
          part: 'value',
          related: [{ at: ifaceAt(input, prev, 'name'), part: 'value', message: 'first interface with this name' }],
          data: { interfaceIndex: i, firstIndex: prev, name },
        }),
      );
    } else first.set(name, i);
  });
  return out;
};
