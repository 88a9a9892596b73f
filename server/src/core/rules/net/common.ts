// Lookups KubeVirt's network admitter makes on the (defaulted) VMI spec, and the path helpers every network rule
// uses. The spec itself is read with the model's readers (model/resource.ts: interfacesOf, networksOf, isPod, …).

import { at, field, type RuleInput } from '../input';
import { interfacesOf, isMultus, isMultusDefault, isPod, nameOf, networksOf } from '../../model/resource';
import type { Finding, Path, Related, Segment } from '../../types';
import { finding } from '../rule';
import { valueFor } from '../../releases/by-release';
import { DEFAULT_NETWORK_LOOKUP } from '../../releases/admission';

export type Obj = Record<string, unknown>;
type In = Pick<RuleInput, 'spec' | 'base' | 'basePath'>;

/** vmispec.IndexNetworkSpecByName: name → {index, network}; the last duplicate wins. */
export function networksByName(input: Pick<RuleInput, 'spec'>): Map<string, { index: number; net: Obj }> {
  const m = new Map<string, { index: number; net: Obj }>();
  networksOf(input.spec).forEach((net, index) => m.set(nameOf(net), { index, net }));
  return m;
}

/** Index of the first interface with that name, or -1. */
export function interfaceIndexByName(input: Pick<RuleInput, 'spec'>, name: string): number {
  return interfacesOf(input.spec).findIndex((i) => nameOf(i) === name);
}

/**
 * vmispec.LookUpDefaultNetwork: the first pod or multus-default network; up to v1.8 the first network that is not a
 * secondary Multus network (releases/admission.ts DEFAULT_NETWORK_LOOKUP).
 */
export function defaultNetwork(input: Pick<RuleInput, 'spec' | 'ctx'>): Obj | undefined {
  if (valueFor(input.ctx, DEFAULT_NETWORK_LOOKUP) === 'not-secondary-multus') {
    return networksOf(input.spec).find((n) => !(isMultus(n) && !isMultusDefault(n)));
  }
  return networksOf(input.spec).find((n) => isPod(n) || isMultusDefault(n));
}

export const IFACES: readonly Segment[] = ['domain', 'devices', 'interfaces'];

export function ifaceAt(input: In, i: number, ...rest: Segment[]): Path {
  return at(input, ...IFACES, i, ...rest);
}
export function ifaceField(input: In, i: number, ...rest: Segment[]): string {
  return field(input, ...IFACES, i, ...rest);
}
export function netAt(input: In, n: number, ...rest: Segment[]): Path {
  return at(input, 'networks', n, ...rest);
}
export function netField(input: In, n: number, ...rest: Segment[]): string {
  return field(input, 'networks', n, ...rest);
}

/** Related pointer to the network an interface is attached to (by name, last duplicate as KubeVirt). */
export function relatedNetwork(input: In, name: string, message?: string): Related[] {
  const hit = networksByName(input).get(name);
  if (!hit) return [];
  return [{ at: netAt(input, hit.index, 'name'), part: 'value', message: message ?? `network ${JSON.stringify(name)}` }];
}

/** Related pointer to the interface a network is used by. */
export function relatedInterface(input: In, name: string, message?: string): Related[] {
  const i = interfaceIndexByName(input, name);
  if (i < 0) return [];
  return [{ at: ifaceAt(input, i, 'name'), part: 'value', message: message ?? `interface ${JSON.stringify(name)}` }];
}

/** The candidate closest to `name` (case-insensitive match first, then edit distance ≤ 2), if any. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Index of the network an interface is attached to (last duplicate, as KubeVirt), or undefined. */
export function networkIndexOf(input: Pick<RuleInput, 'spec'>, name: string): number | undefined {
  return networksByName(input).get(name)?.index;
}

/**
 * A finding about interface i's binding method. KubeVirt reports the interface (`…interfaces[i].name`); the range is
 * the binding key (`masquerade:`), the thing to change.
 */
export function bindingFinding(
  input: In,
  i: number,
  binding: string,
  code: string,
  message: string,
  extra: { related?: readonly Related[]; data: Record<string, unknown> },
): Finding {
  return finding(code, message, ifaceField(input, i, 'name'), ifaceAt(input, i, binding), { part: 'key', ...extra });
}

/** Related pointer to interface i's name. */
export function thisInterface(input: In, i: number, name: string): Related[] {
  return [{ at: ifaceAt(input, i, 'name'), part: 'value', message: `interface ${JSON.stringify(name)}` }];
}

/** Related pointer to the network an interface names, which is not of the kind its binding needs. */
export function networkIsNot(input: In, name: string, net: Obj | undefined, kind = 'the pod network'): Related[] {
  return relatedNetwork(input, name, net ? `network ${JSON.stringify(name)} is not ${kind}` : undefined);
}
