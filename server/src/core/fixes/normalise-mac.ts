// IFACE-05: a malformed MAC that is a near miss of a valid one (`2:0:0:0:0:1`, `02.00.00.00.00.01`,
// `020000000001`, …) is rewritten in the colon form, keeping the hex case and the quotes. Preferred: the
// address stays the same, only its spelling changes.

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { normaliseMac } from './mac';
import { nodeAt, type FixTarget } from './target';
import { replaceScalar } from './yaml-edit';

export function normaliseMacFix(t: FixTarget): Fix[] {
  if (t.finding.code !== 'IFACE-05') return [];
  const node = nodeAt(t, t.finding.at);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const mac = normaliseMac(node.value);
  if (!mac) return [];
  const edit = replaceScalar(t, node, mac);
  return edit ? [{ title: `Write the MAC address as ${mac}`, code: 'IFACE-05', isPreferred: true, edits: [edit] }] : [];
}
