// What the server does past its limits: a document too large to analyse gets one VIRTWIRE-LIMIT diagnostic
// (memory stays bounded), and an analysis that fails gets one VIRTWIRE-INTERNAL diagnostic (never a crash).

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { errorText, type Context, type FileAnalysis } from '../core/index';
import { formatBytes, MAX_MANIFEST_BYTES } from '../io/read';
import { SOURCE } from './convert';

/** The largest document the server analyses (the CLI's limit for a file). */
export const MAX_DOCUMENT_CHARS = MAX_MANIFEST_BYTES;

export function oversizeAnalysis(text: string, ctx: Context): FileAnalysis {
  const eol = text.indexOf('\n');
  return {
    text,
    docs: [],
    context: ctx,
    keys: [],
    findings: [
      {
        code: 'VIRTWIRE-LIMIT',
        severity: 'warning',
        message: `this file is larger than ${formatBytes(MAX_DOCUMENT_CHARS)}; Virtwire does not check it in the editor`,
        field: null,
        at: [],
        span: { start: 0, end: eol < 0 ? Math.min(text.length, 1) : eol },
        relatedSpans: [],
      },
    ],
  };
}

export function internalDiagnostic(e: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'VIRTWIRE-INTERNAL',
    source: SOURCE,
    message: `Virtwire could not check this document: ${errorText(e)}`,
  };
}
