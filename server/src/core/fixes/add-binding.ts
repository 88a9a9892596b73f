// NO-BINDING (up to v1.8) and BIND-01 for an interface without any binding: add one. On the pod network masquerade
// (KubeVirt's recommended binding there) or bridge; on a Multus network bridge or sriov. Never preferred: which
// binding the user meant is not certain.

import type { Fix } from './fix';
import { obj } from '../model/values';
import { bindingKey } from '../model/bindings';
import { isMultus, isPod, networksOf } from '../model/resource';
import { indexAfter, prefixThrough, specPathOf, valueAt, type FixTarget } from './target';
import { addPair } from './yaml-edit';

export function addBinding(t: FixTarget): Fix[] {
  if (t.finding.code !== 'NO-BINDING' && t.finding.code !== 'BIND-01') return [];
  const ifaces = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  const specPath = specPathOf(t);
  if (!ifaces || i === undefined || !specPath) return [];
  const iface = obj(valueAt(t, [...ifaces, i]));
  if (!iface || bindingKey(iface) !== undefined) return [];
  const net = networksOf(valueAt(t, specPath)).find((n) => n.name === iface['name']);
  const choices = isPod(net) ? ['masquerade', 'bridge'] : isMultus(net) ? ['bridge', 'sriov'] : [];
  const out: Fix[] = [];
  for (const b of choices) {
    const edit = addPair(t, [...ifaces, i], b, '{}');
    if (edit) out.push({ title: `Add ${b} binding`, code: t.finding.code, isPreferred: false, edits: [edit] });
  }
  return out;
}
