// N-01 · a `binding: {name}` plugin that is not registered under the KubeVirt CR's spec.configuration.network.binding.
// Verified in KubeVirt's source: virt-controller cannot render the launcher pod then ("couldn't find configuration for
// network binding: %s", pkg/network/netbinding/netbinding.go netBindingPluginSidecar@v1.9.0; for plugins with a NAD,
// pkg/network/multus/annotation.go "unable to find the network binding plugin '%s' in Kubevirt configuration").
// Admission accepts it, so this is a warning; the message is virt-controller's, the explanation (render/explanation.ts)
// names the registered plugins and the closest one (did you mean …?), and the quick fix offers them. Without any
// KubeVirt CR (and no profile that registers plugins) Virtwire cannot tell what is registered: information then.

import type { Finding } from '../../types';
import { obj, str } from '../../go/fmt';
import { closestName, ifaceAt } from '../net/common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkBindingPluginRegistered: Rule = (input) => {
  const out: Finding[] = [];
  const registered = input.ctx.networkBindings ?? {};
  const names = Object.keys(registered);
  const known = input.ctx.kubevirtCR === true || names.length > 0;
  interfacesOf(input.spec).forEach((iface, i) => {
    const binding = obj(iface['binding']);
    if (!binding) return;
    const plugin = str(binding['name']);
    if (plugin === '' || Object.prototype.hasOwnProperty.call(registered, plugin)) return;
    const suggestion = closestName(plugin, names);
    out.push(
      finding('N-01', `couldn't find configuration for network binding: ${plugin}`, null, ifaceAt(input, i, 'binding', 'name'), {
        severity: known ? 'warning' : 'information',
        part: 'value',
        data: {
          phase: 'virt-controller',
          interfaceIndex: i,
          name: nameOf(iface),
          plugin,
          registered: names,
          crKnown: known,
          config: `network.binding.${plugin}`,
          ...(suggestion ? { suggestion } : {}),
        },
      }),
    );
  });
  return out;
};
