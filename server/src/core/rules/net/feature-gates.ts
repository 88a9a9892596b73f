// DISC-04 · virt-config/featuregate/validator.go ValidateFeatureGates: a discontinued feature gate
// (Passt, Macvtap) listed in developerConfiguration.featureGates while the spec uses its API. One cause
// per listed gate, in list order, without a field.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { ifaceAt } from './common';
import { interfacesOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

const GATES: Record<string, { key: string; message: string }> = {
  Passt: {
    key: 'passt',
    message: 'Passt network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.',
  },
  Macvtap: {
    key: 'macvtap',
    message: 'Macvtap network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.',
  },
};

export const validateFeatureGates: Rule = (input) => {
  const out: Finding[] = [];
  const ifaces = interfacesOf(input.spec);
  for (const gate of input.ctx.featureGates ?? []) {
    const g = Object.prototype.hasOwnProperty.call(GATES, gate) ? GATES[gate] : undefined;
    if (!g) continue;
    const i = ifaces.findIndex((iface) => present(iface, g.key));
    if (i < 0) continue;
    out.push(
      finding('DISC-04', g.message, null, ifaceAt(input, i, g.key), {
        part: 'key',
        data: { featureGate: gate, interfaceIndex: i, binding: g.key, config: 'developerConfiguration.featureGates' },
      }),
    );
  }
  return out;
};
