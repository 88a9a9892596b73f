// Code actions: the quick fixes of the findings in the range or on the node (interface, network, port) the cursor is
// in (core/fixes/), the "Change binding to …" refactorings (core/ide/refactors.ts), and `source.fixAll.virtwire`,
// which applies the preferred ones round after round until none is left, as one edit.

import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { analyzeText, bindingRefactors, findingsOnNode, fixAll, fixesFor } from '../core/index';
import { toCodeAction, toDiagnostic, toWorkspaceEdit } from './convert';
import type { Feature } from './feature';

export const FIX_ALL_KIND = 'source.fixAll.virtwire';

export const actions: Feature = {
  capabilities: () => ({
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND],
      resolveProvider: false,
    },
  }),

  register(s) {
    s.connection.onCodeAction(async (params, token) => {
      s.lastRequestAt = performance.now();
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return [];
      const { doc, analysis } = target;
      const only = params.context.only;
      const wantFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll) ?? false;
      const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
      const wantRefactor = !only || only.some((k) => CodeActionKind.RefactorRewrite.startsWith(k));
      const out: CodeAction[] = [];
      const start = doc.offsetAt(params.range.start);
      const end = doc.offsetAt(params.range.end);
      if (wantQuick) {
        for (const f of findingsOnNode(analysis, start, end)) {
          const diag = toDiagnostic(doc, f);
          for (const fix of fixesFor(analysis, f)) out.push(toCodeAction(doc, fix, [diag]));
        }
      }
      if (wantRefactor) {
        for (const r of bindingRefactors(analysis, start))
          out.push({ title: r.title, kind: CodeActionKind.RefactorRewrite, edit: toWorkspaceEdit(doc, [r]) });
      }
      if (wantFixAll) {
        // round after round until no preferred fix is left, so a second fix-all (save) changes nothing
        const rounds: string[] = [];
        const all = fixAll(analysis, (text) => {
          const a = analyzeText(text, s.contextFor(doc), s.cache);
          rounds.push(...a.keys);
          return a;
        });
        s.cache.dropUnretained(rounds); // the texts between the rounds belong to no open document
        if (all.edits.length > 0) {
          const fix = { title: 'Fix all Virtwire problems with a preferred fix', code: '', edits: all.edits };
          out.push({ title: fix.title, kind: FIX_ALL_KIND, edit: toWorkspaceEdit(doc, [fix]) });
        }
      }
      return out;
    });
  },
};
