// BIND-05, BIND-06 · passt.go validatePasstBinding (v1.8+): passtBinding needs the PasstBinding feature gate
// (Beta: on unless disabled from v1.9, off unless listed in v1.8) and the pod network.

import type { RuleInput } from '../input';
import { featureGateEnabled } from '../../context/context';
import { codeExists } from '../../codes/index';
import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { bindingFinding, networkIndexOf, networkIsNot, thisInterface, type Obj } from './common';
import { isPod } from '../../model/resource';

export function validatePasstBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  const out: Finding[] = [];
  if (!present(iface, 'passtBinding') || !codeExists(input.ctx, 'BIND-05')) return out;
  if (!featureGateEnabled(input.ctx, 'PasstBinding')) {
    out.push(
      bindingFinding(input, i, 'passtBinding', 'BIND-05', 'PasstBinding feature gate is not enabled', {
        related: thisInterface(input, i, name),
        data: { interfaceIndex: i, networkIndex: networkIndexOf(input, name), name, featureGate: 'PasstBinding' },
      }),
    );
  }
  if (!isPod(net)) {
    out.push(
      bindingFinding(input, i, 'passtBinding', 'BIND-06', 'PasstBinding interface only implemented with pod network', {
        related: networkIsNot(input, name, net),
        data: { interfaceIndex: i, name },
      }),
    );
  }
  return out;
}
