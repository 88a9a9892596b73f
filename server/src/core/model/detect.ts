// Which documents are KubeVirt VM resources, and which carry cluster context (KubeVirt CR, NADs, Services).

import type { VmKind } from '../types';
import { SPEC_PATHS, formatField, type VmResource } from './resource';
import type { VMISpec } from './api';
import { isObject } from './values';

export type DocKind = 'vm' | 'kubevirt' | 'nad' | 'service' | 'other' | 'empty';

const VM_KINDS: Record<string, VmKind> = {
  VirtualMachineInstance: 'VirtualMachineInstance',
  VirtualMachine: 'VirtualMachine',
  VirtualMachineInstanceReplicaSet: 'VirtualMachineInstanceReplicaSet',
};

/** A text that may hold documents carrying cluster context: a KubeVirt CR, NADs, OVN-Kubernetes user-defined networks. */
const CONTEXT_KINDS = /\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition|UserDefinedNetwork|ClusterUserDefinedNetwork|Service)\b/;

/** A quick look at the text, before parsing: whether it may name a context kind (see classify). */
export function holdsContextKinds(text: string): boolean {
  return CONTEXT_KINDS.test(text);
}

function group(apiVersion: unknown): { group: string; version: string } | undefined {
  if (typeof apiVersion !== 'string') return undefined;
  const i = apiVersion.lastIndexOf('/');
  if (i < 0) return { group: '', version: apiVersion };
  return { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** Classifies a document from its `apiVersion` and `kind` (read before converting the whole document). */
export function classify(apiVersion: unknown, kind: unknown): { docKind: DocKind; vmKind?: VmKind } {
  const gv = group(apiVersion);
  if (!gv || typeof kind !== 'string') return { docKind: 'other' };
  if (gv.group === 'kubevirt.io' && (gv.version === 'v1' || gv.version === 'v1alpha3')) {
    if (kind === 'KubeVirt') return { docKind: 'kubevirt' };
    const vmKind = VM_KINDS[kind];
    if (vmKind) return { docKind: 'vm', vmKind };
  }
  if (gv.group === 'pool.kubevirt.io' && kind === 'VirtualMachinePool') {
    return { docKind: 'vm', vmKind: 'VirtualMachinePool' };
  }
  if (gv.group === 'k8s.cni.cncf.io' && kind === 'NetworkAttachmentDefinition') return { docKind: 'nad' };
  // OVN-Kubernetes user-defined networks generate a NAD of their own name (context/load.ts nadsFromObject)
  if (gv.group === 'k8s.ovn.org' && (kind === 'UserDefinedNetwork' || kind === 'ClusterUserDefinedNetwork')) return { docKind: 'nad' };
  // the ports a masquerade or passt VM must forward (rules/runtime/ports-unforwarded.ts)
  if (gv.group === '' && gv.version === 'v1' && kind === 'Service') return { docKind: 'service' };
  return { docKind: 'other' };
}

function getIn(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

export function buildResource(vmKind: VmKind, object: Record<string, unknown>): VmResource {
  const specPath = SPEC_PATHS[vmKind];
  const spec = getIn(object, specPath);
  const metaPath = vmKind === 'VirtualMachineInstance' ? ['metadata'] : [...specPath.slice(0, -1), 'metadata'];
  const vmiMeta = getIn(object, metaPath);
  const meta = isObject(object.metadata) ? object.metadata : {};
  const annotations = isObject(vmiMeta) && isObject(vmiMeta.annotations) ? vmiMeta.annotations : {};
  const strAnn: Record<string, string> = {};
  for (const [k, v] of Object.entries(annotations)) strAnn[k] = typeof v === 'string' ? v : String(v);
  return {
    kind: vmKind,
    apiVersion: String(object.apiVersion),
    name: typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    object,
    specPath,
    base: formatField(specPath),
    spec: (isObject(spec) ? spec : {}) as VMISpec,
    annotations: strAnn,
    annotationsPath: [...metaPath, 'annotations'],
    status: vmKind === 'VirtualMachineInstance' && isObject(object.status) ? object.status : undefined,
  };
}
