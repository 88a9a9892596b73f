// NET-07 · netiface.go validateNetworkNameUnique: every network name is used once.

import type { Finding } from '../../types';
import { goQuote } from '../../go/fmt';
import { cause, nameOf, netAt, netField, networks, type NetRule } from './common';

export const validateNetworkNameUnique: NetRule = (input) => {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  networks(input).forEach((net, n) => {
    const name = nameOf(net);
    const prev = first.get(name);
    if (prev !== undefined) {
      out.push(
        cause('NET-07', `Network with name ${goQuote(name)} already exists, every network must have a unique name`, netField(input, n, 'name'), netAt(input, n, 'name'), {
          part: 'value',
          related: [{ at: netAt(input, prev, 'name'), part: 'value', message: 'first network with this name' }],
          data: { networkIndex: n, firstIndex: prev, name },
        }),
      );
    } else first.set(name, n);
  });
  return out;
};
