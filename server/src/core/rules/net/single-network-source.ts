// NET-04, NET-05 · netsource.go validateSingleNetworkSource: each network has exactly one source
// (pod, multus or resourceClaim; before v1.9 only pod and multus count: releases/admission.ts NETWORK_SOURCES).

import type { Finding } from '../../types';
import { isDRANet, isMultusNet, isPodNet, nameOf, netAt, netField, networks } from './common';
import { finding, type Rule } from '../rule';
import { valueFor } from '../../releases/by-release';
import { NETWORK_SOURCES } from '../../releases/admission';

export const validateSingleNetworkSource: Rule = (input) => {
  const out: Finding[] = [];
  const counted = valueFor(input.ctx, NETWORK_SOURCES);
  networks(input).forEach((net, n) => {
    const sources = counted.filter((k) =>
      k === 'pod' ? isPodNet(net) : k === 'multus' ? isMultusNet(net) : isDRANet(net),
    );
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
