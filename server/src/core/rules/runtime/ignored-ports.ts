// N-10: `ports` / `portRanges` that KubeVirt accepts but never uses. Only the pod network's masquerade
// (nftables DNAT) and passtBinding (passt forwards) read them; on Multus / DRA networks they are not
// even validated, and with bridge or SR-IOV on the pod network the guest owns the pod address, so every
// port reaches it. Binding plugins may read the VMI spec themselves, so they are left alone.

import { featureGateEnabled } from '../../context/context';
import type { Finding } from '../../types';
import { list, present } from '../../go/fmt';
import { ifaceAt, networksByName } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { bindingKey } from '../../model/bindings';
import { finding, type Rule } from '../rule';

export const checkIgnoredPorts: Rule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  const rangesOn = featureGateEnabled(input.ctx, 'PortRangesSpec');
  interfacesOf(input.spec).forEach((iface, i) => {
    const name = nameOf(iface);
    const pod = isPod(byName.get(name)?.net);
    const binding = bindingKey(iface);
    if (binding === 'binding') return;
    // portRanges without the gate are an error (PR-01); on the pod network with the gate, PR-03 covers non-masquerade.
    const keys = (['ports', 'portRanges'] as const).filter(
      (k) => list(iface[k]) !== null && list(iface[k])!.length > 0 && (k === 'ports' || rangesOn),
    );
    for (const key of keys) {
      let why: string | undefined;
      if (!pod) why = `KubeVirt uses ${key} only on the pod network (on other networks they are not even checked)`;
      else if (key === 'ports' && (present(iface, 'bridge') || present(iface, 'sriov')))
        why = `with ${binding} binding the guest owns the pod address and receives every port; only masquerade and passtBinding use ${key}`;
      if (!why) continue;
      out.push(
        finding('N-10', `${key} of interface ${JSON.stringify(name)} are ignored: ${why}`, null, ifaceAt(input, i, key), {
          severity: 'information',
          part: 'key',
          data: { interfaceIndex: i, name, key, binding: binding ?? null, podNetwork: pod },
        }),
      );
    }
  });
  return out;
};
