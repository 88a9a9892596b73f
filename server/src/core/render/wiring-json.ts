// The wiring in the wiring cases' JSON shape (cases/README.md "Per-interface object"), as `virtwire explain
// --format json` prints it: nftables as the `nft` command lines, the domain device and memory backing as
// Go's compact XML, the pod annotations as their texts (the Multus list as JSON).

import type { InterfaceWiring, PodNetworkAnnotations, ResourceWiring, WiringError } from '../wiring/types';
import { domainElement, memoryBackingElement } from '../wiring/domain-xml';
import {
  ISTIO_KUBEVIRT_INTERFACES,
  ISTIO_REROUTE_VIRTUAL_INTERFACES,
  MULTUS_DEFAULT_NETWORK,
  MULTUS_NETWORKS,
} from '../wiring/pod-annotations';
import { nftCommandLine } from './nft-script';
import { goXml } from './xml';

/** An interface as the cases write it: the records of nftables and the domain device as text. */
export type InterfaceWiringJson = Omit<InterfaceWiring, 'nftables' | 'domain'> & { nftables: string[]; domainXml: string | null };

export interface ResourceWiringJson {
  interfaces: InterfaceWiringJson[];
  podAnnotations: Record<string, string>;
  errors: WiringError[];
  domainMemoryBackingXml?: string;
}

/** The domain device of an interface as KubeVirt marshals it, or null. */
export function domainXml(w: InterfaceWiring): string | null {
  return w.domain ? goXml(domainElement(w.domain)) : null;
}

export function interfaceWiringJson(w: InterfaceWiring): InterfaceWiringJson {
  // keys in the cases' order; the optional target rule sits next to the XML it explains
  const out = {
    name: w.name,
    binding: w.binding,
    network: w.network,
    podInterface: w.podInterface,
    bridge: w.bridge,
    tap: w.tap,
    guest: w.guest,
    dhcp: w.dhcp,
    nftables: w.nftables.map(nftCommandLine),
    domainXml: domainXml(w),
  } as InterfaceWiringJson;
  if (w.domainTargetRule !== undefined) out.domainTargetRule = w.domainTargetRule;
  out.inPod = w.inPod;
  out.status = w.status;
  if (w.absent) out.absent = true;
  if (w.defaulted) out.defaulted = true;
  if (w.notes) out.notes = w.notes;
  return out;
}

/** The annotation texts, in the order virt-controller sets them. */
export function podAnnotationsJson(a: PodNetworkAnnotations | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!a) return out;
  if (a.multusNetworks?.length > 0) out[MULTUS_NETWORKS] = JSON.stringify(a.multusNetworks.map((m) => m.element));
  if (a.multusDefaultNetwork !== undefined) out[MULTUS_DEFAULT_NETWORK] = a.multusDefaultNetwork;
  if (a.istioVirtualInterfaces !== undefined) {
    out[ISTIO_KUBEVIRT_INTERFACES] = a.istioVirtualInterfaces;
    out[ISTIO_REROUTE_VIRTUAL_INTERFACES] = a.istioVirtualInterfaces;
  }
  return out;
}

export function resourceWiringJson(w: ResourceWiring): ResourceWiringJson {
  const out: ResourceWiringJson = {
    interfaces: w.interfaces.map(interfaceWiringJson),
    podAnnotations: podAnnotationsJson(w.annotations),
    errors: w.errors,
  };
  if (w.memoryBacking) out.domainMemoryBackingXml = goXml(memoryBackingElement(w.memoryBacking));
  return out;
}
