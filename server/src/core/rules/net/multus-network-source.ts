// NET-06 · netsource.go validateMultusNetworkSource: a Multus network needs a networkName (only the
// first offending network is reported).

import { obj, str } from '../../go/fmt';
import { isMultusNet, nameOf, netAt, netField, networks } from './common';
import { finding, type Rule } from '../rule';

export const validateMultusNetworkSource: Rule = (input) => {
  const nets = networks(input);
  for (let n = 0; n < nets.length; n++) {
    const net = nets[n]!;
    const multus = obj(net['multus']);
    if (isMultusNet(net) && str(multus?.['networkName']) === '') {
      const hasKey = multus !== undefined && 'networkName' in multus;
      return [
        finding('NET-06', 'CNI delegating plugin must have a networkName', netField(input, n), netAt(input, n, 'multus', ...(hasKey ? ['networkName'] : [])), {
          part: hasKey ? 'value' : 'key',
          data: { networkIndex: n, name: nameOf(net) },
        }),
      ];
    }
  }
  return [];
};
