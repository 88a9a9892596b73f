// BIND-01..06 · binding.go validateInterfaceBinding: per interface, in KubeVirt's order: the binding count (BIND-01,
// or OLD-BIND-BOTH up to v1.8), masquerade, bridge, then the binding-specific checks of the release: v1.5–v1.7
// macvtap and passt (OLD-MACVTAP-*, OLD-PASST-*), v1.8+ passtBinding (BIND-05/06). Networks are looked up by
// name (last duplicate wins; an interface without a network is checked against an empty network).

import type { Finding } from '../../types';
import { validateInterfaceBindingExists } from './binding-exists';
import { validateBridgeBinding } from './bridge-binding';
import { networksByName } from './common';
import { interfacesOf, nameOf } from '../../model/resource';
import type { Rule } from '../rule';
import { validateLegacyPasstBinding } from './legacy-passt-binding';
import { validateMacvtapBinding } from './macvtap-binding';
import { validateMasqueradeBinding } from './masquerade-binding';
import { validatePasstBinding } from './passt-binding';

export const validateInterfaceBinding: Rule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  interfacesOf(input.spec).forEach((iface, i) => {
    const name = nameOf(iface);
    const net = byName.get(name)?.net;
    out.push(...validateInterfaceBindingExists(input, i, iface, name));
    out.push(...validateMasqueradeBinding(input, i, iface, name, net));
    out.push(...validateBridgeBinding(input, i, iface, name, net));
    out.push(...validateMacvtapBinding(input, i, iface, name, net));
    out.push(...validateLegacyPasstBinding(input, i, iface, name, net));
    out.push(...validatePasstBinding(input, i, iface, name, net));
  });
  return out;
};
