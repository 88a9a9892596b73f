// Go to definition and find references (core/ide/navigation.ts): interface ↔ network, networkName → the NAD in any
// file, a NAD → every networkName naming it, binding.name → the KubeVirt CR's plugin entry.

import { definitionAt, referencesAt } from '../core/index';
import type { Feature } from './feature';
import { toLocation, workspaceView } from './workspace-view';
import { uriToPath } from './workspace-context';

export const navigation: Feature = {
  capabilities: () => ({ definitionProvider: true, referencesProvider: true }),

  register(s) {
    s.connection.onDefinition(async (params, token) => {
      s.lastRequestAt = performance.now();
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return null;
      const { doc, analysis } = target;
      return definitionAt(analysis, doc.offsetAt(params.position), workspaceView(s, doc.uri)).map((l) => toLocation(doc, l));
    });

    s.connection.onReferences(async (params, token) => {
      const target = await s.requestTarget(params.textDocument.uri, token);
      if (!target) return null;
      const { doc, analysis } = target;
      const include = !!params.context?.includeDeclaration;
      return referencesAt(analysis, doc.offsetAt(params.position), workspaceView(s, doc.uri), include).map((l) => toLocation(doc, l));
    });

    // a closed file's saved copy is what counts again for the other files' navigation
    s.documents.onDidClose((e) => {
      if (e.document.uri.startsWith('file:')) void s.workspace.index.update(uriToPath(e.document.uri));
    });
  },
};
