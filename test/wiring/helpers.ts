// Test helpers: build a VMI/VM resource from plain objects and wire it: `wireData` gives the records,
// `wireSpec` the same wiring rendered in the cases' JSON shape (nft command lines, compact XML, annotation texts).

import { buildResource } from '../../server/src/core/model/detect';
import { applyDefaults } from '../../server/src/core/defaults/defaults';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { wire, type ResourceWiring } from '../../server/src/core/wiring/wire';
import { resourceWiringJson, type ResourceWiringJson } from '../../server/src/core/render/wiring-json';
import type { VmKind } from '../../server/src/core/types';

export interface Build {
  kind?: VmKind;
  name?: string;
  namespace?: string;
  annotations?: Record<string, string>;
  status?: Record<string, unknown>;
  ctx?: Partial<Context>;
}

export function ctxWith(over: Partial<Context> = {}): Context {
  return { ...defaultContext(), ...over };
}

/** Wires `spec` (a VMI spec) as a VMI (default) or VM, in the cases' JSON shape. */
export function wireSpec(vmiSpec: Record<string, unknown>, b: Build = {}): ResourceWiringJson {
  return resourceWiringJson(wireData(vmiSpec, b));
}

/** Wires `spec` (a VMI spec) as a VMI (default) or VM: the records. */
export function wireData(vmiSpec: Record<string, unknown>, b: Build = {}): ResourceWiring {
  const kind = b.kind ?? 'VirtualMachineInstance';
  const metadata: Record<string, unknown> = { name: b.name ?? 'testvmi', namespace: b.namespace ?? 'default' };
  if (b.annotations) metadata.annotations = b.annotations;
  const object: Record<string, unknown> =
    kind === 'VirtualMachineInstance'
      ? { apiVersion: 'kubevirt.io/v1', kind, metadata, spec: vmiSpec, ...(b.status ? { status: b.status } : {}) }
      : {
          apiVersion: 'kubevirt.io/v1',
          kind,
          metadata: { name: metadata.name, namespace: metadata.namespace },
          spec: { template: { metadata: b.annotations ? { annotations: b.annotations } : {}, spec: vmiSpec } },
        };
  const resource = buildResource(kind, object);
  const ctx = ctxWith(b.ctx);
  const { spec: defaultedSpec, defaulted } = applyDefaults(resource.spec, ctx);
  return wire(resource, defaultedSpec, defaulted, ctx);
}

/** A spec with the given interfaces/networks (and optional extra domain / spec fields). */
export function spec(
  interfaces: Record<string, unknown>[],
  networks: Record<string, unknown>[],
  extra: { devices?: Record<string, unknown>; domain?: Record<string, unknown>; spec?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    domain: { devices: { interfaces, ...extra.devices }, resources: { requests: { memory: '128Mi' } }, ...extra.domain },
    networks,
    ...extra.spec,
  };
}

export const POD = { name: 'default', pod: {} };
export const MASQ = { name: 'default', masquerade: {} };

export function only<I>(w: { errors: unknown[]; interfaces: I[] }): I {
  if (w.errors.length > 0) throw new Error('unexpected errors: ' + JSON.stringify(w.errors));
  if (w.interfaces.length !== 1) throw new Error(`expected 1 interface, got ${w.interfaces.length}`);
  return w.interfaces[0]!;
}
