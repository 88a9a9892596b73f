// Hover: the wiring preview of the interface, port or network under the cursor (core/render/hover.ts), ending
// with a link to the client's diagram view when it has one.

import { hoverAt } from '../core/index';
import { toRange } from './convert';
import { diagramLink } from './diagram';
import type { Feature } from './feature';
import { isYaml } from './session';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),

  register(s) {
    s.connection.onHover(async (params, token) => {
      s.lastRequestAt = performance.now();
      const doc = s.documents.get(params.textDocument.uri);
      if (!doc || !isYaml(doc) || token.isCancellationRequested) return null;
      const analysis = await s.analysisForRequest(doc);
      if (token.isCancellationRequested) return null;
      const h = hoverAt(analysis, doc.offsetAt(params.position), { html: s.client.hoverHtml });
      if (!h) return null;
      const link = s.client.diagramCommand ? diagramLink(s.client.diagramCommand, doc.uri, params.position) : '';
      return { contents: { kind: 'markdown', value: h.markdown + link }, range: toRange(doc, h.span) };
    });
  },
};
