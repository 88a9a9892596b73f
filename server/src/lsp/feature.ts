// One concern of the language server: what it announces in `initialize` and the handlers it registers. server.ts
// composes the features in order; each reads the shared session (session.ts) and maps core results to LSP.
//
// To add an editor feature (completion, go to definition, rename, symbols, inlay hints, code lenses, …): put its
// logic in the core (a protocol-free function over a FileAnalysis and an offset), then write one file here that
// exports a Feature: `capabilities` returns its provider (e.g. `{ completionProvider: {} }`), `register` adds its
// one handler (e.g. `s.connection.onCompletion(…)`), converting offsets and spans with convert.ts. Add it to
// FEATURES in server.ts.

import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { Session } from './session';

export interface Feature {
  /** What the server announces for this feature (called in `initialize`, after session.client is known). */
  capabilities?(s: Session): ServerCapabilities;
  /** Registers its handlers on the connection and the documents (once, before the server listens). */
  register(s: Session): void;
  /** After the client's `initialized` notification. */
  initialized?(s: Session): void | Promise<void>;
}
