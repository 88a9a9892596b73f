// NET-06 · netsource.go validateMultusNetworkSource: a Multus network needs a networkName (only the
// first offending network is reported).

import { obj, str } from '../../go/fmt';
import { netAt, netField } from './common';
import { isMultus, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const validateMultusNetworkSource: Rule = (input) => {
  const nets = networksOf(input.spec);
  for (let n = 0; n < nets.length; n++) {
    const net = nets[n]!;
    const multus = obj(net['multus']);
    if (isMultus(net) && str(multus?.['networkName']) === '') {
      const hasKey = multus !== undefined && 'networkName' in multus;
      return [
        finding(
          'NET-06',
          'CNI delegating plugin must have a networkName',
          netField(input, n),
          netAt(input, n, 'multus', ...(hasKey ? ['networkName'] : [])),
          {
            part: hasKey ? 'value' : 'key',
            data: { networkIndex: n, name: nameOf(net) },
          },
        ),
      ];
    }
  }
  return [];
};
