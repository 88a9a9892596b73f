// SCHEMA-04: an unknown key close to a known one (data.suggestion from the schema check): rename the key
// only (preferred). Not offered when the mapping already has the suggested key.

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { pairAt, type FixTarget } from './target';
import { renameKey } from './yaml-edit';

export function didYouMean(t: FixTarget): Fix[] {
  if (t.finding.code !== 'SCHEMA-04') return [];
  const suggestion = t.finding.data?.['suggestion'];
  if (typeof suggestion !== 'string' || suggestion === '') return [];
  const hit = pairAt(t, t.finding.at);
  if (!hit) return [];
  if (hit.map.items.some((p) => isScalar(p.key) && String(p.key.value) === suggestion)) return [];
  const edit = renameKey(t, hit.pair, suggestion);
  const key = isScalar(hit.pair.key) ? String(hit.pair.key.value) : '';
  return edit ? [{ title: `Rename ${key} to ${suggestion}`, code: 'SCHEMA-04', isPreferred: true, edits: [edit] }] : [];
}
