// The KubeVirt release a manifest is judged as. Rules and renderers read it from the context:
//
//   if (atLeast(ctx, 'v1.8')) …          // this behaviour exists since v1.8.0
//   ctx.kubevirtVersion === 'v1.5'       // exactly that release
//
// Releases are minor releases: `v1.8` stands for every v1.8.x (no patch release changed network admission).
// `main` is KubeVirt after v1.9.0 and sorts after `v1.9` (it equals v1.9 for network admission today).

/** The releases Virtwire models, oldest first. */
export const KUBEVIRT_VERSIONS = ['v1.5', 'v1.6', 'v1.7', 'v1.8', 'v1.9', 'main'] as const;
export type KubevirtVersion = (typeof KUBEVIRT_VERSIONS)[number];

/** What `auto` means when no cluster tells us: the latest release. */
export const LATEST_KUBEVIRT_VERSION: KubevirtVersion = 'v1.9';

/** Where the version of a context came from (for "judged as …" lines). */
export type KubevirtVersionSource = 'default' | 'setting' | 'cluster';

/** The part of a context that carries the version. */
export interface VersionedContext {
  kubevirtVersion: KubevirtVersion;
  /**
   * The patch release within `kubevirtVersion` when it is known (`v1.7.3` → 3: the setting or the cluster's
   * `observedKubeVirtVersion` named it). Only runtime fixes back-ported to patch releases read it.
   */
  kubevirtPatch?: number;
}

/** Position of a release in KUBEVIRT_VERSIONS (older < newer). */
export function versionRank(v: KubevirtVersion): number {
  return KUBEVIRT_VERSIONS.indexOf(v);
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: KubevirtVersion, b: KubevirtVersion): number {
  return versionRank(a) - versionRank(b);
}

/** True when the context's release is `v` or newer. */
export function atLeast(ctx: VersionedContext, v: KubevirtVersion): boolean {
  return compareVersions(ctx.kubevirtVersion, v) >= 0;
}

/** True when the context's release is older than `v`. */
export function before(ctx: VersionedContext, v: KubevirtVersion): boolean {
  return compareVersions(ctx.kubevirtVersion, v) < 0;
}

/** The next modelled release after `v` (undefined for `main`). */
export function nextVersion(v: KubevirtVersion): KubevirtVersion | undefined {
  return KUBEVIRT_VERSIONS[versionRank(v) + 1];
}

/**
 * A user's spelling of a release: `v1.8`, `1.8`, `v1.8.3`, `1.8.0-rc.1`, `main` (any case, surrounding spaces
 * ignored). Returns undefined for anything else, including releases Virtwire does not model (`v1.4`, `v1.10`).
 * `auto` is not a release: callers handle it first.
 */
export function parseKubevirtVersion(text: string): KubevirtVersion | undefined {
  const s = text.trim().toLowerCase();
  if (s === 'main') return 'main';
  const m = /^v?1\.(\d+)(?:\.\d+(?:[-+][0-9a-z.-]*)?)?$/.exec(s);
  if (!m) return undefined;
  const v = `v1.${Number(m[1])}`;
  return (KUBEVIRT_VERSIONS as readonly string[]).includes(v) ? (v as KubevirtVersion) : undefined;
}

/**
 * The patch number of a release spelling such as `v1.7.3` (undefined for `v1.7`, `main`, and for pre-releases such
 * as `v1.8.0-rc.1`, whose content is not that of a patch release).
 */
export function parseKubevirtPatch(text: string): number | undefined {
  const m = /^v?1\.\d+\.(\d+)(?:\+[0-9a-z.-]*)?$/i.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * The release a cluster reports (`status.observedKubeVirtVersion` of its KubeVirt CR, e.g. `v1.8.2`). A release
 * newer than the newest modelled one is judged as `main`; an older or unreadable one is not used (undefined).
 */
export function clusterKubevirtVersion(observed: string): KubevirtVersion | undefined {
  const known = parseKubevirtVersion(observed);
  if (known) return known;
  const m = /^v?1\.(\d+)(?:\.\d+)?(?:[-+][0-9a-z.-]*)?$/i.exec(observed.trim());
  if (m && Number(m[1]) > 9) return 'main';
  return undefined;
}

/** `v1.8` → `KubeVirt v1.8`, `main` → `KubeVirt main (after v1.9)`. */
export function versionLabel(v: KubevirtVersion): string {
  return v === 'main' ? 'KubeVirt main (after v1.9)' : `KubeVirt ${v}`;
}
