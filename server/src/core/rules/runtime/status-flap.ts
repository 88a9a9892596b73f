// STATUS-FLAP · the pod-network interface listed after another interface that gets a domain device, on releases
// without the status-loop fix. Verified in KubeVirt's source: virt-handler builds status.interfaces from the domain's
// interfaces in spec order (pkg/network/setup/netstat.go UpdateStatus) and moves the pod network's entry to the
// front; up to the fix, movePrimaryIfaceStatusToFront did so with a nested append over one backing array, which
// duplicated a secondary entry and dropped the primary one, virt-controller restored it, and the two rewrote the
// VMI status forever (commit 352334342c, PR #17041; fixed in v1.6.5, v1.7.2, v1.8.0: releases/runtime-fixes.ts).
// Interfaces without a domain <interface> (`state: absent`, binding plugins whose sidecar adds the device) do not move
// the pod network's entry. The nested append only corrupts the list when entries follow the pod network's: another
// domain interface listed after it, or any SR-IOV interface (its entry is appended after the domain's interfaces);
// with neither, only the guest agent can add one (a guest interface no spec interface matches): information then.

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { fixedInLabel, hasFix, STATUS_FLAP_FIX } from '../../releases/runtime-fixes';
import { versionLabel } from '../../context/version';
import { ifaceAt, relatedInterface, type Obj } from '../net/common';
import { interfacesOf, isPod, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

/** Whether KubeVirt generates a domain <interface> for it (so it has a status entry in domain order). */
function inDomain(iface: Obj, plugins: Record<string, { domainAttachmentType?: string }>): boolean {
  if (str(iface['state']) === 'absent' || present(iface, 'sriov')) return false;
  if (present(iface, 'binding')) {
    const plugin = plugins[str((iface['binding'] as Obj | null)?.['name'])];
    return plugin?.domainAttachmentType === 'tap' || plugin?.domainAttachmentType === 'managedTap';
  }
  return ['masquerade', 'bridge', 'passtBinding'].some((k) => present(iface, k));
}

export const checkStatusFlap: Rule = (input) => {
  const fixed = hasFix(input.ctx, STATUS_FLAP_FIX);
  if (fixed === true) return [];
  const pod = networksOf(input.spec).find(isPod);
  if (!pod) return [];
  const ifaces = interfacesOf(input.spec);
  const plugins = input.ctx.networkBindings ?? {};
  const p = ifaces.findIndex((x) => nameOf(x) === nameOf(pod));
  if (p <= 0 || !inDomain(ifaces[p]!, plugins)) return [];
  const before = ifaces.slice(0, p).findIndex((x) => inDomain(x, plugins));
  if (before < 0) return [];
  const followed =
    ifaces.slice(p + 1).some((x) => inDomain(x, plugins)) || ifaces.some((x) => present(x, 'sriov') && str(x['state']) !== 'absent');
  const name = nameOf(pod);
  const other = nameOf(ifaces[before]!);
  const release = versionLabel(input.ctx.kubevirtVersion);
  const unsure = fixed === undefined ? ` (a ${input.ctx.kubevirtVersion} patch release with the fix no longer loops)` : '';
  const when = followed ? '' : ' as soon as an entry follows it in the status (the guest agent reporting a guest-only interface)';
  const out: Finding[] = [
    finding(
      'STATUS-FLAP',
      `the pod-network interface ${JSON.stringify(name)} is listed after ${JSON.stringify(other)}: ${release} reorders status.interfaces wrongly then${when}, so virt-handler and virt-controller rewrite the VMI's status in an endless loop (many updates a second) — fixed in ${fixedInLabel(STATUS_FLAP_FIX)}${unsure}. List the pod-network interface first`,
      null,
      ifaceAt(input, p, 'name'),
      {
        severity: followed ? 'warning' : 'information',
        part: 'value',
        related: relatedInterface(input, other, 'the interface listed before it'),
        data: { interfaceIndex: p, name, before: other, beforeIndex: before },
      },
    ),
  ];
  return out;
};
