// IFACE-01, NET-07, PORT-01, YAML-DUPKEY: remove the later duplicate (the whole entry with its line(s) and
// trailing newline; comments above other entries stay). Preferred when the two are identical, so nothing
// is lost; otherwise the user may rather have meant another name.

import { isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { Fix } from './fix';
import { rootNode } from '../parse/document';
import { asList, dataNumber, indexAfter, prefixThrough, sameValue, seqAt, spanOf, valueAt, type FixTarget } from './target';
import { removePair, removeSeqItem } from './yaml-edit';

export function removeDuplicate(t: FixTarget): Fix[] {
  switch (t.finding.code) {
    case 'IFACE-01':
      return removeLaterItem(t, 'interfaces', 'interfaceIndex', 'interface');
    case 'NET-07':
      return removeLaterItem(t, 'networks', 'networkIndex', 'network');
    case 'PORT-01':
      return removeLaterItem(t, 'ports', 'portIndex', 'port');
    case 'YAML-DUPKEY':
      return removeDuplicateKey(t);
    default:
      return [];
  }
}

function removeLaterItem(t: FixTarget, listKey: string, indexKey: string, what: string): Fix[] {
  const listPath = prefixThrough(t.finding.at, listKey);
  if (!listPath) return [];
  const index = dataNumber(t, indexKey) ?? indexAfter(t.finding.at, listKey);
  const seq = seqAt(t, listPath);
  if (index === undefined || !seq) return [];
  const list = asList(valueAt(t, listPath));
  const entry = list[index] as Record<string, unknown> | undefined;
  const name = entry && typeof entry === 'object' ? entry['name'] : undefined;
  let first = dataNumber(t, 'firstIndex');
  if (first === undefined) first = list.findIndex((x) => (x as Record<string, unknown> | null)?.['name'] === name);
  if (first < 0 || first === index) return [];
  const edit = removeSeqItem(t, seq, index);
  if (!edit) return [];
  const identical = sameValue(list[first], entry);
  return [
    {
      title: `Remove the ${identical ? 'duplicate' : 'second'} ${what} ${JSON.stringify(String(name ?? ''))}`,
      code: t.finding.code,
      isPreferred: identical,
      edits: [edit],
    },
  ];
}

/** The mapping pair whose key starts at `offset` (file offsets), with the map holding it. */
function pairWithKeyAt(t: FixTarget, offset: number): { map: YAMLMap; pair: Pair } | undefined {
  let found: { map: YAMLMap; pair: Pair } | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p)) continue;
        const ks = spanOf(t, p.key);
        if (ks && ks.start === offset) {
          found = { map: node as YAMLMap, pair: p as Pair };
          return;
        }
        visit(p.value);
      }
    } else if (isSeq(node)) for (const it of node.items) visit(it);
  };
  visit(rootNode(t.doc.parsed));
  return found;
}

function removeDuplicateKey(t: FixTarget): Fix[] {
  const hit = pairWithKeyAt(t, t.finding.span.start);
  if (!hit) return [];
  const { map, pair } = hit;
  const key = isScalar(pair.key) ? String(pair.key.value) : '';
  const index = map.items.indexOf(pair as never);
  const earlier = map.items.slice(0, index).find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
  if (!earlier) return [];
  const edit = removePair(t, map, pair);
  if (!edit) return [];
  const toJS = (v: unknown): unknown => (v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v);
  const identical = sameValue(toJS(earlier.value), toJS(pair.value));
  return [
    {
      title: `Remove the ${identical ? 'duplicate' : 'second'} key ${JSON.stringify(key)}`,
      code: 'YAML-DUPKEY',
      isPreferred: identical,
      edits: [edit],
    },
  ];
}
