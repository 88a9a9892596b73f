// The language server: documents in, core analyses out, mapped to LSP. Holds no KubeVirt logic. Each concern is a
// Feature (feature.ts) in its own file, sharing one Session (session.ts); this file only composes them.

import type { Connection, InitializeResult, ServerCapabilities } from 'vscode-languageserver/node';
import { actions } from './actions';
import { commands } from './commands';
import { context } from './context';
import { diagnostics } from './diagnostics';
import { documents } from './documents';
import type { Feature } from './feature';
import { hover } from './hover';
import { completion } from './completion';
import { navigation } from './navigation';
import { rename } from './rename';
import { symbols } from './symbols';
import { inlayHints } from './inlay-hints';
import { codeLens } from './code-lens';
import { Session } from './session';
import { mark } from './timing';
import { warmUpFeature } from './warm-up';

/** In order: handlers of the same event (a document opened, changed, closed; `initialized`) run in this order. */
const FEATURES: readonly Feature[] = [
  documents,
  warmUpFeature,
  context,
  diagnostics,
  hover,
  actions,
  commands,
  completion,
  navigation,
  rename,
  symbols,
  inlayHints,
  codeLens,
];

export function startServer(connection: Connection): void {
  const s = new Session(connection);

  connection.onInitialize((params): InitializeResult => {
    mark('initialize');
    s.initialize(params);
    const capabilities: ServerCapabilities = Object.assign({}, ...FEATURES.map((f) => f.capabilities?.(s) ?? {}));
    return { capabilities, serverInfo: { name: 'virtwire-language-server' } };
  });
  connection.onInitialized(async () => {
    await Promise.all(FEATURES.map((f) => f.initialized?.(s)));
  });
  connection.onShutdown(() => s.dispose());

  for (const f of FEATURES) f.register(s);
  s.documents.listen(connection);
  connection.listen();
}
