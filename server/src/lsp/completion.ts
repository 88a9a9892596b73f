// Completion (core/ide/completion.ts): keys, binding methods, NAD names, unpaired names, enumerations and the pair
// snippets, each replacing the word at the cursor; a pair snippet's other half is an additional edit.

import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import { completionsAt, type CompletionEntry } from '../core/index';
import { toRange } from './convert';
import type { Feature } from './feature';

const KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [' ', ':', '-', '/'], resolveProvider: false } }),

  register(s) {
    s.connection.onCompletion(async (params, token) => {
      s.lastRequestAt = performance.now();
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return null;
      const { doc, analysis } = target;
      const items = completionsAt(analysis, doc.offsetAt(params.position)).items;
      return {
        isIncomplete: false,
        items: items.map(
          (e): CompletionItem => ({
            label: e.label,
            kind: KINDS[e.kind],
            ...(e.detail ? { detail: e.detail } : {}),
            ...(e.documentation ? { documentation: { kind: 'markdown', value: e.documentation } } : {}),
            textEdit: { range: toRange(doc, e.span), newText: e.insert },
            insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            ...(e.additionalEdits
              ? { additionalTextEdits: e.additionalEdits.map((a) => ({ range: toRange(doc, a.span), newText: a.newText })) }
              : {}),
            ...(e.sortText ? { sortText: e.sortText } : {}),
            filterText: e.label.startsWith(e.insert.slice(0, 1)) ? e.label : e.insert,
          }),
        ),
      };
    });
  },
};
