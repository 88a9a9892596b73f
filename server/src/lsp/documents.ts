// The open documents (incremental sync), as the client sends them, made safe: a `didOpen` without text (null, a number…) opens an
// empty document instead of crashing every later step, a version that is not a number counts as 0, and a change
// that is not text is ignored. The editor's view wins at the next well-formed message.

import { TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Feature } from './feature';
import { mark } from './timing';
import { uriToPath } from './workspace-context';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function validChange(c: unknown): c is TextDocumentContentChangeEvent {
  if (c === null || typeof c !== 'object' || typeof (c as { text?: unknown }).text !== 'string') return false;
  const r = (c as { range?: unknown }).range;
  if (r === undefined) return true;
  const pos = (p: unknown): boolean =>
    p !== null &&
    typeof p === 'object' &&
    Number.isFinite((p as { line?: unknown }).line) &&
    Number.isFinite((p as { character?: unknown }).character);
  return r !== null && typeof r === 'object' && pos((r as { start?: unknown }).start) && pos((r as { end?: unknown }).end);
}

export function safeDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(str(uri), str(languageId), num(version), str(content)),
    update: (doc, changes, version) => TextDocument.update(doc, (Array.isArray(changes) ? changes : []).filter(validChange), num(version)),
  });
}

/** Document sync; a closed document's analyses are freed (the other features listen to the same events). */
export const documents: Feature = {
  capabilities: () => ({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } }),

  register(s) {
    s.documents.onDidOpen(() => mark('didOpen'));
    s.documents.onDidChangeContent(() => mark('didChange'));
    s.documents.onDidClose((e) => {
      s.forget(e.document.uri);
      s.workspace.closed(uriToPath(e.document.uri));
    });
  },
};
