// Schema checks of a KubeVirt VM resource (rules SCHEMA-01..06), reported as the cluster reports them.
//
// What the cluster does, in order, for a create with kubectl's default strict field validation:
//  1. The API server decodes the custom resource strictly: unknown fields reject the request
//     (`strict decoding error: unknown field "…"`, SCHEMA-04; several unknown fields are listed in one message,
//     sorted) and nothing else runs. Which fields are unknown depends on the KubeVirt release's CRD
//     (releases/crd-fields.ts). Null values of known fields are then pruned (so `name:` with no value counts as
//     missing).
//  2. VirtualMachineInstance / VirtualMachine: KubeVirt's mutating webhook runs `ValidateSchema` (go-openapi):
//     required (SCHEMA-03), type (SCHEMA-06) and enum (SCHEMA-05) errors with dotted paths; any error stops.
//  3. The API server validates the CRD structural schema, whose only extra constraint here is maxItems 256 on
//     interfaces and networks (SCHEMA-01/02).
// A VirtualMachineInstanceReplicaSet has no mutating webhook: the CRD schema (step 3, with the API server's
// `Required value` / `Invalid value` texts) comes first, then the validating webhook's `ValidateSchema` (enum).
// A VirtualMachinePool's webhook looks up a schema name that does not exist (`v1.VirtualMachinePoolSpec`; the
// definition is `v1beta1.…`) and so checks nothing: only the CRD schema applies, which has no enum for dnsPolicy.

import type { ErrorObject } from 'ajv';
import type { Finding, Path, Segment, VmKind } from '../types';
import type { VmResource } from '../model/resource';
import { LATEST_KUBEVIRT_VERSION, type VersionedContext } from '../context/version';
import { knownIn, POOL_SPEC_FIELDS, unknownIn, VMI_SPEC_FIELDS } from '../releases/crd-fields';
import { validatorFor } from './compile';
import { closestKey } from './suggest';
import {
  bracketPath,
  crdRequiredMessage,
  crdTypeMessage,
  enumMessage,
  goTypeFailure,
  requiredMessage,
  tooManyMessage,
  typeMessage,
  unknownFieldMessage,
} from './messages';

interface Located {
  finding: Finding;
  order: number[];
}

type Style = 'webhook' | 'apiserver';

export function checkSchema(resource: VmResource, ctx: VersionedContext = { kubevirtVersion: LATEST_KUBEVIRT_VERSION }): Finding[] {
  const validate = validatorFor(resource.kind);
  const original = resource.object;
  const older = versionUnknown(resource, ctx);
  if (validate(original) && older.length === 0) return [];
  const first = (validate.errors ?? []).slice();

  // Stage 1: strict decoding (fields inside a field this release does not know are not looked at).
  const inOlder = (p: Path): boolean => older.some((o) => o.length <= p.length && o.every((seg, i) => p[i] === seg));
  const unknown = first
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => unknownField(e, original, resource, ctx))
    .filter((l) => !inOlder(l.finding.at));
  unknown.push(...older.map((p) => releaseUnknownField(p, original, ctx)));
  if (unknown.length > 0) return finish(oneMessage(unknown));

  // Stage 2+: on the object as the webhook / CRD validation see it (null values of fields pruned).
  const pruned = pruneNulls(original) as Record<string, unknown>;
  if (validate(pruned)) return [];
  const errors = (validate.errors ?? []).slice();
  return finish(staged(resource.kind, errors, pruned));
}

function staged(kind: VmKind, errors: ErrorObject[], data: unknown): Located[] {
  const structural = errors.filter((e) => e.keyword === 'required' || e.keyword === 'type');
  const enums = errors.filter((e) => e.keyword === 'enum');
  const maxItems = errors.filter((e) => e.keyword === 'maxItems');
  const build = (list: ErrorObject[], style: Style) =>
    list.map((e) => convert(e, data, style)).filter((x): x is Located => x !== undefined);

  if (kind === 'VirtualMachineInstance' || kind === 'VirtualMachine') {
    const webhook = build([...structural, ...enums], 'webhook');
    if (webhook.length > 0) return webhook;
    return build(maxItems, 'apiserver');
  }
  const crd = build([...structural, ...maxItems], 'apiserver');
  if (crd.length > 0) return crd;
  if (kind === 'VirtualMachineInstanceReplicaSet') return build(enums, 'webhook');
  return [];
}

