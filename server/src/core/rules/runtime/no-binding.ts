// NO-BINDING · an interface with no binding at all, on releases that accept it (up to v1.8). Verified in KubeVirt's
// source: up to v1.8 admission only rejects a plugin next to a method (OLD-BIND-BOTH), and virt-handler's network
// setup then hits the default branch for such an interface, "undefined binding method"
// (pkg/network/setup/netpod/discover.go and netpod.go@v1.8.0), on every sync: the VM never starts. v1.9.0 rejects it
// at admission (BIND-01; a90ada8f0a, PR #18374); the v1.8 back-port is merged after v1.8.4 but in no release yet.

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { BINDING_KEYS } from '../../model/bindings';
import { versionLabel } from '../../context/version';
import { fixedInLabel, NO_BINDING_FIX } from '../../releases/runtime-fixes';
import { ifaceAt, networksByName } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

/** A VM (or pool) that names a preference: `preferredInterfaceMasquerade` may give pod interfaces masquerade. */
function hasPreference(object: Record<string, unknown>, kind: string): boolean {
  const spec = object['spec'] as Record<string, unknown> | undefined;
  const vmSpec =
    kind === 'VirtualMachine'
      ? spec
      : kind === 'VirtualMachinePool'
        ? ((spec?.['virtualMachineTemplate'] as Record<string, unknown> | undefined)?.['spec'] as Record<string, unknown> | undefined)
        : undefined;
  const p = vmSpec?.['preference'];
  return p !== null && typeof p === 'object';
}

export const checkNoBinding: Rule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  const preference = hasPreference(input.resource.object, input.resource.kind);
  interfacesOf(input.spec).forEach((iface, i) => {
    if (BINDING_KEYS.some((b) => present(iface, b)) || str(iface['state']) === 'absent') return;
    if (input.defaulted.interfaces.includes(i)) return;
    const name = nameOf(iface);
    const pod = isPod(byName.get(name)?.net);
    const unless = preference && pod ? " (unless the VM's preference sets preferredInterfaceMasquerade, which gives it masquerade)" : '';
    out.push(
      finding(
        'NO-BINDING',
        `interface ${JSON.stringify(name)} has no binding${unless}: ${versionLabel(input.ctx.kubevirtVersion)} accepts it, but virt-handler then fails with "undefined binding method" on every attempt and the VM never starts (${fixedInLabel(NO_BINDING_FIX)} rejects it at admission). Add a binding: ${pod ? 'masquerade (or bridge, passtBinding) on the pod network' : 'bridge (or sriov) on a Multus network'}`,
        null,
        ifaceAt(input, i, 'name'),
        {
          severity: preference && pod ? 'information' : 'warning',
          part: 'value',
          data: { interfaceIndex: i, name, podNetwork: pod, bindings: [] },
        },
      ),
    );
  });
  return out;
};
