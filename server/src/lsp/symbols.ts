// Document symbols (the outline: each VM with its interfaces and networks) and workspace symbols (the VMs of every
// open and indexed file), from core/ide/symbols.ts.

import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver/node';
import { documentSymbols, workspaceSymbols, type OutlineSymbol } from '../core/index';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from './convert';
import type { Feature } from './feature';
import { workspaceView } from './workspace-view';

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  vm: SymbolKind.Class,
  interface: SymbolKind.Interface,
  network: SymbolKind.Struct,
};

function toSymbol(doc: TextDocument, o: OutlineSymbol): DocumentSymbol {
  const range = toRange(doc, o.span);
  const inner = toRange(doc, o.selection);
  // the selection range must lie inside the range
  const selectionRange =
    doc.offsetAt(inner.start) >= doc.offsetAt(range.start) && doc.offsetAt(inner.end) <= doc.offsetAt(range.end) ? inner : range;
  return { name: o.name, detail: o.detail, kind: KIND[o.kind], range, selectionRange, children: o.children.map((c) => toSymbol(doc, c)) };
}

export const symbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Virtwire' }, workspaceSymbolProvider: true }),

  register(s) {
    s.connection.onDocumentSymbol(async (params, token) => {
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return null;
      return documentSymbols(target.analysis).map((o) => toSymbol(target.doc, o));
    });

    s.connection.onWorkspaceSymbol((params) => {
      // every open YAML document and every indexed file (no current one: the view yields them all)
      const files = workspaceView(s, '').others();
      return workspaceSymbols(files, params.query ?? '').map(
        (w): WorkspaceSymbol => ({
          name: w.name,
          containerName: w.detail,
          kind: SymbolKind.Class,
          location: { uri: w.location.uri, range: w.location.range! },
        }),
      );
    });
  },
};
