// A binding that does not fit the interface's network: BIND-02 masquerade on a non-pod network → bridge,
// BIND-06 passtBinding on a non-pod network → bridge, BIND-04 bridge on the pod network where the cluster
// forbids it → masquerade. Only the key is replaced (its value `{}` stays). Never preferred: the guest's
// addressing changes.

import type { Fix } from './fix';
import { indexAfter, pairAt, prefixThrough, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { renameKey } from './yaml-edit';

const SWITCH: Record<string, { from: string; to: string; why: string }> = {
  'BIND-02': { from: 'masquerade', to: 'bridge', why: 'masquerade needs the pod network' },
  'BIND-06': { from: 'passtBinding', to: 'bridge', why: 'passtBinding needs the pod network' },
  'BIND-04': { from: 'bridge', to: 'masquerade', why: 'the cluster does not permit bridge on the pod network' },
};

export function switchBinding(t: FixTarget): Fix[] {
  const s = SWITCH[t.finding.code];
  if (!s) return [];
  const ifacesPath = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  if (!ifacesPath || i === undefined) return [];
  const ifacePath = [...ifacesPath, i];
  const iface = obj(valueAt(t, ifacePath)) ?? {};
  if (iface[s.to] !== undefined) return [];
  const hit = pairAt(t, [...ifacePath, s.from]);
  if (!hit) return [];
  const edit = renameKey(t, hit.pair, s.to);
  return edit ? [{ title: `Use ${s.to} instead of ${s.from} (${s.why})`, code: t.finding.code, isPreferred: false, edits: [edit] }] : [];
}
