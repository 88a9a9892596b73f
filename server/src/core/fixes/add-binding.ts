// NO-BINDING (up to v1.8) and BIND-01 for an interface without any binding: add one. On the pod network masquerade
// (KubeVirt's recommended binding there) or bridge; on a Multus network bridge or sriov. Never preferred: which
// binding the user meant is not certain.

import type { Fix } from './fix';
import { obj } from '../model/values';
import { BINDING_KEYS } from '../model/bindings';
import { asList, indexAfter, prefixThrough, specPathOf, valueAt, type FixTarget } from './target';
import { addPair } from './yaml-edit';

export function addBinding(t: FixTarget): Fix[] {
  if (t.finding.code !== 'NO-BINDING' && t.finding.code !== 'BIND-01') return [];
  const ifaces = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  const specPath = specPathOf(t);
  if (!ifaces || i === undefined || !specPath) return [];
  const iface = obj(valueAt(t, [...ifaces, i]));
  if (!iface || BINDING_KEYS.some((k) => iface[k] !== undefined && iface[k] !== null)) return [];
  const net = asList(valueAt(t, [...specPath, 'networks'])).map((x) => obj(x)).find((n) => n?.['name'] === iface['name']);
  const pod = net?.['pod'] !== undefined && net?.['pod'] !== null;
  const multus = net?.['multus'] !== undefined && net?.['multus'] !== null;
  const choices = pod ? ['masquerade', 'bridge'] : multus ? ['bridge', 'sriov'] : [];
  const out: Fix[] = [];
  for (const b of choices) {
    const edit = addPair(t, [...ifaces, i], b, '{}');
    if (edit) out.push({ title: `Add ${b} binding`, code: t.finding.code, isPreferred: false, edits: [edit] });
  }
  return out;
}
