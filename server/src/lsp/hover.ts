// Hover: the wiring preview of the interface, port or network under the cursor (core/render/hover.ts), with links
// to the client's "Show wiring" and diagram views when it has them.

import { hoverAt } from '../core/index';
import { toRange } from './convert';
import { diagramLink } from './diagram';
import type { Feature } from './feature';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),

  register(s) {
    s.connection.onHover(async (params, token) => {
      s.lastRequestAt = performance.now();
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return null;
      const { doc, analysis } = target;
      // the full detail one click away: the client's "Show wiring" (beside the editor) and its diagram, on one line
      const diagram = s.client.diagramCommand ? diagramLink(s.client.diagramCommand, doc.uri, params.position).trim() : '';
      const wiring = s.client.wiringCommand;
      const args = encodeURIComponent(JSON.stringify([doc.uri, params.position]));
      const fullDetail = wiring
        ? [
            `[Show wiring](command:${wiring}?${args} "Open the full wiring of this file beside the editor") (nft, XML, DHCP options)`,
            diagram,
          ]
            .filter(Boolean)
            .join(' · ')
        : undefined;
      const h = hoverAt(analysis, doc.offsetAt(params.position), fullDetail ? { fullDetail } : {});
      if (!h) return null;
      const link = diagram && !h.markdown.includes(diagram) ? `\n\n${diagram}` : '';
      return { contents: { kind: 'markdown', value: h.markdown + link }, range: toRange(doc, h.span) };
    });
  },
};
