// Interface ↔ network name matching shared by the IFACE-02 / NET-08 fixes: which names are unmatched on
// each side, which pairs look like a one-to-one typo, and which side to rename.

import { editDistance } from '../schema/suggest';
import type { Path } from '../types';
import { valueAt, type FixTarget, type Obj } from './target';
import { interfacesOf, nameOf, networksOf } from '../model/resource';
import { obj } from '../model/values';

export interface Sides {
  specPath: Path;
  interfaces: Obj[];
  networks: Obj[];
  /** Names of interfaces with no network of that name (in order, unique). */
  orphanInterfaces: string[];
  /** Names of networks with no interface of that name (in order, unique). */
  orphanNetworks: string[];
}

export function sidesOf(t: FixTarget): Sides | undefined {
  const specPath = t.doc.resource?.specPath;
  if (!specPath) return undefined;
  const spec = obj(valueAt(t, specPath)) ?? {};
  const interfaces = interfacesOf(spec) as Obj[];
  const networks = networksOf(spec) as Obj[];
  const netNames = new Set(networks.map(nameOf));
  const ifNames = new Set(interfaces.map(nameOf));
  const uniq = (xs: string[]): string[] => [...new Set(xs)];
  return {
    specPath,
    interfaces,
    networks,
    orphanInterfaces: uniq(interfaces.map(nameOf).filter((n) => n !== '' && !netNames.has(n))),
    orphanNetworks: uniq(networks.map(nameOf).filter((n) => n !== '' && !ifNames.has(n))),
  };
}

/** Close enough to be a typo: at most 2 edits, or a third of the longer name. */
export function isClose(a: string, b: string): boolean {
  const d = editDistance(a, b);
  return d <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}

/** The unique closest name among `candidates` (undefined on a tie or when nothing is close). */
function uniqueClosest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== undefined && !tie && isClose(name, best) ? best : undefined;
}

/** Networks an unmatched interface could be renamed to (close names, or the only unmatched one). */
export function renameCandidates(name: string, others: readonly string[]): string[] {
  if (others.length === 1) return [...others];
  return others.filter((o) => isClose(name, o)).sort((a, b) => editDistance(name, a) - editDistance(name, b));
}

/** True when interface `ifName` and network `netName` are each other's unique close match. */
export function isTypoPair(s: Sides, ifName: string, netName: string): boolean {
  if (s.orphanInterfaces.length === 1 && s.orphanNetworks.length === 1) return isClose(ifName, netName);
  return uniqueClosest(ifName, s.orphanNetworks) === netName && uniqueClosest(netName, s.orphanInterfaces) === ifName;
}

/** KubeVirt's interface-name format (IFACE-03); network names are not checked. */
export const validInterfaceName = (n: string): boolean => /^[A-Za-z0-9\-_]+$/.test(n);

export function indexByName(list: Obj[], name: string): number {
  return list.findIndex((o) => nameOf(o) === name);
}
