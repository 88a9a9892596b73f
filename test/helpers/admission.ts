// Builds VmResource / RuleInput / admit() results for the admission rules straight from plain manifests
// (no YAML, no pipeline): a VMI spec wrapped as any kind, with the context's defaults.

import type { RuleInput } from '../../server/src/core/rules/input';
import { admit, type AdmissionResult } from '../../server/src/core/admission/admit';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { applyDefaults } from '../../server/src/core/defaults/defaults';
import type { VmResource } from '../../server/src/core/model/resource';
import { buildResource } from '../../server/src/core/model/detect';
import type { Finding, VmKind } from '../../server/src/core/types';

/** The resource the pipeline would build from a whole document. */
export function resourceOf(object: Record<string, unknown>): VmResource {
  return buildResource(object['kind'] as VmKind, object);
}

export type Spec = Record<string, unknown>;

export function wrap(kind: VmKind, vmiSpec: Spec, meta: Record<string, unknown> = {}): Record<string, unknown> {
  const metadata = { name: 'test', ...meta };
  switch (kind) {
    case 'VirtualMachineInstance':
      return { apiVersion: 'kubevirt.io/v1', kind, metadata, spec: vmiSpec };
    case 'VirtualMachine':
      return { apiVersion: 'kubevirt.io/v1', kind, metadata, spec: { runStrategy: 'Halted', template: { metadata: {}, spec: vmiSpec } } };
    case 'VirtualMachineInstanceReplicaSet':
      return {
        apiVersion: 'kubevirt.io/v1',
        kind,
        metadata,
        spec: { replicas: 1, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: vmiSpec } },
      };
    case 'VirtualMachinePool':
      return {
        apiVersion: 'pool.kubevirt.io/v1beta1',
        kind,
        metadata,
        spec: {
          replicas: 1,
          selector: { matchLabels: { a: 'b' } },
          virtualMachineTemplate: {
            metadata: { labels: { a: 'b' } },
            spec: { runStrategy: 'Halted', template: { metadata: {}, spec: vmiSpec } },
          },
        },
      };
  }
}

export function ctxOf(ctx: Partial<Context> = {}): Context {
  return { ...defaultContext(), ...ctx };
}

/** What admit() hands to the rules, for a VMI (or another kind). */
export function input(vmiSpec: Spec, ctx: Partial<Context> = {}, kind: VmKind = 'VirtualMachineInstance'): RuleInput {
  return admissionInput(resourceOf(wrap(kind, vmiSpec)), ctx);
}

/** What admit() hands to every rule, for a resource built elsewhere. */
export function admissionInput(res: VmResource, ctx: Partial<Context> = {}): RuleInput {
  const context = ctxOf(ctx);
  const { spec: s, defaulted } = applyDefaults(res.spec, context);
  return { resource: res, spec: s, base: res.base, basePath: res.specPath, ctx: context, defaulted };
}

/** A VirtualMachineInstance whose spec is `vmiSpec`. */
export const vmiResource = (vmiSpec: Spec): VmResource => resourceOf(wrap('VirtualMachineInstance', vmiSpec));
/** A VirtualMachine whose template spec is `vmiSpec`. */
export const vmResource = (vmiSpec: Spec): VmResource => resourceOf(wrap('VirtualMachine', vmiSpec));
/** The admission input of a VMI / a VM with this spec. */
export const vmi = (vmiSpec: Spec, ctx: Partial<Context> = {}): RuleInput => admissionInput(vmiResource(vmiSpec), ctx);
export const vm = (vmiSpec: Spec, ctx: Partial<Context> = {}): RuleInput => admissionInput(vmResource(vmiSpec), ctx);

export function admitSpec(
  vmiSpec: Spec,
  ctx: Partial<Context> = {},
  kind: VmKind = 'VirtualMachineInstance',
  meta: Record<string, unknown> = {},
): AdmissionResult {
  return admit(resourceOf(wrap(kind, vmiSpec, meta)), ctxOf(ctx));
}

/** The webhook's answer: errors not hidden behind another finding. */
export const errors = (r: AdmissionResult): Finding[] => r.findings.filter((f) => f.severity === 'error' && !f.blockedBy);
/** What KubeVirt reports once the findings hiding them are fixed (`blockedBy`). */
export const hidden = (r: AdmissionResult): Finding[] => r.findings.filter((f) => f.blockedBy);

/** The parts of a finding a test compares. */
export function shape(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { code: f.code, severity: f.severity, field: f.field, message: f.message, at: f.at };
  if (f.part) out['part'] = f.part;
  if (f.related) out['related'] = f.related.map((r) => r.at);
  return out;
}

export const brief = (f: Finding): [string, string | null, string] => [f.code, f.field, f.message];

export const memory = { resources: { requests: { memory: '128Mi' } } };

/** A spec with these interfaces and networks. */
export function spec(interfaces: unknown[], networks: unknown[], extra: Spec = {}): Spec {
  return { domain: { ...memory, devices: { interfaces } }, networks, ...extra };
}

export const POD = { name: 'default', pod: {} };
export const MASQ = { name: 'default', masquerade: {} };
export const IF = (i: number, ...rest: (string | number)[]) => ['spec', 'domain', 'devices', 'interfaces', i, ...rest];
export const NET = (n: number, ...rest: (string | number)[]) => ['spec', 'networks', n, ...rest];
