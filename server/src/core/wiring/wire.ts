// The wiring engine's entry point: what KubeVirt builds for each interface of one VM resource.
// Output objects use exactly the field names of the `interfaces[]` objects of the wiring cases.

import type { Context } from '../context/context';
import type { VMISpec } from '../model/api';
import type { VmResource } from '../model/resource';
import type { Defaulted } from '../defaults/defaults';

/** One interface, in the cases' JSON shape (name, binding, network, podInterface, bridge, tap, guest, dhcp,
 * nftables, domainXml, inPod, status, absent/defaulted). */
export type InterfaceWiring = Record<string, unknown> & { name: string; binding: string };

export interface WiringError {
  phase: string;
  field: string | null;
  message: string;
}

export interface ResourceWiring {
  interfaces: InterfaceWiring[];
  podAnnotations: Record<string, string>;
  errors: WiringError[];
  domainMemoryBackingXml?: string;
}

/** `spec` is the defaulted spec (see defaults/defaults.ts); `defaulted` says what defaulting added. */
export function wire(_resource: VmResource, _spec: VMISpec, _defaulted: Defaulted, _ctx: Context): ResourceWiring {
  return { interfaces: [], podAnnotations: {}, errors: [] };
}
