// A fact that changed between KubeVirt releases, written as "from this release on, the value is …".

import { KUBEVIRT_VERSIONS, versionRank, type KubevirtVersion, type VersionedContext } from '../context/version';

/**
 * Values keyed by the first release they hold for; each holds until the next key. The oldest modelled release
 * (`v1.5`) is always a key, so every release has a value.
 */
export type ByRelease<T> = { readonly 'v1.5': T } & { readonly [K in KubevirtVersion]?: T };

/** The value a release has in a ByRelease table. */
export function valueIn<T>(table: ByRelease<T>, v: KubevirtVersion): T {
  let value = table['v1.5'];
  for (const k of KUBEVIRT_VERSIONS) {
    if (versionRank(k) > versionRank(v)) break;
    const x = table[k];
    if (x !== undefined) value = x;
  }
  return value;
}

/** The value for the context's release. */
export function valueFor<T>(ctx: VersionedContext, table: ByRelease<T>): T {
  return valueIn(table, ctx.kubevirtVersion);
}

/** The releases in which a `{since, until}` range holds (both ends inclusive, either open). */
export interface ReleaseRange {
  /** First release (default: the oldest modelled). */
  readonly since?: KubevirtVersion;
  /** Last release (default: main). */
  readonly until?: KubevirtVersion;
}

export function inRange(range: ReleaseRange | undefined, v: KubevirtVersion): boolean {
  if (!range) return true;
  const r = versionRank(v);
  if (range.since && r < versionRank(range.since)) return false;
  if (range.until && r > versionRank(range.until)) return false;
  return true;
}

/** `all`, `v1.8+`, `v1.5–v1.7`, `v1.5` */
export function rangeLabel(range: ReleaseRange | undefined): string {
  if (!range || (!range.since && !range.until)) return 'all';
  const from = range.since ?? KUBEVIRT_VERSIONS[0];
  if (!range.until || range.until === 'main') return from === KUBEVIRT_VERSIONS[0] ? 'all' : `${from}+`;
  return from === range.until ? from : `${from}–${range.until}`;
}
