// NET-01..03 · netsource.go validateSinglePodNetwork: one pod network, one Multus default network, not both.

import { field } from '../input';
import type { Finding } from '../../types';
import { netAt } from './common';
import { isMultusDefault, isPod, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const validateSinglePodNetwork: Rule = (input) => {
  const out: Finding[] = [];
  const nets = networksOf(input.spec);
  const pods = nets.map((n, i) => (isPod(n) ? i : -1)).filter((i) => i >= 0);
  const multusDefaults = nets.map((n, i) => (isMultusDefault(n) ? i : -1)).filter((i) => i >= 0);

  if (pods.length > 1) {
    const f = field(input, 'interfaces'); // sic: KubeVirt reports <p>.interfaces
    out.push(
      finding('NET-01', `more than one interface is connected to a pod network in ${f}`, f, netAt(input, pods[1]!, 'pod'), {
        part: 'key',
        related: [{ at: netAt(input, pods[0]!, 'pod'), part: 'key', message: 'the first pod network' }],
        data: { networkIndexes: pods, keep: pods[0] },
      }),
    );
  }
  if (multusDefaults.length > 1) {
    out.push(
      finding(
        'NET-02',
        'Multus CNI should only have one default network',
        field(input, 'networks'),
        netAt(input, multusDefaults[1]!, 'multus', 'default'),
        {
          part: 'value',
          related: [
            { at: netAt(input, multusDefaults[0]!, 'multus', 'default'), part: 'value', message: 'the first Multus default network' },
          ],
          data: { networkIndexes: multusDefaults, keep: multusDefaults[0] },
        },
      ),
    );
  }
  if (pods.length > 0 && multusDefaults.length > 0) {
    out.push(
      finding(
        'NET-03',
        'Pod network cannot be defined when Multus default network is defined',
        field(input, 'networks'),
        netAt(input, multusDefaults[0]!, 'multus', 'default'),
        {
          part: 'value',
          related: [{ at: netAt(input, pods[0]!, 'pod'), part: 'key', message: 'the pod network' }],
          data: { podNetworkIndex: pods[0], multusDefaultNetworkIndex: multusDefaults[0] },
        },
      ),
    );
  }
  return out;
};
