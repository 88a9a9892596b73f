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
import { blockedNote, codeInfo, editorExplanationOf, type Fix, type PlacedFinding, type Severity, type Span } from '../core/index';

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

/**
 * KubeVirt's message first (parity), then one plain line (what it means, how to fix it; not for a pitfall whose own
 * message says it, when the line would only repeat its code's documentation), then, for a finding KubeVirt
 * does not report yet, that it is hidden behind another. The KubeVirt field is named only where the message does not
 * already name it.
 */
export function diagnosticMessage(f: PlacedFinding, written?: string): string {
  const named = !f.field || f.message.includes(f.field) || f.message.includes(f.field.replace(/\[(\d+)\]/g, '.$1'));
  const lines = [named ? f.message : `${f.message} (${f.field})`];
  const plain = editorExplanationOf(f, written);
  if (plain) lines.push(plain);
  if (f.blockedBy) lines.push(blockedNote(f.blockedBy));
  return lines.join('\n');
}

export function toDiagnostic(doc: TextDocument, f: PlacedFinding): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    source: SOURCE,
    message: diagnosticMessage(f, doc.getText().slice(f.span.start, Math.min(f.span.end, f.span.start + 200))),
    data: { code: f.code, field: f.field, start: f.span.start, end: f.span.end, ...(f.blockedBy ? { blockedBy: f.blockedBy } : {}) },
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
