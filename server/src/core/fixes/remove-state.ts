// STATE-02: SR-IOV NICs do not support `state: up` / `state: down`; PASST-LINK-STATE: nor does passtBinding.
// Removing `state: up` keeps the NIC's behaviour (links come up by default): preferred. For `down` the removal is
// offered but not preferred, as the user wanted the link down.

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { pairAt, type FixTarget } from './target';
import { removePair } from './yaml-edit';

const WHY: Record<string, string> = { 'STATE-02': 'SR-IOV NICs do not support it', 'PASST-LINK-STATE': 'passtBinding does not support it' };

export function removeState(t: FixTarget): Fix[] {
  const why = WHY[t.finding.code];
  if (!why) return [];
  const at = t.finding.at;
  if (at[at.length - 1] !== 'state') return [];
  const hit = pairAt(t, at);
  if (!hit) return [];
  const value = isScalar(hit.pair.value) ? String(hit.pair.value.value) : '';
  const edit = removePair(t, hit.map, hit.pair);
  return edit ? [{ title: `Remove state: ${value} (${why})`, code: t.finding.code, isPreferred: value === 'up', edits: [edit] }] : [];
}
