// What each binding method gives the guest, in words, for completion documentation and the "Change binding to …"
// refactoring: where it works, what address the guest gets, whether traffic is NATed, whether the VM stays
// live-migratable. From KubeVirt's admitter (binding.go: masquerade/passtBinding only on the pod network) and
// vmispec/interface.go VerifyVMIMigratable (the pod network's interface decides migration: masquerade and
// passtBinding migrate, bridge only with the allow-pod-bridge-network-live-migration annotation, a plugin only with a
// `migration` entry in its registration).

import type { BindingMethod } from '../model/bindings';

export interface BindingFacts {
  key: BindingMethod;
  /** Networks it is accepted on. */
  networks: 'pod' | 'multus' | 'any';
  /** One line for completion details. */
  detail: string;
  /** What the guest gets on the pod network / on a Multus network. */
  guest: { pod?: string; multus?: string };
  /** Traffic leaves through NAT. */
  nat: boolean;
  /** Live migration with this binding on the pod network. */
  migration: string;
  /** Since which release the field exists (the CRD's). */
  since?: 'v1.8';
}

export const BINDINGS: Readonly<Record<BindingMethod, BindingFacts>> = {
  masquerade: {
    key: 'masquerade',
    networks: 'pod',
    detail: 'pod network · NAT: the guest gets 10.0.2.2 behind the pod IP · live-migratable',
    guest: { pod: 'the guest gets 10.0.2.2 (DHCP) behind NAT, the pod keeps its IP' },
    nat: true,
    migration: 'live-migratable',
  },
  bridge: {
    key: 'bridge',
    networks: 'any',
    detail: "L2 bridge: the guest gets the pod interface's own IP · on the pod network not live-migratable",
    guest: {
      pod: "the guest takes over the pod's IP (DHCP), the pod keeps none",
      multus: "the guest joins the NAD's L2 network (its IPAM address by DHCP, or none)",
    },
    nat: false,
    migration: 'not live-migratable on the pod network (unless annotated kubevirt.io/allow-pod-bridge-network-live-migration)',
  },
  sriov: {
    key: 'sriov',
    networks: 'multus',
    detail: 'Multus network · an SR-IOV VF passed through to the guest (no bridge, no NAT)',
    guest: { multus: "a VF passed through; the address comes from the network, not KubeVirt's DHCP" },
    nat: false,
    migration: 'the VF is re-attached on the target node (same SR-IOV network needed)',
  },
  passtBinding: {
    key: 'passtBinding',
    networks: 'pod',
    detail: 'pod network · passt in user space: the guest gets the pod IP without NAT rules · live-migratable',
    guest: { pod: "the guest gets the pod's IP through passt (user space, no nftables)" },
    nat: false,
    migration: 'live-migratable',
    since: 'v1.8',
  },
};

/** A one-line summary of what changes when an interface on `network` goes from binding `from` to `to`. */
export function bindingChange(from: string | undefined, to: BindingMethod, network: 'pod' | 'multus'): string {
  const t = BINDINGS[to];
  const parts: string[] = [];
  parts.push(t.guest[network] ?? `${to} does not work on the ${network === 'pod' ? 'pod network' : 'Multus network'}`);
  const f = from && from in BINDINGS ? BINDINGS[from as BindingMethod] : undefined;
  if (f && f.nat !== t.nat) parts.push(t.nat ? 'NAT added' : 'no NAT');
  if (network === 'pod' && (!f || f.migration !== t.migration)) parts.push(t.migration);
  return parts.join('; ');
}
