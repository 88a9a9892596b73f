// The machine-readable report of `virtwire check --format json`, built from file analyses.

import type { FileAnalysis } from '../analyze';
import type { UpgradeResult } from '../upgrade';
import { LineIndex, type Position } from '../text';
import type { PlacedFinding, Severity } from '../types';
import type { KubevirtVersion } from '../context/version';
import { explanationOf } from './explanation';

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  field: string | null;
  range: { start: Position; end: Position };
  document: number;
  resource: { kind: string; name: string } | null;
  /** Upgrade check only: the target release reports it and the current one does not ("new"), or the reverse. */
  upgrade?: 'new' | 'gone';
  /**
   * KubeVirt does not report this yet: its check stops at the finding with this code first (a schema error, a VM
   * create's early return) and reports this once that is fixed. Diagnostics without it are the webhook's answer.
   */
  blockedBy?: string;
  /** What it means for this VM and how to fix it, in plain words (`message` stays KubeVirt's exact text). */
  explanation?: string;
}

export interface ReportFile {
  file: string;
  /** The KubeVirt release this file was judged as (a KubeVirt CR in the file can set it under `auto`). */
  kubevirtVersion: KubevirtVersion;
  diagnostics: ReportDiagnostic[];
  /** Upgrade check only: the resources whose verdict or errors change, as each release judges them. */
  resources?: {
    document: number;
    kind: string | null;
    name: string | null;
    current: 'accepted' | 'rejected';
    target: 'accepted' | 'rejected';
  }[];
}

export interface Report {
  /** The KubeVirt release the run judged as (files may differ: see ReportFile.kubevirtVersion). */
  kubevirtVersion?: KubevirtVersion;
  /** Upgrade check only: the release compared with, and the resources it would newly reject. */
  upgradeTo?: KubevirtVersion;
  newlyRejected?: number;
  files: ReportFile[];
}

function diagnostic(
  lines: LineIndex,
  f: PlacedFinding,
  document: number,
  resource: ReportDiagnostic['resource'],
  text?: string,
): ReportDiagnostic {
  const explanation = explanationOf(f, text?.slice(f.span.start, Math.min(f.span.end, f.span.start + 200)));
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    field: f.field,
    range: { start: lines.position(f.span.start), end: lines.position(f.span.end) },
    document,
    resource,
    ...(f.blockedBy ? { blockedBy: f.blockedBy } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

export function reportFile(file: string, analysis: FileAnalysis): ReportFile {
  const lines = new LineIndex(analysis.text);
  const diagnostics: ReportDiagnostic[] = [];
  for (const doc of analysis.docs) {
    const resource = doc.resource ? { kind: doc.resource.kind, name: doc.resource.name } : null;
    for (const f of doc.findings) diagnostics.push(diagnostic(lines, f, doc.index, resource, analysis.text));
  }
  return { file, kubevirtVersion: analysis.context.kubevirtVersion, diagnostics };
}

/** An upgrade check's report of one file: only the errors that differ, each marked new or gone. */
export function upgradeReportFile(file: string, current: FileAnalysis, result: UpgradeResult): ReportFile {
  const lines = new LineIndex(current.text);
  const diagnostics: ReportDiagnostic[] = [];
  for (const d of result.docs) {
    for (const { change, finding } of d.changes)
      diagnostics.push({ ...diagnostic(lines, finding, d.document, d.resource), upgrade: change });
  }
  return {
    file,
    kubevirtVersion: result.from,
    diagnostics,
    resources: result.docs.map((d) => ({
      document: d.document,
      kind: d.resource?.kind ?? null,
      name: d.resource?.name ?? null,
      current: d.current,
      target: d.target,
    })),
  };
}

export function countBySeverity(report: Report): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.files) for (const d of f.diagnostics) out[d.severity]++;
  return out;
}

/** The releases a report's files were judged as, in first-seen order. */
export function reportVersions(report: Report): KubevirtVersion[] {
  const out: KubevirtVersion[] = [];
  if (report.kubevirtVersion) out.push(report.kubevirtVersion);
  for (const f of report.files) if (!out.includes(f.kubevirtVersion)) out.push(f.kubevirtVersion);
  return out;
}
