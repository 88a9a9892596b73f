// The SR-IOV interfaces on Multus networks whose NetworkAttachmentDefinition the workspace defines, with that NAD:
// what SRIOV-NAD-RESOURCE and SRIOV-NAD-IPAM read (not a rule itself).

import type { NadRef } from '../../context/context';
import { nadFor } from '../../context/nads';
import { present } from '../../go/fmt';
import { interfacesOf, isMultus, nameOf } from '../../model/resource';
import { networksByName } from '../net/common';
import type { RuleInput } from '../input';

export function sriovNetworks(input: RuleInput): { i: number; name: string; index: number; nad: NadRef }[] {
  const byName = networksByName(input);
  const out: { i: number; name: string; index: number; nad: NadRef }[] = [];
  interfacesOf(input.spec).forEach((iface, i) => {
    if (!present(iface, 'sriov')) return;
    const name = nameOf(iface);
    const hit = byName.get(name);
    const nad = hit && isMultus(hit.net) ? nadFor(input, hit.net) : undefined;
    if (hit && nad) out.push({ i, name, index: hit.index, nad });
  });
  return out;
}
