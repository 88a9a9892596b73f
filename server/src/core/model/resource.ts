// KubeVirt VM resources found in a YAML document, and KubeVirt's field-path notation for them.

import type { Path, Segment, VmKind } from '../types';
import type { Interface, Network, VMISpec } from './api';

export interface VmResource {
  kind: VmKind;
  apiVersion: string;
  name: string;
  namespace: string | undefined;
  /** The whole document as plain JSON (after YAML 1.1 scalar resolution). */
  object: Record<string, unknown>;
  /** Object path of the VMI spec inside the document. */
  specPath: Path;
  /** KubeVirt's base field path for that spec: `spec`, `spec.template.spec`, … */
  base: string;
  /** The VMI spec as written (never mutated; defaulting works on a copy). */
  spec: VMISpec;
  /** Annotations of the VMI (template metadata for VM / replica set / pool). */
  annotations: Record<string, string>;
  /** Path of those annotations in the document. */
  annotationsPath: Path;
  /** `status` of a VMI manifest (KubeVirt reads status.interfaces for pod interface names). */
  status: Record<string, unknown> | undefined;
}

/** Where each kind keeps its VMI spec. */
export const SPEC_PATHS: Record<VmKind, Path> = {
  VirtualMachineInstance: ['spec'],
  VirtualMachine: ['spec', 'template', 'spec'],
  VirtualMachineInstanceReplicaSet: ['spec', 'template', 'spec'],
  VirtualMachinePool: ['spec', 'virtualMachineTemplate', 'spec', 'template', 'spec'],
};

/** Render an object path in Kubernetes bracket notation: `spec.networks[0].multus.networkName`. */
export function formatField(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Parse bracket notation back into a path (inverse of formatField for plain keys). */
export function parseField(field: string): Segment[] {
  const out: Segment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(field))) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** Convenience: interfaces and networks of a spec, always arrays. */
export function interfacesOf(spec: VMISpec | undefined): Interface[] {
  const list = spec?.domain?.devices?.interfaces;
  return Array.isArray(list) ? list : [];
}
export function networksOf(spec: VMISpec | undefined): Network[] {
  const list = spec?.networks;
  return Array.isArray(list) ? list : [];
}

/** The counted binding key of an interface (first match), or undefined. */
export function bindingOf(iface: Interface): string | undefined {
  for (const k of ['masquerade', 'bridge', 'sriov', 'passtBinding', 'binding', 'slirp', 'passt', 'macvtap'] as const) {
    if (iface[k] !== undefined && iface[k] !== null) return k;
  }
  return undefined;
}

/** KubeVirt's default network: the first network that is `pod` or `multus.default: true`. */
export function defaultNetworkOf(networks: Network[]): Network | undefined {
  return networks.find((n) => isPod(n) || isMultusDefault(n));
}

export function isPod(n: Network | undefined): boolean {
  return !!n && n.pod !== undefined && n.pod !== null;
}
export function isMultus(n: Network | undefined): boolean {
  return !!n && n.multus !== undefined && n.multus !== null;
}
export function isMultusDefault(n: Network | undefined): boolean {
  return isMultus(n) && n!.multus!.default === true;
}
export function isSecondaryMultus(n: Network | undefined): boolean {
  return isMultus(n) && n!.multus!.default !== true;
}
export function isDRA(n: Network | undefined): boolean {
  return !!n && n.resourceClaim !== undefined && n.resourceClaim !== null;
}
