// Maps core results to LSP types. The only place where core findings meet the protocol.

import {
  DiagnosticSeverity,
  DiagnosticTag,
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeInfo, type Fix, type PlacedFinding, type Severity, type Span } from '../core/index';

export const SOURCE = 'virtwire';
export const DOCS_BASE = 'https://github.com/virtwire/virtwire/blob/main/README.md';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toDiagnostic(doc: TextDocument, f: PlacedFinding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: SOURCE,
    message: f.field ? `${f.message}\n(KubeVirt field: ${f.field})` : f.message,
    data: { code: f.code, field: f.field, start: f.span.start, end: f.span.end },
  };
  if (codeInfo(f.code)) d.codeDescription = { href: `${DOCS_BASE}#${f.code.toLowerCase()}` };
  if (f.relatedSpans.length > 0) {
    d.relatedInformation = f.relatedSpans.map((r) => ({
      location: { uri: doc.uri, range: toRange(doc, r.span) },
      message: r.message,
    }));
  }
  const tags: DiagnosticTag[] = [];
  if (f.tags?.includes('deprecated')) tags.push(DiagnosticTag.Deprecated);
  if (f.tags?.includes('unnecessary')) tags.push(DiagnosticTag.Unnecessary);
  if (tags.length) d.tags = tags;
  return d;
}

export function toWorkspaceEdit(doc: TextDocument, fixes: Fix[]): WorkspaceEdit {
  const edits = fixes.flatMap((f) => f.edits).map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
  return { changes: { [doc.uri]: edits } };
}

export function toCodeAction(doc: TextDocument, fix: Fix, diagnostics: Diagnostic[]): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: fix.isPreferred,
    diagnostics,
    edit: toWorkspaceEdit(doc, [fix]),
  };
}
