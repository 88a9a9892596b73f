// BRIDGE-POD-MIGRATION: bridge on the pod network blocks live migration. Two ways out, neither preferred (each
// changes something the user chose): masquerade instead of bridge (the guest then sits behind NAT at 10.0.2.2), or
// the kubevirt.io/allow-pod-bridge-network-live-migration annotation on the VMI (the VM template's metadata), which
// lets KubeVirt migrate it — the guest keeps its old address until it renews its DHCP lease.

import { ALLOW_BRIDGE_MIGRATION } from '../rules/runtime/bridge-pod-migration';
import type { Fix } from './fix';
import { indexAfter, nodeAt, pairAt, prefixThrough, type FixTarget } from './target';
import { addPair, renameKey } from './yaml-edit';

export function fixBridgePodMigration(t: FixTarget): Fix[] {
  if (t.finding.code !== 'BRIDGE-POD-MIGRATION') return [];
  const out: Fix[] = [];
  const ifaces = prefixThrough(t.finding.at, 'interfaces');
  const i = indexAfter(t.finding.at, 'interfaces');
  const hit = ifaces && i !== undefined ? pairAt(t, [...ifaces, i, 'bridge']) : undefined;
  const rename = hit ? renameKey(t, hit.pair, 'masquerade') : undefined;
  if (rename)
    out.push({
      title: 'Use masquerade instead of bridge (migratable; the guest gets 10.0.2.2 behind NAT)',
      code: t.finding.code,
      isPreferred: false,
      edits: [rename],
    });
  const annotations = t.finding.data?.['annotationsPath'];
  if (Array.isArray(annotations) && annotations.length > 0) {
    const meta = annotations.slice(0, -1) as (string | number)[];
    const edit = nodeAt(t, annotations as (string | number)[])
      ? addPair(t, annotations as (string | number)[], ALLOW_BRIDGE_MIGRATION, '""')
      : addPair(t, meta, 'annotations', `{${ALLOW_BRIDGE_MIGRATION}: ""}`);
    if (edit) out.push({ title: `Add the annotation ${ALLOW_BRIDGE_MIGRATION}`, code: t.finding.code, isPreferred: false, edits: [edit] });
  }
  return out;
}
