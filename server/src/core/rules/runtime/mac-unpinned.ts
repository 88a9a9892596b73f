// MAC-UNPINNED · a bridge or SR-IOV interface on a Multus network without `macAddress`.
// Verified in KubeVirt's source: bridge binding gives the guest NIC `spec.macAddress`, else the MAC in
// status.interfaces (v1.9+), else the launcher pod interface's own MAC (pkg/network/setup/netpod/discoverbridge.go
// resolveMacAddress@v1.9.0; the domain's <mac> in converter/network), and the pod, with its interfaces, is new on
// every start of the VM; SR-IOV passes the MAC to the CNI only when it is set (pkg/network/multus/annotation.go
// `mac`), else the VF keeps whatever MAC it has. KubeMacPool (OpenShift Virtualization enables it by default)
// assigns a MAC to VirtualMachines, not to VMIs created on their own (OpenShift docs, "Managing MAC address pools
// for network interfaces"). Before v1.9.0 a bridge interface without a MAC also loses its DHCP lease after a live
// migration (kubevirt#16696, PR #16697: releases/runtime-fixes.ts).
// Replica sets and pools are left alone: one MAC pinned in their template would be every replica's.
// Information (it depends on the guest and on KubeMacPool): no bridge or SR-IOV Multus NIC of the real-world corpus
// pins a MAC, so as a warning it would fire on every one. A warning when the VM's own cloud-init networkData matches
// NICs by MAC: then the guest's configuration cannot match this NIC reliably.

import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { BRIDGE_MIGRATION_MAC_FIX, fixedInLabel, hasFix } from '../../releases/runtime-fixes';
import { networkDataOf } from '../../model/cloud-init';
import { ifaceAt, networksByName, relatedNetwork } from '../net/common';
import { interfacesOf, isMultus, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const checkMacUnpinned: Rule = (input) => {
  const kind = input.resource.kind;
  if (kind !== 'VirtualMachineInstance' && kind !== 'VirtualMachine') return [];
  if (kind === 'VirtualMachine' && input.ctx.kubemacpool) return [];
  const out: Finding[] = [];
  const byName = networksByName(input);
  const data = networkDataOf(input.spec)?.text;
  const matchesByMac = data !== undefined && /\b(macaddress|mac_address)\s*:/i.test(data);
  interfacesOf(input.spec).forEach((iface, i) => {
    const binding = present(iface, 'bridge') ? 'bridge' : present(iface, 'sriov') ? 'sriov' : undefined;
    if (!binding || str(iface['macAddress']) !== '' || str(iface['state']) === 'absent') return;
    const name = nameOf(iface);
    const net = byName.get(name)?.net;
    if (!isMultus(net)) return;
    const whose =
      binding === 'bridge'
        ? "KubeVirt gives the guest NIC the MAC of the launcher pod's interface, and the pod is new on every start of the VM"
        : 'the guest sees whatever MAC the VF allocated at start has';
    const migration =
      binding === 'bridge' && hasFix(input.ctx, BRIDGE_MIGRATION_MAC_FIX) === false
        ? `; on this release KubeVirt's DHCP server also answers the new pod's MAC after a live migration, so the guest loses its lease at its next DHCP request (fixed in ${fixedInLabel(BRIDGE_MIGRATION_MAC_FIX)})`
        : '';
    out.push(
      finding(
        'MAC-UNPINNED',
        `interface ${JSON.stringify(name)} (${binding}) has no macAddress: ${whose}, so its MAC changes on every start unless KubeMacPool assigns one; ${matchesByMac ? "this VM's cloud-init networkData matches NICs by MAC, which cannot match this one reliably" : 'a guest that matches its NIC by MAC (netplan written by cloud-init at first boot, a DHCP reservation) loses this network after a restart'}${migration}. Pin a macAddress`,
        null,
        ifaceAt(input, i, binding),
        {
          severity: matchesByMac ? 'warning' : 'information',
          part: 'key',
          related: relatedNetwork(input, name, 'the Multus network'),
          data: { interfaceIndex: i, name, binding, namespace: input.resource.namespace ?? null, vm: input.resource.name },
        },
      ),
    );
  });
  return out;
};
