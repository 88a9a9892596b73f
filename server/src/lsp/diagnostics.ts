// Diagnostics: pulled (LSP 3.17 textDocument/diagnostic) when the client can, else pushed after each open and
// edit, with back-pressure (push-queue.ts); refreshed when the context changes. In idle time after diagnostics,
// the hovers of every VM of the file are prepared (wiring, source lookup, previews) so the first hover on any of
// them is served from the caches.

import { DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { prepareHover, type FileAnalysis } from '../core/index';
import { SOURCE, toDiagnostic } from './convert';
import type { Feature } from './feature';
import { internalDiagnostic } from './limits';
import { PushQueue, transportOutput } from './push-queue';
import { isYaml, type Session } from './session';
import { mark } from './timing';

/** Codes the Red Hat YAML extension already reports for the same reason. */
const YAML_EXTENSION_CODES = new Set(['YAML-SYNTAX', 'YAML-DUPKEY']);

/** A document's diagnostics: its findings and a dump's doctor findings; a failure of Virtwire is one diagnostic. */
async function diagnosticsOf(s: Session, doc: TextDocument): Promise<Diagnostic[]> {
  if (!isYaml(doc)) return [];
  try {
    await s.workspace.settle();
    const a = await s.analysisOfAsync(doc);
    mark('analyzed');
    prepareHovers(s, doc.uri, a);
    return [...a.findings, ...(s.dumpOf(doc)?.findings ?? [])]
      .filter((f) => !(s.client.yamlExtensionActive && YAML_EXTENSION_CODES.has(f.code)))
      .map((f) => toDiagnostic(doc, f));
  } catch (e) {
    // never a crash, never silence: the document says that Virtwire failed on it
    s.log(`analysis of ${doc.uri} failed: ${String(e).slice(0, 200)}`);
    return [internalDiagnostic(e)];
  }
}

/** Idle work waits until the client has asked nothing for this long. */
const QUIET_MS = 30;

/**
 * In idle time after diagnostics, prepare the hovers of every VM document of the file (core prepareHover: its
 * wiring, its source lookup, its interface previews), one document per turn of the event loop, so the first hover on
 * any of them is served from the caches. Requests go first: while the client is asking, the work waits.
 */
function prepareHovers(s: Session, uri: string, analysis: FileAnalysis): void {
  let next = 0;
  const slice = (): void => {
    if (s.currentAnalysis(uri) !== analysis) return; // superseded by an edit or closed
    // while the client is asking (hovers in a row), the requests go first: they wire what they need themselves
    const quiet = performance.now() - s.lastRequestAt;
    if (quiet < QUIET_MS) {
      setTimeout(slice, QUIET_MS - quiet);
      return;
    }
    // one document per turn of the event loop, so a request never waits behind more than one
    while (next < analysis.docs.length) {
      const d = analysis.docs[next++]!;
      if (d.resource) {
        prepareHover(analysis, d);
        break;
      }
    }
    if (next < analysis.docs.length) setImmediate(slice);
    else mark('hovers-prepared');
  };
  setImmediate(slice);
}

/** Runs `fn` after `delay` ms, or on the next turn of the event loop when `delay` is 0; cancellable. */
function later(fn: () => void, delay: number): { cancel(): void } {
  if (delay > 0) {
    const t = setTimeout(fn, delay);
    return { cancel: () => clearTimeout(t) };
  }
  const i = setImmediate(fn);
  return { cancel: () => clearImmediate(i) };
}

/** Pushed diagnostics: one scheduled push per document, held back while the client does not read. */
class Pusher {
  /** Scheduled pushes by URI; a `delay` of 0 runs on the next turn of the event loop (a timer waits ≥ 1 ms). */
  private readonly pending = new Map<string, { cancel(): void }>();
  readonly queue: PushQueue;

  constructor(private readonly s: Session) {
    this.queue = new PushQueue(transportOutput(), (uri) => {
      const d = s.documents.get(uri);
      if (d) this.schedule(d, 0);
    });
  }

  schedule(doc: TextDocument, delay: number): void {
    const s = this.s;
    if (s.client.pull) return;
    this.pending.get(doc.uri)?.cancel();
    this.pending.set(
      doc.uri,
      later(() => {
        this.pending.delete(doc.uri);
        const current = s.documents.get(doc.uri);
        if (!current) return;
        // a client that does not read what we write: analyse and publish once it drains (latest version only)
        if (!this.queue.admit(current.uri)) return;
        void diagnosticsOf(s, current)
          .then((diagnostics) => {
            const latest = s.documents.get(doc.uri);
            if (!latest || latest.version !== current.version) return; // a newer push is scheduled
            mark('diagnostics');
            return s.connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
          })
          .catch((e: unknown) => s.log(`publishing diagnostics failed: ${String(e).slice(0, 200)}`));
      }, delay),
    );
  }

  closed(uri: string): void {
    this.queue.forget(uri);
    this.pending.get(uri)?.cancel();
    if (!this.s.client.pull) void this.s.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

export const diagnostics: Feature = {
  capabilities: (s) =>
    s.client.pull ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: true, workspaceDiagnostics: false } } : {},

  register(s) {
    const push = new Pusher(s);
    s.addFigures(() => ({ staleDocuments: push.queue.staleCount }));
    s.documents.onDidOpen((e) => push.schedule(e.document, 0));
    // one changed document re-checks in a few ms: no debounce needed
    s.documents.onDidChangeContent((e) => push.schedule(e.document, 0));
    s.documents.onDidClose((e) => push.closed(e.document.uri));
    s.onContextChanged(() => {
      if (s.client.pull) void s.connection.languages.diagnostics.refresh();
      else for (const d of s.documents.all()) push.schedule(d, 0);
    });

    s.connection.languages.diagnostics.on(async (params, token) => {
      const doc = s.documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const resultId = `${doc.version}:${s.contextId}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      const items = await diagnosticsOf(s, doc);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    });
  },
};
