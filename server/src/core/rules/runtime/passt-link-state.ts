// PASST-LINK-STATE · `state: down` (or `up`) on a passtBinding interface.
// Verified in KubeVirt's source and user guide: the domain's <link state='down'> is only written for tap-attached
// interfaces (pkg/virt-launcher/virtwrap/converter/network/configurator.go tapBindingOptions@v1.9.0; passtBinding
// takes passtBindingOptions, which has none), and the live update compares the generated domain interfaces
// (pkg/virt-launcher/virtwrap/network/nichotplug.go updateDomainLinkState), so the link of a passt NIC is always up.
// The user guide says it plainly: "passtBinding does not support the link state management feature"
// (docs/network/interfaces_and_networks.md). Admission does not check it (validateInterfaceStateValue restricts
// only SR-IOV and absent).

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { ifaceAt } from '../net/common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkPasstLinkState: Rule = (input) => {
  const out: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, i) => {
    const state = str(iface['state']);
    if (!present(iface, 'passtBinding') || (state !== 'down' && state !== 'up')) return;
    const name = nameOf(iface);
    const message =
      state === 'down'
        ? `interface ${JSON.stringify(name)} uses passtBinding, which does not support link state management: KubeVirt ignores state: down and the guest's link stays up; to take the link down use masquerade, which supports link state, or remove the interface`
        : `interface ${JSON.stringify(name)} uses passtBinding, which does not support link state management: state: up is what the NIC gets anyway, and changing it to down later will not take the link down`;
    out.push(
      finding('PASST-LINK-STATE', message, null, ifaceAt(input, i, 'state'), {
        severity: state === 'down' ? 'warning' : 'information',
        part: 'value',
        data: { interfaceIndex: i, name, state },
      }),
    );
  });
  return out;
};