function convert(e: ErrorObject, data: unknown, style: Style): Located | undefined {
  const path = pointerToPath(e.instancePath, data);
  const order = orderOf(path, data);
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const full = [...path, missing];
      const last = path[path.length - 1];
      return {
        order: [...order, Number.MAX_SAFE_INTEGER],
        finding: {
          code: 'SCHEMA-03',
          severity: 'error',
          message: style === 'webhook' ? requiredMessage(full) : crdRequiredMessage(full),
          field: bracketPath(full),
          at: path,
          ...(typeof last === 'string' ? { part: 'key' as const } : {}),
          data: { missing },
        },
      };
    }
    case 'type': {
      const schema = (e.parentSchema ?? {}) as { type?: string | string[]; format?: string };
      const verdict = goTypeFailure(schema.type ?? (e.schema as string | string[]), schema.format, e.data, style === 'apiserver');
      // ajv and go-openapi agree on every type we use; fall back to ajv's facts if they ever do not.
      const expected = verdict?.expected ?? [schema.type ?? ''].flat().join(',');
      const got = verdict?.got ?? jsonType(e.data);
      return {
        order,
        finding: {
          code: 'SCHEMA-06',
          severity: 'error',
          message: style === 'webhook' ? typeMessage(path, expected, got) : crdTypeMessage(path, expected, got),
          field: bracketPath(path),
          at: path,
          part: 'value',
          data: { expected, got },
        },
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return {
        order,
        finding: {
          code: 'SCHEMA-05',
          severity: 'error',
          message: enumMessage(path, allowed),
          field: bracketPath(path),
          at: path,
          part: 'value',
          data: { allowed },
        },
      };
    }
    case 'maxItems': {
      const max = Number((e.params as { limit: number }).limit);
      const count = Array.isArray(e.data) ? e.data.length : 0;
      const last = path[path.length - 1];
      return {
        order,
        finding: {
          code: last === 'networks' ? 'SCHEMA-02' : 'SCHEMA-01',
          severity: 'error',
          message: tooManyMessage(path, count, max),
          field: bracketPath(path),
          at: path,
          part: 'key',
          data: { count, max },
        },
      };
    }
    default:
      return undefined;
  }
}

/** Where the well-known network keys live, relative to the VMI spec (for keys put at the wrong level). */
const HOMES: Record<string, string> = {
  domain: '',
  networks: '',
  dnsPolicy: '',
  dnsConfig: '',
  hostname: '',
  subdomain: '',
  resourceClaims: '',
  devices: 'domain',
  interfaces: 'domain.devices',
  autoattachPodInterface: 'domain.devices',
  networkInterfaceMultiqueue: 'domain.devices',
};

/** Fields of the document that the context's release's CRD does not have (releases/crd-fields.ts). */
function versionUnknown(resource: VmResource, ctx: VersionedContext): Path[] {
  const spec = get(resource.object, resource.specPath);
  const out = unknownIn(spec, resource.specPath, VMI_SPEC_FIELDS, ctx.kubevirtVersion);
  if (resource.kind === 'VirtualMachinePool')
    out.push(...unknownIn(get(resource.object, ['spec']), ['spec'], POOL_SPEC_FIELDS, ctx.kubevirtVersion));
  return out;
}

