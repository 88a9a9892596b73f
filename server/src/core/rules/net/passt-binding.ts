// BIND-05, BIND-06 · passt.go validatePasstBinding (v1.8+): passtBinding needs the PasstBinding feature gate
// (Beta: on unless disabled from v1.9, off unless listed in v1.8) and the pod network.

import type { RuleInput } from '../input';
import { featureGateEnabled } from '../../context/context';
import { codeExists } from '../../codes/index';
import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { ifaceAt, ifaceField, networkIndexOf, relatedNetwork, type Obj } from './common';
import { isPod } from '../../model/resource';
import { finding } from '../rule';

export function validatePasstBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  const out: Finding[] = [];
  if (!present(iface, 'passtBinding') || !codeExists(input.ctx, 'BIND-05')) return out;
  if (!featureGateEnabled(input.ctx, 'PasstBinding')) {
    out.push(
      finding('BIND-05', 'PasstBinding feature gate is not enabled', ifaceField(input, i, 'name'), ifaceAt(input, i, 'passtBinding'), {
        part: 'key',
        related: [{ at: ifaceAt(input, i, 'name'), part: 'value', message: `interface ${JSON.stringify(name)}` }],
        data: { interfaceIndex: i, networkIndex: networkIndexOf(input, name), name, featureGate: 'PasstBinding' },
      }),
    );
  }
  if (!isPod(net)) {
    out.push(
      finding(
        'BIND-06',
        'PasstBinding interface only implemented with pod network',
        ifaceField(input, i, 'name'),
        ifaceAt(input, i, 'passtBinding'),
        {
          part: 'key',
          related: relatedNetwork(input, name, net ? `network ${JSON.stringify(name)} is not the pod network` : undefined),
          data: { interfaceIndex: i, name },
        },
      ),
    );
  }
  return out;
}
