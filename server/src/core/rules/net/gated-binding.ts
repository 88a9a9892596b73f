// What passt.go and macvtap.go of v1.5–v1.7 have in common: a core binding that needs its (discontinued) feature
// gate listed and a network of one kind, both reported on the interface name.

import type { RuleInput } from '../input';
import { featureGateEnabled } from '../../context/context';
import { codeExists } from '../../codes/index';
import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { bindingFinding, networkIndexOf, networkIsNot, thisInterface, type Obj } from './common';

export interface GatedBinding {
  binding: 'passt' | 'macvtap';
  gate: string;
  gateCode: string;
  gateMessage: string;
  networkCode: string;
  networkMessage: string;
  /** The network kind the binding needs, for related information. */
  networkKind: string;
  networkOk: (net: Obj | undefined) => boolean;
  /** What to use instead in these releases. */
  suggestion: string;
}

export function validateGatedBinding(
  g: GatedBinding,
  input: RuleInput,
  i: number,
  iface: Obj,
  name: string,
  net: Obj | undefined,
): Finding[] {
  if (!present(iface, g.binding) || !codeExists(input.ctx, g.gateCode)) return [];
  const out: Finding[] = [];
  const data = { interfaceIndex: i, networkIndex: networkIndexOf(input, name), name, binding: g.binding };
  if (!featureGateEnabled(input.ctx, g.gate)) {
    out.push(
      bindingFinding(input, i, g.binding, g.gateCode, g.gateMessage, {
        related: thisInterface(input, i, name),
        data: { ...data, featureGate: g.gate, suggestion: g.suggestion },
      }),
    );
  }
  if (!g.networkOk(net)) {
    out.push(
      bindingFinding(input, i, g.binding, g.networkCode, g.networkMessage, {
        related: networkIsNot(input, name, net, g.networkKind),
        data,
      }),
    );
  }
  return out;
}