function get(value: unknown, path: Path): unknown {
  let cur = value;
  for (const seg of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

function releaseUnknownField(path: Path, data: unknown, ctx: VersionedContext): Located {
  const key = String(path[path.length - 1]);
  return {
    order: orderOf(path, data),
    finding: {
      code: 'SCHEMA-04',
      severity: 'error',
      message: unknownFieldMessage(path, undefined),
      field: bracketPath(path),
      at: path,
      part: 'key',
      data: { key, kubevirtVersion: ctx.kubevirtVersion, unknownInRelease: true },
    },
  };
}

/**
 * The API server lists every unknown field in one message, sorted (`strict decoding error: unknown field "a",
 * unknown field "b"`); each finding keeps its own field and place, and its did-you-mean after the list.
 */
function oneMessage(list: Located[]): Located[] {
  if (list.length < 2) return list;
  const fields = [...new Set(list.map((l) => l.finding.field ?? ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const all = `strict decoding error: ${fields.map((f) => `unknown field "${f}"`).join(', ')}`;
  return list.map((l) => {
    const own = unknownFieldMessage(l.finding.at, undefined);
    const tail = l.finding.message.startsWith(own) ? l.finding.message.slice(own.length) : '';
    return { ...l, finding: { ...l.finding, message: all + tail } };
  });
}

/** Whether the context's release knows the field at `path` (an object path in the document). */
function releaseKnows(resource: VmResource, path: Path, ctx: VersionedContext): boolean {
  const sp = resource.specPath;
  if (path.length > sp.length && sp.every((seg, i) => path[i] === seg)) {
    return knownIn(path.slice(sp.length), VMI_SPEC_FIELDS, ctx.kubevirtVersion);
  }
  if (resource.kind === 'VirtualMachinePool' && path.length === 2 && path[0] === 'spec') {
    return knownIn(path.slice(1), POOL_SPEC_FIELDS, ctx.kubevirtVersion);
  }
  return true;
}

function unknownField(e: ErrorObject, data: unknown, resource: VmResource, ctx: VersionedContext): Located {
  const base = resource.base;
  const parent = pointerToPath(e.instancePath, data);
  const key = String((e.params as { additionalProperty: string }).additionalProperty);
  const path = [...parent, key];
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  // a key the release does not know is no suggestion
  const known = Object.keys(props).filter((k) => releaseKnows(resource, [...parent, k], ctx));
  const suggestion = closestKey(key, known);
  const home = !suggestion && Object.hasOwn(HOMES, key) ? [base, HOMES[key]].filter(Boolean).join('.') : undefined;
  const belongsIn = home !== undefined && home !== bracketPath(parent) ? home : undefined;
  const message = unknownFieldMessage(path, suggestion) + (belongsIn ? `; "${key}" belongs in ${belongsIn}` : '');
  return {
    order: orderOf(path, data),
    finding: {
      code: 'SCHEMA-04',
      severity: 'error',
      message,
      field: bracketPath(path),
      at: path,
      part: 'key',
      data: { key, ...(suggestion ? { suggestion } : {}), ...(belongsIn ? { belongsIn } : {}) },
    },
  };
}

/** Sort by document order and drop duplicates (same code, field and message). */
function finish(list: Located[]): Finding[] {
  list.sort((a, b) => compareOrder(a.order, b.order));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { finding } of list) {
    const k = `${finding.code}\u0000${finding.field}\u0000${finding.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(finding);
  }
  return out;
}

function compareOrder(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Position of each step among its siblings, in the order the document wrote them. */
function orderOf(path: Path, data: unknown): number[] {
  const out: number[] = [];
  let cur: unknown = data;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else if (cur !== null && typeof cur === 'object') {
      const keys = Object.keys(cur);
      const i = keys.indexOf(String(seg));
      out.push(i < 0 ? keys.length : i);
      cur = (cur as Record<string, unknown>)[String(seg)];
    } else {
      out.push(0);
      cur = undefined;
    }
  }
  return out;
}

/** ajv's JSON pointer → object path (array steps as numbers). */
function pointerToPath(pointer: string, data: unknown): Segment[] {
  if (pointer === '') return [];
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** A copy without map entries whose value is null (the API server prunes them before validation). */
export function pruneNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneNulls);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = pruneNulls(v);
    return out;
  }
  return value;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
