// BIND-03: masquerade cannot use 02:00:00:00:00:00 (the in-pod bridge has it). Remove macAddress (preferred:
// KubeVirt then keeps the pod interface's MAC) or pick the first locally administered 02:00:00:00:00:NN no
// interface in the file uses.

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { macKey } from './mac';
import { nodeAt, pairAt, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { interfacesOf } from '../model/resource';
import { removePair, replaceScalar } from './yaml-edit';

const RESERVED = '02:00:00:00:00:00';

export function chooseOtherMac(t: FixTarget): Fix[] {
  if (t.finding.code !== 'BIND-03') return [];
  const at = t.finding.at;
  if (at[at.length - 1] !== 'macAddress') return [];
  const out: Fix[] = [];
  const hit = pairAt(t, at);
  if (hit) {
    const edit = removePair(t, hit.map, hit.pair);
    if (edit) out.push({ title: 'Remove macAddress', code: 'BIND-03', isPreferred: true, edits: [edit] });
  }
  const node = nodeAt(t, at);
  const mac = freeMac(t);
  if (isScalar(node) && mac) {
    const edit = replaceScalar(t, node, mac);
    if (edit) out.push({ title: `Use MAC address ${mac}`, code: 'BIND-03', isPreferred: false, edits: [edit] });
  }
  return out;
}

/** MAC addresses of every interface in the file (lower-case colon form), and the masquerade bridge's. */
export function usedMacs(t: FixTarget): Set<string> {
  const used = new Set<string>([RESERVED]);
  for (const d of t.file.docs) {
    const r = d.resource;
    if (!r) continue;
    const spec = obj(valueAt({ ...t, doc: d }, r.specPath));
    for (const i of interfacesOf(spec)) {
      const m = obj(i)?.['macAddress'];
      const k = typeof m === 'string' ? macKey(m) : undefined;
      if (k) used.add(k);
    }
  }
  return used;
}

function freeMac(t: FixTarget): string | undefined {
  const used = usedMacs(t);
  for (let n = 1; n < 65536; n++) {
    const mac = `02:00:00:00:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`;
    if (!used.has(mac)) return mac;
  }
  return undefined;
}
