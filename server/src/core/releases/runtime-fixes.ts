// Runtime bugs of KubeVirt that a manifest can trip, and the releases that fixed them, down to the patch release
// (read in the release tags of kubevirt/kubevirt: `git tag --contains <merge commit>`). Pitfall rules read these
// facts; their messages say them ("fixed in v1.6.5, v1.7.2 and v1.8.0").

import { KUBEVIRT_VERSIONS, versionRank, type KubevirtVersion, type VersionedContext } from '../context/version';

export interface RuntimeFix {
  /** What was fixed, for messages. */
  readonly what: string;
  /** Where: the fix's pull request / commit. */
  readonly source: string;
  /**
   * Per affected minor release, the first patch release that has the fix (`0`: the `.0` release already has it).
   * `null`: the minor release has no release with the fix. Minor releases after the last key have it.
   */
  readonly fixedIn: Readonly<Partial<Record<KubevirtVersion, number | null>>>;
}

/**
 * virt-handler's `movePrimaryIfaceStatusToFront` (pkg/network/setup/netstat.go) corrupted `status.interfaces` when
 * the pod-network interface was not the first domain interface: virt-controller restores it, virt-handler breaks it
 * again, forever. Fixed by 352334342c (PR #17041), back-ported as PR #17143 (v1.6.5), #17144 (v1.7.2) and #17145
 * (v1.8.0); the v1.5 back-port (PR #17142) is merged on release-1.5 but in no tag up to v1.5.3.
 */
export const STATUS_FLAP_FIX: RuntimeFix = {
  what: 'the VMI status update loop with the pod-network interface listed after another one',
  source: 'kubevirt/kubevirt PR #17041 (352334342c), back-ports #17143, #17144, #17145',
  fixedIn: { 'v1.5': null, 'v1.6': 5, 'v1.7': 2, 'v1.8': 0 },
};

/**
 * An interface without a binding passed admission and made virt-handler fail with "undefined binding method" on
 * every sync (pkg/network/setup/netpod/discover.go). v1.9.0 rejects it at admission (BIND-01, a90ada8f0a, PR #18374
 * via #18507); the v1.8 back-port (PR #18566) was merged on release-1.8 after v1.8.4 and is in no tag yet.
 */
export const NO_BINDING_FIX: RuntimeFix = {
  what: 'interfaces without a binding (rejected at admission)',
  source: 'kubevirt/kubevirt PR #18374 (a90ada8f0a), v1.9.0 via #18507',
  fixedIn: { 'v1.5': null, 'v1.6': null, 'v1.7': null, 'v1.8': null },
};

/**
 * Bridge binding without `macAddress`: after a live migration KubeVirt's DHCP server on the target served the new
 * pod interface's MAC instead of the guest's, so the guest lost its lease at the next DHCP request (kubevirt#16696).
 * Fixed in v1.9.0 by c40b11c51b (PR #16697, `resolveMacAddress` reads status.interfaces[].mac); not back-ported.
 */
export const BRIDGE_MIGRATION_MAC_FIX: RuntimeFix = {
  what: 'the bridge DHCP server answering the new pod MAC after a live migration',
  source: 'kubevirt/kubevirt PR #16697 (c40b11c51b)',
  fixedIn: { 'v1.5': null, 'v1.6': null, 'v1.7': null, 'v1.8': null },
};

/**
 * KubeVirt's passt and slirp binding-plugin sidecars only wired an interface whose `binding.name` was literally
 * `passt` / `slirp` (cmd/sidecars/network-passt-binding/domain/configurator.go PasstPluginName): registered under
 * another name, the sidecar fails the domain hook. From v1.9.0 virt-controller passes the registered name to the
 * sidecar (PR #18435, cherry-pick #18466, first in v1.9.0-rc.1).
 */
export const PLUGIN_SIDECAR_NAME_FIX: RuntimeFix = {
  what: 'binding-plugin sidecars that only know their own plugin name',
  source: 'kubevirt/kubevirt PR #18435 (d4f981d799), v1.9.0 via #18466',
  fixedIn: { 'v1.5': null, 'v1.6': null, 'v1.7': null, 'v1.8': null },
};

/**
 * Whether the context's release has the fix: true / false, or undefined when a later patch of its minor release has
 * it and the patch release is not known.
 */
export function hasFix(ctx: VersionedContext, fix: RuntimeFix): boolean | undefined {
  const v = ctx.kubevirtVersion;
  if (!(v in fix.fixedIn)) {
    const affected = Object.keys(fix.fixedIn) as KubevirtVersion[];
    return affected.every((a) => versionRank(a) < versionRank(v)) ? true : undefined;
  }
  const first = fix.fixedIn[v];
  if (first === null || first === undefined) return false;
  if (first === 0) return true;
  if (ctx.kubevirtPatch === undefined) return undefined;
  return ctx.kubevirtPatch >= first;
}

/** The first fixed release of each line, oldest first: `v1.6.5, v1.7.2 and v1.8.0`. */
export function fixedInLabel(fix: RuntimeFix): string {
  const releases: string[] = [];
  for (const v of KUBEVIRT_VERSIONS) {
    if (!(v in fix.fixedIn)) {
      // the first minor release after the affected ones
      if (Object.keys(fix.fixedIn).every((a) => versionRank(a as KubevirtVersion) < versionRank(v))) {
        if (!releases.some((r) => r.endsWith('.0')) && v !== 'main') releases.push(`${v}.0`);
        break;
      }
      continue;
    }
    const first = fix.fixedIn[v];
    if (typeof first === 'number') {
      releases.push(`${v}.${first}`);
      if (first === 0) break;
    }
  }
  if (releases.length <= 1) return releases[0] ?? 'no release';
  return `${releases.slice(0, -1).join(', ')} and ${releases[releases.length - 1]}`;
}
