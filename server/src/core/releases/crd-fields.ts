// Fields of Virtwire's schemas (KubeVirt main) that older releases' CRDs do not have. The API server decodes custom
// resources strictly, so in such a release the field is an unknown field (SCHEMA-04) and nothing else runs.
// Found by comparing schemas/*.json with the CRD OpenAPI schemas of each tag
// (pkg/virt-operator/resource/generate/components/validations_generated.go): no other closed key set of ours
// differs, and no release has a field there that main lacks.

import type { KubevirtVersion } from '../context/version';
import { versionRank } from '../context/version';
import type { Path, Segment } from '../types';

export interface VersionedField {
  /** Path below the VMI spec (`*` = every entry of a list). */
  readonly at: readonly string[];
  /** First release whose CRD has it. */
  readonly since: KubevirtVersion;
}

/** Below the VMI spec (spec, spec.template.spec, …). */
export const VMI_SPEC_FIELDS: readonly VersionedField[] = [
  // CRD resourceClaims:@v1.6.0 (API types.go:188@v1.6.0)
  { at: ['resourceClaims'], since: 'v1.6' },
  // API types.go UtilityVolumes, RebootPolicy (first in the v1.8.0 CRD)
  { at: ['utilityVolumes'], since: 'v1.8' },
  { at: ['domain', 'rebootPolicy'], since: 'v1.8' },
  // commit c0cd4eb3bb "Add serviceAccountName field to VirtualMachineInstanceSpec" (v1.9.0)
  { at: ['serviceAccountName'], since: 'v1.9' },
  { at: ['domain', 'devices', 'panicDevices'], since: 'v1.6' },
  { at: ['domain', 'devices', 'video'], since: 'v1.6' },
  // DRA GPUs / host devices (claimName, requestName inlined), v1.6.0
  { at: ['domain', 'devices', 'gpus', '*', 'claimName'], since: 'v1.6' },
  { at: ['domain', 'devices', 'gpus', '*', 'requestName'], since: 'v1.6' },
  { at: ['domain', 'devices', 'hostDevices', '*', 'claimName'], since: 'v1.6' },
  { at: ['domain', 'devices', 'hostDevices', '*', 'requestName'], since: 'v1.6' },
  // SNP and TDX, v1.7.0 (launchSecurity has only `sev` in the v1.5.0 and v1.6.0 CRDs)
  { at: ['domain', 'launchSecurity', 'snp'], since: 'v1.7' },
  { at: ['domain', 'launchSecurity', 'tdx'], since: 'v1.7' },
  // API schema.go:1562@v1.8.0, CRD:12662@v1.8.0
  { at: ['domain', 'devices', 'interfaces', '*', 'passtBinding'], since: 'v1.8' },
  // API schema.go:1466@v1.9.0, CRD:13174@v1.9.0
  { at: ['domain', 'devices', 'interfaces', '*', 'portRanges'], since: 'v1.9' },
  // API schema.go:1770@v1.9.0, CRD:14093@v1.9.0
  { at: ['networks', '*', 'resourceClaim'], since: 'v1.9' },
];

/** Below a VirtualMachinePool's spec. */
export const POOL_SPEC_FIELDS: readonly VersionedField[] = [
  { at: ['maxUnavailable'], since: 'v1.6' },
  { at: ['scaleInStrategy'], since: 'v1.6' },
  { at: ['autohealing'], since: 'v1.7' },
  { at: ['updateStrategy'], since: 'v1.7' },
];

/** Object paths (from `base`) of the fields in `value` that release `v` does not know. */
export function unknownIn(value: unknown, base: Path, fields: readonly VersionedField[], v: KubevirtVersion): Path[] {
  const out: Path[] = [];
  for (const f of fields) {
    if (versionRank(v) >= versionRank(f.since)) continue;
    walk(value, f.at, 0, [...base], out);
  }
  return out;
}

function walk(cur: unknown, at: readonly string[], i: number, path: Segment[], out: Path[]): void {
  if (cur === null || typeof cur !== 'object') return;
  const seg = at[i]!;
  if (seg === '*') {
    if (!Array.isArray(cur)) return;
    cur.forEach((x, j) => walk(x, at, i + 1, [...path, j], out));
    return;
  }
  if (Array.isArray(cur) || !Object.hasOwn(cur, seg)) return;
  const next = (cur as Record<string, unknown>)[seg];
  if (i === at.length - 1) out.push([...path, seg]);
  else walk(next, at, i + 1, [...path, seg], out);
}

/** Whether release `v` knows the field at `rel` (a path below the spec the fields are listed for). */
export function knownIn(rel: Path, fields: readonly VersionedField[], v: KubevirtVersion): boolean {
  return !fields.some(
    (f) =>
      versionRank(v) < versionRank(f.since) &&
      f.at.length === rel.length &&
      f.at.every((seg, i) => (seg === '*' ? typeof rel[i] === 'number' : seg === rel[i])),
  );
}
