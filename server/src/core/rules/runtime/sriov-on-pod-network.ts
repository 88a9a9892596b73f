// N-06: SR-IOV on the pod network is accepted at admission but cannot work: the VF comes from the
// Multus network's NetworkAttachmentDefinition (its resourceName), and the pod network has none.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { ifaceAt, networksByName, relatedNetwork } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkSriovOnPodNetwork: Rule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  interfacesOf(input.spec).forEach((iface, i) => {
    const name = nameOf(iface);
    if (!present(iface, 'sriov') || !isPod(byName.get(name)?.net)) return;
    out.push(
      finding(
        'N-06',
        `SR-IOV interface ${JSON.stringify(name)} is on the pod network: KubeVirt accepts it, but no VF is allocated for the pod network, so the VMI cannot start; use a Multus network whose NetworkAttachmentDefinition requests an SR-IOV resource`,
        null,
        ifaceAt(input, i, 'sriov'),
        { severity: 'warning', part: 'key', related: relatedNetwork(input, name, 'the pod network'), data: { interfaceIndex: i, name } },
      ),
    );
  });
  return out;
};
