// Builders of VmResource objects for the schema tests (no parser involved), plus a YAML entry point that uses
// the project's kubectl-like YAML 1.1 parser where scalar resolution matters.

import type { VmKind } from '../../server/src/core/types';
import { SPEC_PATHS, type VmResource } from '../../server/src/core/model/resource';
import type { VMISpec } from '../../server/src/core/model/api';
import { parseYamlDocument, toPlain } from '../../server/src/core/parse/document';
import { checkSchema } from '../../server/src/core/schema/check';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A minimal valid VMI spec: one masquerade interface on the pod network. */
export function baseSpec(): Json {
  return {
    domain: {
      devices: { interfaces: [{ name: 'default', masquerade: {} }] },
      resources: { requests: { memory: '128Mi' } },
    },
    networks: [{ name: 'default', pod: {} }],
  };
}

function getIn(obj: Json, path: readonly (string | number)[]): Json {
  let cur = obj;
  for (const s of path) cur = cur?.[s];
  return cur;
}

/** Wrap a VMI spec in a document of the given kind. */
export function documentOf(kind: VmKind, spec: Json): Record<string, unknown> {
  const metadata = { name: 'test', namespace: 'default' };
  switch (kind) {
    case 'VirtualMachineInstance':
      return { apiVersion: 'kubevirt.io/v1', kind, metadata, spec };
    case 'VirtualMachine':
      return { apiVersion: 'kubevirt.io/v1', kind, metadata, spec: { runStrategy: 'Always', template: { metadata: { labels: { a: 'b' } }, spec } } };
    case 'VirtualMachineInstanceReplicaSet':
      return {
        apiVersion: 'kubevirt.io/v1', kind, metadata,
        spec: { replicas: 2, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec } },
      };
    case 'VirtualMachinePool':
      return {
        apiVersion: 'pool.kubevirt.io/v1beta1', kind, metadata,
        spec: {
          replicas: 2, selector: { matchLabels: { a: 'b' } },
          virtualMachineTemplate: { metadata: { labels: { a: 'b' } }, spec: { runStrategy: 'Always', template: { metadata: { labels: { a: 'b' } }, spec } } },
        },
      };
  }
}

/** A VmResource from a whole document (as the pipeline would build it). */
export function resourceOf(object: Record<string, unknown>): VmResource {
  const kind = object.kind as VmKind;
  const specPath = SPEC_PATHS[kind];
  const meta = (object.metadata ?? {}) as { name?: string; namespace?: string };
  return {
    kind,
    apiVersion: String(object.apiVersion ?? ''),
    name: meta.name ?? '',
    namespace: meta.namespace,
    object,
    specPath,
    base: specPath.join('.'),
    spec: (getIn(object, specPath) ?? {}) as VMISpec,
    annotations: {},
    annotationsPath: [...specPath.slice(0, -1), 'metadata', 'annotations'],
    status: undefined,
  };
}

/** checkSchema on a VMI spec wrapped in a document of the given kind. */
export function check(spec: Json, kind: VmKind = 'VirtualMachineInstance') {
  return checkSchema(resourceOf(documentOf(kind, spec)));
}

/** checkSchema on YAML text parsed like kubectl (YAML 1.1 scalars). */
export function checkYaml(text: string) {
  const object = toPlain(parseYamlDocument(text)) as Record<string, unknown>;
  return checkSchema(resourceOf(object));
}

/** The parts of a finding the tests compare. */
export function brief(f: { code: string; message: string; field: string | null; at: readonly (string | number)[]; part?: string }) {
  return { code: f.code, message: f.message, field: f.field, at: [...f.at], part: f.part };
}
