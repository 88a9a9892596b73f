// Inlay hints after each interface name: its pod interface and what the guest gets (core/ide/inlay-hints.ts).
// The setting `virtwire.inlayHints.enabled` (default true) turns them off; the client is asked to refresh them when
// it changes.

import { InlayHintKind } from 'vscode-languageserver/node';
import { inlayHints as hintsOf } from '../core/index';
import type { Feature } from './feature';
import type { Session } from './session';

function enabled(s: Session): boolean {
  return s.workspace.settings.inlayHints?.enabled !== false;
}

export const inlayHints: Feature = {
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),

  register(s) {
    s.connection.languages.inlayHint.on(async (params, token) => {
      s.lastRequestAt = performance.now();
      if (!enabled(s)) return [];
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return [];
      const { doc, analysis } = target;
      const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
      return hintsOf(analysis, range).map((h) => ({
        position: doc.positionAt(h.offset),
        label: h.label,
        kind: InlayHintKind.Type,
        tooltip: h.tooltip,
        paddingLeft: true,
      }));
    });

    let was = enabled(s);
    s.onSettingsLoaded(() => {
      const now = enabled(s);
      if (now === was) return;
      was = now;
      if (s.client.capabilities.workspace?.inlayHint?.refreshSupport)
        void s.connection.languages.inlayHint.refresh().catch(() => undefined);
    });
  },
};
