// Upgrade check: the same file judged as two KubeVirt releases. What the target release rejects that the current
// one accepts ("new"), and what it stops rejecting ("gone"); a resource the current release accepts and the target
// rejects is what breaks on upgrade.

import { AnalysisCache, analyzeText, type DocAnalysis, type FileAnalysis } from './analyze';
import type { Context } from './context/context';
import { KUBEVIRT_VERSIONS, versionRank, type KubevirtVersion } from './context/version';
import type { PlacedFinding } from './types';

export type UpgradeChange = 'new' | 'gone';

export interface UpgradeDoc {
  /** Index of the document in the file. */
  document: number;
  resource: { kind: string; name: string } | null;
  /** Whether each release accepts the document (no error). */
  current: 'accepted' | 'rejected';
  target: 'accepted' | 'rejected';
  /** Errors only one of the two releases reports, in document order ("new" from the target's analysis). */
  changes: { change: UpgradeChange; finding: PlacedFinding }[];
}

export interface UpgradeResult {
  from: KubevirtVersion;
  to: KubevirtVersion;
  docs: UpgradeDoc[];
  /** Documents the current release accepts and the target rejects. */
  newlyRejected: number;
}

/** The context judged as another release (explicitly: a KubeVirt CR in the file does not change it back). */
export function asRelease(ctx: Context, v: KubevirtVersion): Context {
  return { ...ctx, kubevirtVersion: v, kubevirtVersionSource: 'setting' };
}

/** An error's identity across releases (an unknown field stays the same rejection when the list around it changes). */
const key = (f: PlacedFinding): string => JSON.stringify([f.code, f.field, f.code === 'SCHEMA-04' ? '' : f.message, f.span.start]);
/** The webhook's errors (what a hidden finding would add is no difference between releases yet). */
const errorsOf = (d: DocAnalysis | undefined): PlacedFinding[] => (d?.findings ?? []).filter((f) => f.severity === 'error' && !f.blockedBy);

/** Compares two analyses of the same text (current release first). */
export function compareReleases(current: FileAnalysis, target: FileAnalysis): UpgradeResult {
  const docs: UpgradeDoc[] = [];
  let newlyRejected = 0;
  const n = Math.max(current.docs.length, target.docs.length);
  for (let i = 0; i < n; i++) {
    const a = current.docs[i];
    const b = target.docs[i];
    const before = errorsOf(a);
    const after = errorsOf(b);
    const had = new Set(before.map(key));
    const has = new Set(after.map(key));
    const changes: UpgradeDoc['changes'] = [
      ...after.filter((f) => !had.has(key(f))).map((finding) => ({ change: 'new' as const, finding })),
      ...before.filter((f) => !has.has(key(f))).map((finding) => ({ change: 'gone' as const, finding })),
    ].sort((x, y) => x.finding.span.start - y.finding.span.start);
    const r = (b ?? a)?.resource;
    const doc: UpgradeDoc = {
      document: i,
      resource: r ? { kind: r.kind, name: r.name } : null,
      current: before.length ? 'rejected' : 'accepted',
      target: after.length ? 'rejected' : 'accepted',
      changes,
    };
    if (doc.current === 'accepted' && doc.target === 'rejected') newlyRejected++;
    if (changes.length > 0 || doc.current !== doc.target) docs.push(doc);
  }
  return { from: current.context.kubevirtVersion, to: target.context.kubevirtVersion, docs, newlyRejected };
}

/** Analyses `text` as the current release and as `to`, and compares them. */
export function upgradeCheck(
  text: string,
  base: Context,
  to: KubevirtVersion,
  cache?: AnalysisCache,
): { current: FileAnalysis; target: FileAnalysis; result: UpgradeResult } {
  const current = analyzeText(text, base, cache);
  const target = analyzeText(text, asRelease(current.context, to), cache);
  return { current, target, result: compareReleases(current, target) };
}

const laterCache = new AnalysisCache(8 * 1024 * 1024, 200);

/**
 * The first release after the file's own that rejects a document it accepts, with the errors that release reports
 * (for the hover). Undefined when the document is rejected already or every later release accepts it.
 */
export function nextRejection(file: FileAnalysis, doc: DocAnalysis): { version: KubevirtVersion; errors: PlacedFinding[] } | undefined {
  if (!doc.resource || errorsOf(doc).length > 0) return undefined;
  const from = versionRank(file.context.kubevirtVersion);
  for (const v of KUBEVIRT_VERSIONS) {
    if (versionRank(v) <= from) continue;
    // the document alone, in the file's context (its KubeVirt CR and NADs are in it already)
    const later = analyzeText(file.text.slice(doc.start, doc.end), asRelease(file.context, v), laterCache);
    const errors = errorsOf(later.docs[0]).map((f) => ({
      ...f,
      span: { start: f.span.start + doc.start, end: f.span.end + doc.start },
      relatedSpans: f.relatedSpans.map((r) => ({ ...r, span: { start: r.span.start + doc.start, end: r.span.end + doc.start } })),
    }));
    if (errors.length > 0) return { version: v, errors };
  }
  return undefined;
}
