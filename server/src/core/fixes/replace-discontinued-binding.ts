// DISC-01 slirp → masquerade, DISC-02 passt → passtBinding (only the key; its value stays; preferred when the
// interface is on the pod network, the only one those work on), DISC-03 macvtap →
// `binding: {name: macvtap}` (the macvtap network binding plugin; preferred only when the cluster registers
// a plugin of that name). When the interface already has the replacement, drop the discontinued key instead.
// The same for the retired checks of older releases (on the interface name): OLD-SLIRP-* slirp → masquerade,
// OLD-PASST-FG passt → the passt binding plugin (passtBinding does not exist before v1.8), OLD-MACVTAP-FG macvtap →
// the macvtap binding plugin.

import type { Fix } from './fix';
import { pairAt, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { removePair, renameKey } from './yaml-edit';
import { isMap, isNode, isScalar } from 'yaml';

/** `to: 'binding'` means the binding plugin of the same name as the discontinued key. */
const BY_CODE: Record<string, { key: string; to: string }> = {
  'DISC-01': { key: 'slirp', to: 'masquerade' },
  'DISC-02': { key: 'passt', to: 'passtBinding' },
  'DISC-03': { key: 'macvtap', to: 'binding' },
  'OLD-SLIRP-CFG': { key: 'slirp', to: 'masquerade' },
  'OLD-SLIRP-POD': { key: 'slirp', to: 'masquerade' },
  'OLD-PASST-FG': { key: 'passt', to: 'binding' },
  'OLD-MACVTAP-FG': { key: 'macvtap', to: 'binding' },
};

export function replaceDiscontinuedBinding(t: FixTarget): Fix[] {
  const d = BY_CODE[t.finding.code];
  if (!d) return [];
  const found = t.finding.at;
  // DISC-* sit on the binding key, the retired checks on the interface name
  const at = found[found.length - 1] === d.key ? found : found[found.length - 1] === 'name' ? [...found.slice(0, -1), d.key] : undefined;
  if (!at) return [];
  const hit = pairAt(t, at);
  if (!hit) return [];
  const iface = obj(valueAt(t, at.slice(0, -1))) ?? {};
  const code = t.finding.code;
  if (iface[d.to] !== undefined) {
    const edit = removePair(t, hit.map, hit.pair);
    return edit
      ? [{ title: `Remove the discontinued ${d.key} binding (the interface already has ${d.to})`, code, isPreferred: true, edits: [edit] }]
      : [];
  }
  if (d.to !== 'binding') {
    // masquerade and passtBinding only work on the pod network (as slirp and passt did)
    const edit = renameKey(t, hit.pair, d.to);
    return edit ? [{ title: `Replace ${d.key} with ${d.to}`, code, isPreferred: onPodNetwork(t, iface['name']), edits: [edit] }] : [];
  }
  // → the binding plugin of that name: the key and its (empty) value
  const ks = hit.pair.key;
  const v = hit.pair.value;
  if (!isScalar(ks) || !ks.range) return [];
  const emptyValue = v === null || (isScalar(v) && v.value === null) || (isMap(v) && v.items.length === 0);
  if (!emptyValue) return [];
  const start = t.doc.start + ks.range[0];
  const vr = isNode(v) ? v.range : undefined;
  const end = vr && vr[1] > vr[0] ? t.doc.start + vr[1] : t.doc.start + ks.range[1] + (t.text[t.doc.start + ks.range[1]] === ':' ? 1 : 0);
  const registered = Object.prototype.hasOwnProperty.call(t.file.context.networkBindings ?? {}, d.key);
  return [
    {
      title: `Use the ${d.key} network binding plugin (binding: {name: ${d.key}})`,
      code,
      isPreferred: registered,
      edits: [{ span: { start, end }, newText: `binding: {name: ${d.key}}` }],
    },
  ];
}

function onPodNetwork(t: FixTarget, name: unknown): boolean {
  const specPath = t.doc.resource?.specPath;
  if (!specPath || typeof name !== 'string') return false;
  const nets = valueAt(t, [...specPath, 'networks']);
  if (!Array.isArray(nets)) return false;
  const net = obj(nets.find((n) => obj(n)?.['name'] === name));
  return net !== undefined && net['pod'] !== undefined && net['pod'] !== null;
}
