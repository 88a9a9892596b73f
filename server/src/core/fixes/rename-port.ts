// PORT-02: an invalid port name (IANA_SVC_NAME: ≤15 lower-case letters, digits and single dashes, at least
// one letter). Rename it to the rule's suggestion when no other port of the interface has that name;
// preferred when only the case changes.

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { asList, nodeAt, prefixThrough, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { replaceScalar } from './yaml-edit';

export function renamePort(t: FixTarget): Fix[] {
  if (t.finding.code !== 'PORT-02') return [];
  const suggestion = t.finding.data?.['suggestion'];
  const node = nodeAt(t, t.finding.at);
  if (typeof suggestion !== 'string' || suggestion === '' || !isScalar(node) || typeof node.value !== 'string') return [];
  const portsPath = prefixThrough(t.finding.at, 'ports');
  if (!portsPath) return [];
  const taken = asList(valueAt(t, portsPath)).some((p) => obj(p)?.['name'] === suggestion);
  if (taken) return [];
  const edit = replaceScalar(t, node, suggestion);
  const caseOnly = node.value.toLowerCase() === suggestion;
  return edit ? [{ title: `Rename port ${node.value} to ${suggestion}`, code: 'PORT-02', isPreferred: caseOnly, edits: [edit] }] : [];
}
