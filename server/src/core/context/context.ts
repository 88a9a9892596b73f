// The cluster + runtime context a manifest is judged in: the KubeVirt release, KubeVirt CR settings, feature
// gates, registered binding plugins, NADs seen in the workspace, and the runtime facts a wiring preview needs.

import { LATEST_KUBEVIRT_VERSION, type KubevirtVersion, type KubevirtVersionSource } from './version';
import { gateEnabled } from '../releases/feature-gates';

export { atLeast, before, type KubevirtVersion } from './version';

export interface NetworkBindingPlugin {
  sidecarImage?: string;
  networkAttachmentDefinition?: string;
  domainAttachmentType?: string;
  migration?: { method?: string };
  downwardAPI?: string;
  computeResourceOverhead?: unknown;
}

export interface NadRef {
  /** Undefined: applied to whatever namespace the user's kubectl targets (or, from a CUDN, any namespace). */
  namespace: string | undefined;
  name: string;
  /** Defined in the file being checked (evidence about that file's own namespace). */
  local?: boolean;
  /** What provides it when it is not a NetworkAttachmentDefinition itself (`UserDefinedNetwork x`). */
  via?: string;
  /** What its config says (a NetworkAttachmentDefinition with `spec.config`). */
  details?: NadDetails;
}

/** A NetworkAttachmentDefinition's CNI facts (from its `spec.config` JSON and annotations), when it has a config. */
export interface NadDetails {
  /** The CNI type (of the first plugin of a plugin list): `sriov`, `bridge`, `ovn-k8s-cni-overlay`, … */
  cniType?: string;
  /** Whether the config (or one of its plugins) asks an IPAM plugin for addresses. */
  ipam?: boolean;
  /** The `k8s.v1.cni.cncf.io/resourceName` annotation (the device-plugin resource the pod must request). */
  resourceName?: string;
}

/** A Kubernetes Service seen in the workspace: whom it selects and which ports it sends where. */
export interface ServiceRef {
  name: string;
  namespace: string | undefined;
  selector: Record<string, string>;
  ports: { port: number; targetPort: number | string; protocol: string; name?: string }[];
  /** Defined in the file being checked. */
  local?: boolean;
}

/** Concrete values of one pod interface of a running virt-launcher pod. */
export interface PodIfaceRuntime {
  mac?: string;
  mtu?: number;
  ipv4?: string; // address/prefix
  ipv6?: string;
  /**
   * The interface's gateway per family as the CNI reported it (Multus network-status `gateway`). KubeVirt's DHCP
   * router is the next hop of the first route via the interface, which is this gateway when the CNI routes
   * through it.
   */
  ipv4Gateway?: string;
  ipv6Gateway?: string;
  /** The addresses are known: a missing ipv4/ipv6 means the interface has none (a NAD without IPAM). */
  addressesKnown?: boolean;
}

/**
 * Concrete values of a running virt-launcher pod; when absent, wiring reports `fromPod:` placeholders. The top
 * level is the primary pod interface (eth0); `networks` holds secondary Multus networks by spec network name.
 */
export interface PodRuntime extends PodIfaceRuntime {
  networks?: Record<string, PodIfaceRuntime>;
}

export interface Context {
  /** The KubeVirt release the manifest is judged as (read it with atLeast(ctx, 'v1.8')). */
  kubevirtVersion: KubevirtVersion;
  /** Where kubevirtVersion came from: the default (latest), a setting/flag, or the cluster's KubeVirt CR. */
  kubevirtVersionSource: KubevirtVersionSource;
  /** The patch release, when the setting or the cluster named one (`v1.7.3` → 3); see VersionedContext. */
  kubevirtPatch?: number;
  /** Cluster default architecture (`spec.architecture` when the VMI has none). */
  arch: string;
  podIPFamilies: ('IPv4' | 'IPv6')[];
  featureGates: string[];
  disabledFeatureGates: string[];
  permitBridgeInterfaceOnPodNetwork: boolean;
  /** network.permitSlirpInterface (read by admission only up to v1.5). */
  permitSlirpInterface: boolean;
  defaultNetworkInterface: string;
  networkBindings: Record<string, NetworkBindingPlugin>;
  /** A KubeVirt CR was read (settings, flag, workspace or file): its registered binding plugins are known. */
  kubevirtCR?: boolean;
  vmiStatus: { migrationTransport: string; runtimeUser: number };
  guestAgent: boolean;
  libvirtMemfdSupported: boolean;
  /** NetworkAttachmentDefinitions visible in the workspace; null when we know none (no check then). */
  nads: NadRef[] | null;
  /** Services visible in the workspace (for the ports a masquerade or passt VM must forward). */
  services?: ServiceRef[];
  /** Whether NAD-MISSING is checked at all (virtwire.checkNetworkAttachmentDefinitions, --no-nad-check). */
  nadCheck: boolean;
  /**
   * KubeMacPool assigns MAC addresses to VirtualMachines (OpenShift Virtualization deploys it, on by default; the
   * `openshift` profile and a runtime context's `kubemacpool: true` say so).
   */
  kubemacpool?: boolean;
  /** Pitfalls switched on or off by code (virtwire.pitfalls, --pitfall / --no-pitfall); others keep their default. */
  pitfalls?: Record<string, boolean>;
  /** Concrete pod values supplied by a runtime context, if any. */
  pod?: PodRuntime;
}

export function defaultContext(): Context {
  return {
    kubevirtVersion: LATEST_KUBEVIRT_VERSION,
    kubevirtVersionSource: 'default',
    arch: 'amd64',
    podIPFamilies: ['IPv4'],
    featureGates: [],
    disabledFeatureGates: [],
    permitBridgeInterfaceOnPodNetwork: true,
    permitSlirpInterface: false,
    defaultNetworkInterface: 'bridge',
    networkBindings: {},
    vmiStatus: { migrationTransport: 'Unix', runtimeUser: 107 },
    guestAgent: false,
    libvirtMemfdSupported: true,
    nads: null,
    nadCheck: true,
  };
}

/**
 * Whether a feature gate is on in the context's KubeVirt release and configuration (GA on; listed on; from v1.8
 * disabled off; Beta on from v1.9; else off). The per-release facts are in releases/feature-gates.ts.
 */
export function featureGateEnabled(ctx: Context, gate: string): boolean {
  return gateEnabled(ctx, gate);
}

/** A stable key for caching results that depend on the context. */
export function contextKey(ctx: Context): string {
  return JSON.stringify(ctx);
}
