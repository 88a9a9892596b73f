// KubeVirt VM resources found in a YAML document, and KubeVirt's field-path notation for them.

import type { Path, VmKind } from '../types';
import type { Interface, Network, VMISpec } from './api';
import { obj } from './values';

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

/**
 * The interfaces of a spec as KubeVirt's Go types see them: a missing or mistyped list is empty, an entry that is
 * not a mapping is a zero struct (`{}`). Entries that are mappings are returned as they are (same objects).
 */
export function interfacesOf(spec: unknown): Interface[] {
  const list = obj(obj(obj(spec)?.['domain'])?.['devices'])?.['interfaces'];
  return Array.isArray(list) ? list.map((x) => (obj(x) ?? {}) as Interface) : [];
}
/** spec.networks as Go sees it (see interfacesOf). */
export function networksOf(spec: unknown): Network[] {
  const list = obj(spec)?.['networks'];
  return Array.isArray(list) ? list.map((x) => (obj(x) ?? {}) as Network) : [];
}

/** An interface's or network's name as Go reads it ("" when missing or not a string). */
export const nameOf = (o: unknown): string => {
  const name = obj(o)?.['name'];
  return typeof name === 'string' ? name : '';
};

/** KubeVirt's default network: the first network that is `pod` or `multus.default: true`. */
export function defaultNetworkOf(networks: Network[]): Network | undefined {
  return networks.find((n) => isPod(n) || isMultusDefault(n));
}

const has = (o: unknown, key: string): boolean => {
  const v = obj(o)?.[key];
  return v !== undefined && v !== null;
};
export function isPod(n: unknown): boolean {
  return has(n, 'pod');
}
export function isMultus(n: unknown): boolean {
  return has(n, 'multus');
}
export function isMultusDefault(n: unknown): boolean {
  return isMultus(n) && obj(obj(n)?.['multus'])?.['default'] === true;
}
export function isSecondaryMultus(n: unknown): boolean {
  return isMultus(n) && obj(obj(n)?.['multus'])?.['default'] !== true;
}
export function isDRA(n: unknown): boolean {
  return has(n, 'resourceClaim');
}
