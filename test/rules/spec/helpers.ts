// Builds AdmissionInput objects for the spec rules straight from plain manifests (no YAML, no pipeline).

import type { AdmissionInput } from '../../../server/src/core/admission/input';
import { defaultContext, type Context } from '../../../server/src/core/context/context';
import { applyDefaults } from '../../../server/src/core/defaults/defaults';
import type { VMISpec } from '../../../server/src/core/model/api';
import { SPEC_PATHS, formatField, type VmResource } from '../../../server/src/core/model/resource';
import type { Finding, Path, VmKind } from '../../../server/src/core/types';

function get(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function resource(kind: VmKind, object: Record<string, unknown>): VmResource {
  const specPath = SPEC_PATHS[kind];
  const metaPath = [...specPath.slice(0, -1), 'metadata'];
  const meta = (get(object, ['metadata']) ?? {}) as Record<string, unknown>;
  return {
    kind,
    apiVersion: String(object['apiVersion'] ?? 'kubevirt.io/v1'),
    name: String(meta['name'] ?? 'test'),
    namespace: meta['namespace'] as string | undefined,
    object,
    specPath,
    base: formatField(specPath),
    spec: (get(object, specPath) ?? {}) as VMISpec,
    annotations: ((get(object, [...metaPath, 'annotations']) ?? {}) as Record<string, string>),
    annotationsPath: [...metaPath, 'annotations'],
    status: get(object, ['status']) as Record<string, unknown> | undefined,
  };
}

/** A VirtualMachineInstance whose spec is `spec`. */
export function vmiResource(spec: Record<string, unknown>): VmResource {
  return resource('VirtualMachineInstance', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstance',
    metadata: { name: 'test' },
    spec,
  });
}

/** A VirtualMachine whose template spec is `spec`. */
export function vmResource(spec: Record<string, unknown>): VmResource {
  return resource('VirtualMachine', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: 'test' },
    spec: { runStrategy: 'Always', template: { metadata: {}, spec } },
  });
}

/** What admit() hands to every rule: the defaulted spec, the base path and the context. */
export function admissionInput(res: VmResource, ctx: Partial<Context> = {}): AdmissionInput {
  const context: Context = { ...defaultContext(), ...ctx };
  const { spec, defaulted } = applyDefaults(res.spec, context);
  return { resource: res, spec, base: res.base, basePath: res.specPath, ctx: context, defaulted };
}

export const vmi = (spec: Record<string, unknown>, ctx: Partial<Context> = {}): AdmissionInput =>
  admissionInput(vmiResource(spec), ctx);
export const vm = (spec: Record<string, unknown>, ctx: Partial<Context> = {}): AdmissionInput =>
  admissionInput(vmResource(spec), ctx);

/** The parts of a finding a test compares (related messages left out). */
export function shape(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity, field: f.field, message: f.message, at: f.at };
  if (f.part) out['part'] = f.part;
  if (f.related) out['related'] = f.related.map((r) => r.at);
  return out;
}

export const memory = { resources: { requests: { memory: '128Mi' } } };
