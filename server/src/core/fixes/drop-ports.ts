// PR-02 (both ports and portRanges: offer dropping either), PR-03 (portRanges on a non-masquerade
// interface: drop them; preferred on bridge, which hands the VM the pod address so every port reaches it),
// and N-10 (ports / portRanges KubeVirt accepts but never uses: bridge or SR-IOV on the pod network, any
// non-pod network): remove them, not preferred (an informational note; the user may be about to switch).

import { isMap, type YAMLMap } from 'yaml';
import type { Fix } from './fix';
import { indexAfter, nodeAt, pairAt, prefixThrough, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { removePair } from './yaml-edit';

/** Runtime-note codes (N-xx) whose subject is an interface's ignored `ports` / `portRanges`. */
export function isIgnoredPortsNote(t: FixTarget): boolean {
  const f = t.finding;
  if (!/^N-\d+$/.test(f.code) || f.severity === 'error') return false;
  const at = f.at;
  const last = at[at.length - 1];
  if (last === 'ports' || last === 'portRanges') return true;
  const key = f.data?.['key'];
  return key === 'ports' || key === 'portRanges';
}

export function dropPorts(t: FixTarget): Fix[] {
  const code = t.finding.code;
  const ifacesPath = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  if (!ifacesPath || i === undefined) return [];
  const ifacePath = [...ifacesPath, i];
  const iface = obj(valueAt(t, ifacePath)) ?? {};
  const map = nodeAt(t, ifacePath);
  if (!isMap(map)) return [];
  const drop = (key: 'ports' | 'portRanges', title: string, preferred: boolean): Fix | undefined => {
    const hit = pairAt(t, [...ifacePath, key]);
    if (!hit) return undefined;
    const edit = removePair(t, map as YAMLMap, hit.pair);
    return edit ? { title, code, isPreferred: preferred, edits: [edit] } : undefined;
  };
  const out: (Fix | undefined)[] = [];
  if (code === 'PR-02') {
    out.push(drop('portRanges', 'Remove portRanges (keep ports)', false));
    out.push(drop('ports', 'Remove ports (keep portRanges)', false));
  } else if (code === 'PR-03') {
    const bridge = iface['bridge'] !== undefined && iface['bridge'] !== null;
    out.push(drop('portRanges', 'Remove portRanges (only masquerade interfaces support them)', bridge));
  } else if (isIgnoredPortsNote(t)) {
    const last = t.finding.at[t.finding.at.length - 1];
    const key = last === 'portRanges' || t.finding.data?.['key'] === 'portRanges' ? 'portRanges' : 'ports';
    if (iface[key] !== undefined) out.push(drop(key, `Remove ${key} (KubeVirt ignores them here)`, false));
  }
  return out.filter((f): f is Fix => f !== undefined);
}
