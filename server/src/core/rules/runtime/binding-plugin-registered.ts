// N-01 · netbinding.go netBindingPluginSidecar: a `binding: {name}` plugin must be registered under the
// KubeVirt CR's spec.configuration.network.binding, or virt-controller cannot render the launcher pod.
// Admission accepts it, so this is a warning.

import type { Finding } from '../../types';
import { obj, str } from '../../go/fmt';
import { ifaceAt } from '../net/common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkBindingPluginRegistered: Rule = (input) => {
  const out: Finding[] = [];
  const registered = input.ctx.networkBindings ?? {};
  interfacesOf(input.spec).forEach((iface, i) => {
    const binding = obj(iface['binding']);
    if (!binding) return;
    const plugin = str(binding['name']);
    if (plugin === '' || Object.prototype.hasOwnProperty.call(registered, plugin)) return;
    out.push(
      finding('N-01', `couldn't find configuration for network binding: ${plugin}`, null, ifaceAt(input, i, 'binding', 'name'), {
        severity: 'warning',
        part: 'value',
        data: { phase: 'virt-controller', interfaceIndex: i, name: nameOf(iface), plugin, registered: Object.keys(registered), config: `network.binding.${plugin}` },
      }),
    );
  });
  return out;
};
