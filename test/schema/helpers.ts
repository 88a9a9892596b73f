// Builders of VmResource objects for the schema tests (no parser involved), plus a YAML entry point that uses
// the project's kubectl-like YAML 1.1 parser where scalar resolution matters.

import type { VmKind } from '../../server/src/core/types';
import type { VmResource } from '../../server/src/core/model/resource';
import { buildResource } from '../../server/src/core/model/detect';
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

/** Wrap a VMI spec in a document of the given kind. */
export function documentOf(kind: VmKind, spec: Json): Record<string, unknown> {
  const metadata = { name: 'test', namespace: 'default' };
  switch (kind) {
    case 'VirtualMachineInstance':
      return { apiVersion: 'kubevirt.io/v1', kind, metadata, spec };
    case 'VirtualMachine':
      return {
        apiVersion: 'kubevirt.io/v1',
        kind,
        metadata,
        spec: { runStrategy: 'Always', template: { metadata: { labels: { a: 'b' } }, spec } },
      };
    case 'VirtualMachineInstanceReplicaSet':
      return {
        apiVersion: 'kubevirt.io/v1',
        kind,
        metadata,
        spec: { replicas: 2, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec } },
      };
    case 'VirtualMachinePool':
      return {
        apiVersion: 'pool.kubevirt.io/v1beta1',
        kind,
        metadata,
        spec: {
          replicas: 2,
          selector: { matchLabels: { a: 'b' } },
          virtualMachineTemplate: {
            metadata: { labels: { a: 'b' } },
            spec: { runStrategy: 'Always', template: { metadata: { labels: { a: 'b' } }, spec } },
          },
        },
      };
  }
}

/** A VmResource from a whole document (as the pipeline builds it). */
export function resourceOf(object: Record<string, unknown>): VmResource {
  return buildResource(object.kind as VmKind, object);
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
