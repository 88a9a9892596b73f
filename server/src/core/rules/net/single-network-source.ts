// NET-04, NET-05 · netsource.go validateSingleNetworkSource: each network has exactly one source
// (pod, multus or resourceClaim; before v1.9 only pod and multus count: releases/admission.ts NETWORK_SOURCES).

import type { Finding } from '../../types';
import { netAt, netField } from './common';
import { isDRA, isMultus, isPod, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';
import { valueFor } from '../../releases/by-release';
import { NETWORK_SOURCES } from '../../releases/admission';

export const validateSingleNetworkSource: Rule = (input) => {
  const out: Finding[] = [];
  const counted = valueFor(input.ctx, NETWORK_SOURCES);
  networksOf(input.spec).forEach((net, n) => {
    const sources = counted.filter((k) => (k === 'pod' ? isPod(net) : k === 'multus' ? isMultus(net) : isDRA(net)));
    if (sources.length === 0) {
      out.push(
        finding('NET-04', 'should have a network type', netField(input, n), netAt(input, n, 'name'), {
          part: 'value',
          data: { networkIndex: n, name: nameOf(net), suggestion: ['pod', 'multus'] },
        }),
      );
    } else if (sources.length > 1) {
      out.push(
        finding('NET-05', 'should have only one network type', netField(input, n), netAt(input, n, sources[1]!), {
          part: 'key',
          related: [{ at: netAt(input, n, sources[0]!), part: 'key', message: `the network also sets ${sources[0]}` }],
          data: { networkIndex: n, name: nameOf(net), sources },
        }),
      );
    }
  });
  return out;
};
