// The machine-readable report of `virtwire check --format json`, built from file analyses.

import type { FileAnalysis } from '../analyze';
import { LineIndex, type Position } from '../text';
import type { Severity } from '../types';
import type { KubevirtVersion } from '../context/version';

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  field: string | null;
  range: { start: Position; end: Position };
  document: number;
  resource: { kind: string; name: string } | null;
}

export interface ReportFile {
  file: string;
  /** The KubeVirt release this file was judged as (a KubeVirt CR in the file can set it under `auto`). */
  kubevirtVersion: KubevirtVersion;
  diagnostics: ReportDiagnostic[];
}

export interface Report {
  /** The KubeVirt release the run judged as (files may differ: see ReportFile.kubevirtVersion). */
  kubevirtVersion?: KubevirtVersion;
  files: ReportFile[];
}

export function reportFile(file: string, analysis: FileAnalysis): ReportFile {
  const lines = new LineIndex(analysis.text);
  const diagnostics: ReportDiagnostic[] = [];
  for (const doc of analysis.docs) {
    for (const f of doc.findings) {
      diagnostics.push({
        code: f.code,
        severity: f.severity,
        message: f.message,
        field: f.field,
        range: { start: lines.position(f.span.start), end: lines.position(f.span.end) },
        document: doc.index,
        resource: doc.resource ? { kind: doc.resource.kind, name: doc.resource.name } : null,
      });
    }
  }
  return { file, kubevirtVersion: analysis.context.kubevirtVersion, diagnostics };
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
