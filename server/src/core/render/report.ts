// The machine-readable report of `virtwire check --format json`, built from file analyses.

import type { FileAnalysis } from '../analyze';
import { LineIndex, type Position } from '../text';
import type { Severity } from '../types';

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
  diagnostics: ReportDiagnostic[];
}

export interface Report {
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
  return { file, diagnostics };
}

export function countBySeverity(report: Report): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of report.files) for (const d of f.diagnostics) out[d.severity]++;
  return out;
}
