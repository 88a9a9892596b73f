// The cluster context documents are judged in, kept current: settings (workspace/configuration, didChange-
// Configuration, initializationOptions), the files they name, the workspace scan, watched files, and KubeVirt CRs
// or NADs in open documents (workspace-context.ts does the loading). A new context refreshes the diagnostics.

import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { holdsContextKinds } from '../core/index';
import type { Feature } from './feature';
import type { Session } from './session';
import type { Settings } from './settings-context';

/** Settings, the files they name and the workspace's facts → the session's context (settings are untrusted). */
async function reload(s: Session): Promise<void> {
  s.setContext(await s.workspace.load());
  s.settingsLoaded();
}

export const context: Feature = {
  register(s) {
    s.connection.onDidChangeConfiguration(async (change) => {
      const settings = (change?.settings as { virtwire?: Settings } | undefined)?.virtwire;
      if (settings && typeof settings === 'object') s.workspace.settings = settings;
      await reload(s);
    });

    s.connection.onDidChangeWatchedFiles(async (params) => {
      if (await s.workspace.filesChanged(params)) await reload(s);
    });

    // an open document's own KubeVirt CR or NADs count at once; a closed one's unsaved ones no longer do
    s.documents.onDidChangeContent((e) => {
      if (holdsContextKinds(e.document.getText())) void reload(s);
    });
    s.documents.onDidClose((e) => {
      if (holdsContextKinds(e.document.getText())) void reload(s);
    });
  },

  async initialized(s) {
    if (s.client.hasConfiguration) {
      void s.connection.client.register(DidChangeConfigurationNotification.type, { section: 'virtwire' }).catch(() => undefined);
    }
    s.workspace.watchFiles(s.client.capabilities);
    // the scan runs in the background: requests are answered meanwhile, the context follows when it ends
    s.workspace.startScan(() => void reload(s));
    await reload(s);
  },
};
