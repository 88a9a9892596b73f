// PLUGIN-SIDECAR-NAME · KubeVirt's passt or slirp binding-plugin sidecar registered under another name, on releases
// before v1.9. Verified in KubeVirt's source: up to v1.8 the sidecars compare the interface's `binding.name` with a
// constant (cmd/sidecars/network-passt-binding/domain/configurator.go PasstPluginName = "passt", error "interface %q
// is not set with Passt network binding plugin"; network-slirp-binding/domain/domain.go SlirpPluginName = "slirp"),
// so a plugin registered as, say, `mypasst` makes the sidecar's domain hook fail and the VM does not start
// (kubevirt#18419). v1.9.0 passes the registered name to the sidecar (PR #18435: releases/runtime-fixes.ts).

import type { Finding } from '../../types';
import { obj, str } from '../../go/fmt';
import { versionLabel } from '../../context/version';
import { fixedInLabel, hasFix, PLUGIN_SIDECAR_NAME_FIX } from '../../releases/runtime-fixes';
import { ifaceAt } from '../net/common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

/** KubeVirt's own binding-plugin sidecar images and the name each expects. */
const SIDECARS: readonly { image: RegExp; name: string; label: string }[] = [
  { image: /network-passt-binding/, name: 'passt', label: 'passt' },
  { image: /network-slirp-binding/, name: 'slirp', label: 'slirp' },
];

export const checkPluginSidecarName: Rule = (input) => {
  if (hasFix(input.ctx, PLUGIN_SIDECAR_NAME_FIX) !== false) return [];
  const out: Finding[] = [];
  const registered = input.ctx.networkBindings ?? {};
  interfacesOf(input.spec).forEach((iface, i) => {
    const plugin = str(obj(iface['binding'])?.['name']);
    if (plugin === '' || !Object.prototype.hasOwnProperty.call(registered, plugin)) return;
    const image = str(registered[plugin]?.sidecarImage);
    const sidecar = SIDECARS.find((s) => s.image.test(image));
    if (!sidecar || sidecar.name === plugin) return;
    out.push(
      finding(
        'PLUGIN-SIDECAR-NAME',
        `binding plugin ${JSON.stringify(plugin)} runs KubeVirt's ${sidecar.label} sidecar, which on ${versionLabel(input.ctx.kubevirtVersion)} only wires an interface whose binding name is ${JSON.stringify(sidecar.name)}: its domain hook fails for interface ${JSON.stringify(nameOf(iface))} and the VM does not start (${fixedInLabel(PLUGIN_SIDECAR_NAME_FIX)} tells the sidecar its registered name). Register the plugin as ${JSON.stringify(sidecar.name)}`,
        null,
        ifaceAt(input, i, 'binding', 'name'),
        { severity: 'warning', part: 'value', data: { interfaceIndex: i, name: nameOf(iface), plugin, expected: sidecar.name } },
      ),
    );
  });
  return out;
};
