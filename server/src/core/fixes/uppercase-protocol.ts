// PORT-05, PR-05: KubeVirt compares protocols case-sensitively; `tcp` / `Udp` become `TCP` / `UDP`.

import type { Fix } from './fix';
import { nodeAt, type FixTarget } from './target';
import { replaceScalar } from './yaml-edit';
import { isScalar } from 'yaml';

export function uppercaseProtocol(t: FixTarget): Fix[] {
  if (t.finding.code !== 'PORT-05' && t.finding.code !== 'PR-05') return [];
  const at = t.finding.at;
  if (at[at.length - 1] !== 'protocol') return [];
  const node = nodeAt(t, at);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const upper = node.value.trim().toUpperCase();
  if (upper !== 'TCP' && upper !== 'UDP') return [];
  const edit = replaceScalar(t, node, upper);
  return edit ? [{ title: `Change protocol to ${upper}`, code: t.finding.code, isPreferred: true, edits: [edit] }] : [];
}
