// BIND-04 · binding.go validateBridgeBinding: bridge on the pod network needs
// network.permitBridgeInterfaceOnPodNetwork (default true).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { bindingFinding, networkIndexOf, relatedNetwork, type Obj } from './common';
import { isPod } from '../../model/resource';

export function validateBridgeBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  if (!present(iface, 'bridge') || !isPod(net) || input.ctx.permitBridgeInterfaceOnPodNetwork) return [];
  return [
    bindingFinding(input, i, 'bridge', 'BIND-04', 'Bridge on pod network configuration is not enabled under kubevirt-config', {
      related: relatedNetwork(input, name, 'the pod network'),
      data: {
        interfaceIndex: i,
        networkIndex: networkIndexOf(input, name),
        name,
        config: 'network.permitBridgeInterfaceOnPodNetwork',
        suggestion: 'masquerade',
      },
    }),
  ];
}
