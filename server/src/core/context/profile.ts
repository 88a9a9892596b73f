// Cluster profiles: what a distribution's operator writes into the KubeVirt CR before the user changes
// anything. `kubevirt` is upstream KubeVirt's own defaults. `openshift` (OpenShift Virtualization) is what
// the HyperConverged Cluster Operator sets (hyperconverged-cluster-operator controllers/handlers/kubevirt.go
// at 03da3cff, getKVConfig / getNetworkBindings / getKvDisabledFeatureGateList):
// - network.defaultNetworkInterface: masquerade (NetworkInterface: MasqueradeInterface);
// - network.binding: the `l2bridge` plugin for primary user-defined networks (domainAttachmentType
//   managedTap, migration {}), plus whatever the HyperConverged CR's spec.networking.networkBinding adds;
// - every KubeVirt Beta feature gate HCO does not enable is listed in disabledFeatureGates; of those that
//   matter here, PasstBinding (only with the deployPasstNetworkBinding annotation), GPUsWithDRA,
//   HostDevicesWithDRA, WorkloadEncryptionSEV and PodSecondaryInterfaceNamingUpgrade are off.
// - KubeMacPool (deployed by the cluster network addons operator) assigns MACs to VirtualMachines in every namespace
//   that does not opt out (OpenShift docs, "Managing MAC address pools for network interfaces").
// A KubeVirt CR given as cluster context is applied on top, as the real CR would be.

import type { Context } from './context';

export const CLUSTER_PROFILES = ['kubevirt', 'openshift'] as const;
export type ClusterProfile = (typeof CLUSTER_PROFILES)[number];

export function isClusterProfile(v: unknown): v is ClusterProfile {
  return typeof v === 'string' && (CLUSTER_PROFILES as readonly string[]).includes(v);
}

/** The context with a distribution's defaults applied (the `kubevirt` profile changes nothing). */
export function withClusterProfile(ctx: Context, profile: ClusterProfile | undefined): Context {
  if (profile !== 'openshift') return ctx;
  const disabled = ['PasstBinding', 'GPUsWithDRA', 'HostDevicesWithDRA', 'WorkloadEncryptionSEV', 'PodSecondaryInterfaceNamingUpgrade'];
  return {
    ...ctx,
    defaultNetworkInterface: 'masquerade',
    kubemacpool: ctx.kubemacpool ?? true,
    networkBindings: { ...ctx.networkBindings, l2bridge: { domainAttachmentType: 'managedTap', migration: {} } },
    disabledFeatureGates: [...new Set([...ctx.disabledFeatureGates, ...disabled.filter((g) => !ctx.featureGates.includes(g))])],
  };
}
