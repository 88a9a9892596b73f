// A finding KubeVirt does not report yet because an earlier one stops its check: marked with `blockedBy`, the code
// of the finding that hides it (see beyond.ts and the VM create's early returns in admit.ts).

import type { Finding, Path } from '../types';

/** Marks `findings` as hidden behind the first of `blockers` (nothing when there is no blocker). */
export function hiddenBehind(
  findings: readonly Finding[],
  blockers: readonly Finding[],
  toOriginal: (p: Path) => Path = (p) => p,
): Finding[] {
  const first = blockers.find((b) => b.severity === 'error') ?? blockers[0];
  if (!first) return [];
  return findings.map((f) => ({
    ...f,
    at: toOriginal(f.at),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, at: toOriginal(r.at) })) } : {}),
    blockedBy: f.blockedBy ?? first.code,
  }));
}
