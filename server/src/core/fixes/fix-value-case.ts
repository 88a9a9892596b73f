// IFACE-04 (model), STATE-01 (state), SCHEMA-05 (enum values such as dnsPolicy): KubeVirt compares these
// case-sensitively. When the value matches exactly one allowed value ignoring case (and `-` for `_`), write
// that value (preferred: the meaning is unambiguous).

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { nodeAt, type FixTarget } from './target';
import { replaceScalar } from './yaml-edit';

const MODELS = ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio'];
const STATES = ['absent', 'down', 'up'];

function allowedFor(t: FixTarget): readonly string[] | undefined {
  const d = t.finding.data ?? {};
  switch (t.finding.code) {
    case 'IFACE-04':
      return Array.isArray(d['supported']) ? (d['supported'] as string[]) : MODELS;
    case 'STATE-01':
      return STATES;
    case 'SCHEMA-05':
      return Array.isArray(d['allowed']) ? (d['allowed'] as unknown[]).filter((x): x is string => typeof x === 'string') : undefined;
    default:
      return undefined;
  }
}

const fold = (s: string): string => s.trim().toLowerCase().replace(/-/g, '_');

export function fixValueCase(t: FixTarget): Fix[] {
  const allowed = allowedFor(t);
  if (!allowed) return [];
  const node = nodeAt(t, t.finding.at);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const matches = allowed.filter((a) => fold(a) === fold(node.value as string));
  if (matches.length !== 1 || matches[0] === node.value) return [];
  const edit = replaceScalar(t, node, matches[0]!);
  return edit ? [{ title: `Change ${node.value} to ${matches[0]}`, code: t.finding.code, isPreferred: true, edits: [edit] }] : [];
}
