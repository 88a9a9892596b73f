// Rename (core/ide/rename.ts): an interface with its network; a NetworkAttachmentDefinition with every networkName
// naming it, across the workspace. prepareRename says what would be renamed, or why nothing can be.

import { ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { prepareRenameAt, renameAt } from '../core/index';
import { toRange } from './convert';
import type { Feature } from './feature';
import { workspaceView } from './workspace-view';

export const rename: Feature = {
  capabilities: () => ({ renameProvider: { prepareProvider: true } }),

  register(s) {
    s.connection.onPrepareRename(async (params) => {
      const target = await s.requestTarget(params.textDocument.uri);
      if (!target) return null;
      const { doc, analysis } = target;
      const p = prepareRenameAt(analysis, doc.offsetAt(params.position));
      return p ? { range: toRange(doc, p.span), placeholder: p.placeholder } : null;
    });

    s.connection.onRenameRequest(async (params) => {
      const target = await s.requestTarget(params.textDocument.uri);
      if (!target) return null;
      const { doc, analysis } = target;
      const r = renameAt(analysis, doc.offsetAt(params.position), params.newName, workspaceView(s, doc.uri));
      if ('error' in r) throw new ResponseError(-32803, r.error); // RequestFailed: the client shows the message
      const changes: Record<string, TextEdit[]> = {};
      for (const e of r.edits) {
        const range = e.uri === doc.uri || !e.range ? toRange(doc, e.span) : e.range;
        (changes[e.uri] ??= []).push({ range, newText: e.newText });
      }
      return { changes } satisfies WorkspaceEdit;
    });
  },
};
