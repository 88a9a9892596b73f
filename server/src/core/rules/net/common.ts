// Shared reading of the (defaulted) VMI spec the way KubeVirt's Go types see it, and the path/finding
// helpers every network rule uses.

import { at, field, type RuleInput } from '../input';
import type { Path, Related, Segment } from '../../types';
import { list, obj, present, str } from '../../go/fmt';
import { valueFor } from '../../releases/by-release';
import { DEFAULT_NETWORK_LOOKUP } from '../../releases/admission';

export type Obj = Record<string, unknown>;
type In = Pick<RuleInput, 'spec' | 'base' | 'basePath'>;

/** spec.domain.devices.interfaces as Go sees it: a missing list is empty, a null entry is a zero struct. */
export function interfaces(input: Pick<RuleInput, 'spec'>): Obj[] {
  const devices = obj(obj(obj(input.spec)?.['domain'])?.['devices']);
  return (list(devices?.['interfaces']) ?? []).map((x) => obj(x) ?? {});
}

/** spec.networks as Go sees it. */
export function networks(input: Pick<RuleInput, 'spec'>): Obj[] {
  return (list(obj(input.spec)?.['networks']) ?? []).map((x) => obj(x) ?? {});
}

export const nameOf = (o: Obj): string => str(o['name']);

/** vmispec.IndexNetworkSpecByName: name → {index, network}; the last duplicate wins. */
export function networksByName(input: Pick<RuleInput, 'spec'>): Map<string, { index: number; net: Obj }> {
  const m = new Map<string, { index: number; net: Obj }>();
  networks(input).forEach((net, index) => m.set(nameOf(net), { index, net }));
  return m;
}

/** Index of the first interface with that name, or -1. */
export function interfaceIndexByName(input: Pick<RuleInput, 'spec'>, name: string): number {
  return interfaces(input).findIndex((i) => nameOf(i) === name);
}

export const isPodNet = (n: Obj | undefined): boolean => !!n && present(n, 'pod');
export const isMultusNet = (n: Obj | undefined): boolean => !!n && present(n, 'multus');
export const isMultusDefaultNet = (n: Obj | undefined): boolean => isMultusNet(n) && obj(n!['multus'])?.['default'] === true;
export const isDRANet = (n: Obj | undefined): boolean => !!n && present(n, 'resourceClaim');

/**
 * vmispec.LookUpDefaultNetwork: the first pod or multus-default network; up to v1.8 the first network that is not a
 * secondary Multus network (releases/admission.ts DEFAULT_NETWORK_LOOKUP).
 */
export function defaultNetwork(input: Pick<RuleInput, 'spec' | 'ctx'>): Obj | undefined {
  if (valueFor(input.ctx, DEFAULT_NETWORK_LOOKUP) === 'not-secondary-multus') {
    return networks(input).find((n) => !(isMultusNet(n) && !isMultusDefaultNet(n)));
  }
  return networks(input).find((n) => isPodNet(n) || isMultusDefaultNet(n));
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

/** The first binding key an interface sets (for messages and quick fixes). */
export function bindingKey(iface: Obj): string | undefined {
  for (const k of ['masquerade', 'bridge', 'sriov', 'passtBinding', 'binding', 'slirp', 'passt', 'macvtap']) {
    if (present(iface, k)) return k;
  }
  return undefined;
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
