// A code lens above each VM: `3 interfaces · Show wiring` (core/ide/code-lens.ts). It runs the client's own command
// when the client names one (`initializationOptions.wiringCommand`, e.g. VS Code's "Show wiring" beside the editor),
// else the server's `virtwire.wiringDocument`, which returns the wiring as Markdown.

import { codeLenses } from '../core/index';
import { COMMANDS } from './commands';
import type { Feature } from './feature';

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),

  register(s) {
    s.connection.onCodeLens(async (params, token) => {
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return [];
      const { doc, analysis } = target;
      const command = s.client.wiringCommand ?? COMMANDS.wiringDocument;
      return codeLenses(analysis).map((l) => {
        const at = doc.positionAt(l.offset);
        return { range: { start: at, end: at }, command: { title: l.title, command, arguments: [doc.uri, at] } };
      });
    });
  },
};
