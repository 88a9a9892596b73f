// The language server: documents in, core analyses out, mapped to LSP. Holds no KubeVirt logic.

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, analyzeText, fileContext, pendingDocuments, type FileAnalysis } from '../core/analyze';
import { AnalysisPool, POOL_THRESHOLD, poolWorthIt } from './analysis-pool';
import { warmUp } from '../core/warmup';
import { createHash } from 'node:crypto';
import { contextKey, defaultContext, type Context } from '../core/context/context';
import { hoverAt } from '../core/render/hover';
import { fixesFor } from '../core/fixes/index';
import { fixAll } from '../core/fixes/fix-all';
import { renderWiringDocument } from '../core/render/wiring-document';
import { mark } from './timing';
import { toCodeAction, toDiagnostic, toRange, toWorkspaceEdit, SOURCE } from './convert';
import { editorDump, type EditorDump } from '../core/doctor/editor';
import type { Settings } from './settings-context';
import { uriToPath, WorkspaceContext } from './workspace-context';
import { safeDocuments } from './documents';
import { PushQueue, transportOutput } from './push-queue';
import { DIAGRAM_COMMAND, diagramAnswer, diagramArguments, diagramLink } from './diagram';
import { internalDiagnostic, oversizeAnalysis, MAX_DOCUMENT_CHARS } from './limits';

export const FIX_ALL_KIND = 'source.fixAll.virtwire';
/** How long after `initialized` the warm-up starts when no document has been opened. */
const WARM_UP_DELAY_MS = 150;
export const COMMANDS = { wiringDocument: 'virtwire.wiringDocument', wiringDiagram: DIAGRAM_COMMAND } as const;

/** Codes the Red Hat YAML extension already reports for the same reason. */
const YAML_EXTENSION_CODES = new Set(['YAML-SYNTAX', 'YAML-DUPKEY']);

function isYaml(doc: TextDocument): boolean {
  return doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.uri);
}

export function startServer(connection: Connection): void {
  const documents = safeDocuments();
  const cache = new AnalysisCache();
  const analyses = new Map<string, { version: number; analysis: FileAnalysis }>();
  let ctx: Context = defaultContext();
  let pull = false;
  let hasConfiguration = false;
  let capabilities: InitializeParams['capabilities'] = {};
  let yamlExtensionActive = false;
  /** The client renders the HTML subset of Markdown (folded sections in hovers). */
  let hoverHtml = false;
  /** The client's command that shows the wiring diagram (hovers link to it), if it has one. */
  let diagramCommand: string | undefined;
  /** Identifies the current context: results computed in another context are stale. */
  let contextId = idOf(ctx);
  let pool: AnalysisPool | undefined;

  const log = (m: string): void => connection.console.log(m);
  const workspace = new WorkspaceContext(
    connection,
    () => new Map(documents.all().filter(isYaml).map((d) => [uriToPath(d.uri), d.getText()])),
    () => hasConfiguration,
    log,
  );
  const pushQueue = new PushQueue(transportOutput(), (uri) => {
    const d = documents.get(uri);
    if (d) schedulePush(d, 0);
  });

  /** A running VM's dump (VMI with status, launcher pod): doctor findings and the pod's concrete values. */
  const dumps = new Map<string, { version: number; ctxId: string; dump: EditorDump | undefined }>();
  function dumpOf(doc: TextDocument): EditorDump | undefined {
    const hit = dumps.get(doc.uri);
    if (hit && hit.version === doc.version && hit.ctxId === contextId) return hit.dump;
    let dump: EditorDump | undefined;
    try {
      if (doc.getText().length <= MAX_DOCUMENT_CHARS) dump = editorDump(doc.getText(), ctx);
    } catch (e) {
      log(`doctor: ${String(e)}`);
    }
    dumps.set(doc.uri, { version: doc.version, ctxId: contextId, dump });
    return dump;
  }

  function analysisOf(doc: TextDocument): FileAnalysis {
    const hit = analyses.get(doc.uri);
    if (hit && hit.version === doc.version && (hit.analysis as { ctxId?: string }).ctxId === contextId) return hit.analysis;
    const text = doc.getText();
    const analysis = text.length > MAX_DOCUMENT_CHARS ? oversizeAnalysis(text, ctx) : analyzeText(text, dumpOf(doc)?.ctx ?? ctx, cache);
    (analysis as { ctxId?: string }).ctxId = contextId;
    // memory per document: the cache keeps what open documents use now, not every version they had
    cache.retain(analysis.keys);
    if (hit) cache.release(hit.analysis.keys);
    analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  /** Analyses on worker threads in flight, by URI and version: requests wait for them instead of redoing them. */
  const inflight = new Map<string, { version: number; done: Promise<FileAnalysis> }>();

  /** The analysis for a request: waits for one in flight for this version, else computes it here. */
  async function analysisForRequest(doc: TextDocument): Promise<FileAnalysis> {
    const f = inflight.get(doc.uri);
    if (f && f.version === doc.version) return f.done;
    return analysisOf(doc);
  }

  /** Like analysisOf, but a large file's uncached documents are first analysed on worker threads. */
  function analysisOfAsync(doc: TextDocument): Promise<FileAnalysis> {
    const hit = analyses.get(doc.uri);
    if (hit && hit.version === doc.version && (hit.analysis as { ctxId?: string }).ctxId === contextId) return Promise.resolve(hit.analysis);
    const f = inflight.get(doc.uri);
    if (f && f.version === doc.version) return f.done;
    const done = analyseWithPool(doc).finally(() => {
      if (inflight.get(doc.uri)?.done === done) inflight.delete(doc.uri);
    });
    inflight.set(doc.uri, { version: doc.version, done });
    return done;
  }

  async function analyseWithPool(doc: TextDocument): Promise<FileAnalysis> {
    const text = doc.getText();
    // without workers (fewer than 4 CPUs) there is nothing to hand out: no need to look for what is pending
    if (text.length > MAX_DOCUMENT_CHARS || !poolWorthIt()) return analysisOf(doc);
    const fctx = fileContext(text, ctx, cache);
    const pending = pendingDocuments(text, fctx, cache);
    const t0 = performance.now();
    if (pending.length >= POOL_THRESHOLD) {
      pool ??= new AnalysisPool();
      if (pool.usable) await pool.analyze(pending, fctx, cache);
    }
    const t1 = performance.now();
    const a = analysisOf(doc);
    if (process.env.VIRTWIRE_TIMING) process.stderr.write(`[virtwire] ${pending.length} pending: pool ${(t1 - t0).toFixed(1)} ms, assemble ${(performance.now() - t1).toFixed(1)} ms\n`);
    return a;
  }

  /**
   * In idle time after diagnostics, wire every VM document of the file, one per turn of the event loop, so
   * the first hover on any of them is served from the cache.
   */
  function prepareHovers(uri: string, analysis: FileAnalysis): void {
    let next = 0;
    const slice = (): void => {
      const current = analyses.get(uri);
      if (!current || current.analysis !== analysis) return; // superseded by an edit or closed
      // one document per turn of the event loop, so a request never waits behind more than one
      while (next < analysis.docs.length) {
        const d = analysis.docs[next++]!;
        if (d.resource) {
          d.wiring();
          break;
        }
      }
      if (next < analysis.docs.length) setImmediate(slice);
    };
    setImmediate(slice);
  }

  async function diagnosticsOf(doc: TextDocument): Promise<Diagnostic[]> {
    if (!isYaml(doc)) return [];
    try {
      await workspace.settle();
      const a = await analysisOfAsync(doc);
      mark('analyzed');
      prepareHovers(doc.uri, a);
      return [...a.findings, ...(dumpOf(doc)?.findings ?? [])]
        .filter((f) => !(yamlExtensionActive && YAML_EXTENSION_CODES.has(f.code)))
        .map((f) => toDiagnostic(doc, f));
    } catch (e) {
      // never a crash, never silence: the document says that Virtwire failed on it
      log(`analysis of ${doc.uri} failed: ${String(e).slice(0, 200)}`);
      return [internalDiagnostic(e)];
    }
  }

  const pending = new Map<string, NodeJS.Timeout>();
  function schedulePush(doc: TextDocument, delay: number): void {
    if (pull) return;
    clearTimeout(pending.get(doc.uri));
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (!current) return;
        // a client that does not read what we write: analyse and publish once it drains (latest version only)
        if (!pushQueue.admit(current.uri)) return;
        void diagnosticsOf(current)
          .then((diagnostics) => {
            const latest = documents.get(doc.uri);
            if (!latest || latest.version !== current.version) return; // a newer push is scheduled
            mark('diagnostics');
            return connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
          })
          .catch((e: unknown) => log(`publishing diagnostics failed: ${String(e).slice(0, 200)}`));
      }, delay),
    );
  }

  function refreshAll(): void {
    const id = idOf(ctx);
    if (id === contextId) return;
    contextId = id;
    if (pull) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedulePush(d, 0);
  }

  /** Settings, the files they name and the workspace's facts → the context (settings are untrusted). */
  async function loadSettings(): Promise<void> {
    ctx = await workspace.load();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    mark('initialize');
    pull = !!params.capabilities.textDocument?.diagnostic;
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    const init = (params.initializationOptions ?? {}) as {
      settings?: Settings;
      yamlExtensionActive?: boolean;
      hoverHtml?: boolean;
      diagramCommand?: unknown;
    };
    if (init.settings && typeof init.settings === 'object') workspace.settings = init.settings;
    capabilities = params.capabilities;
    yamlExtensionActive = !!init.yamlExtensionActive;
    hoverHtml = !!init.hoverHtml;
    if (typeof init.diagramCommand === 'string' && /^[\w.-]{1,100}$/.test(init.diagramCommand)) diagramCommand = init.diagramCommand;
    if (poolWorthIt()) pool ??= new AnalysisPool(); // the workers load and warm up in the background
    workspace.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (workspace.folders.length === 0 && params.rootUri) workspace.folders = [uriToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [COMMANDS.wiringDocument, COMMANDS.wiringDiagram] },
        ...(pull ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'virtwire-language-server' },
    };
  });

  connection.onShutdown(() => pool?.dispose());

  connection.onInitialized(async () => {
    // warm up in small steps until the first document arrives; not at once: an editor opening a file sends its
    // didOpen right after `initialized`, and that file's diagnostics should not wait for a warm-up step
    let rounds = 0;
    const warmStep = (): void => {
      if (documents.all().length > 0 || rounds >= 300) return;
      warmUp(2);
      rounds += 2;
      setImmediate(warmStep);
    };
    setTimeout(warmStep, WARM_UP_DELAY_MS);
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'virtwire' }).catch(() => undefined);
    }
    workspace.watchFiles(capabilities);
    // the scan runs in the background: requests are answered meanwhile, the context follows when it ends
    workspace.startScan(() => void loadSettings().then(refreshAll));
    await loadSettings();
    refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const s = (change?.settings as { virtwire?: Settings } | undefined)?.virtwire;
    if (s && typeof s === 'object') workspace.settings = s;
    await loadSettings();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    if (await workspace.filesChanged(params)) {
      await loadSettings();
      refreshAll();
    }
  });

  const CONTEXT_KINDS = /\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition|UserDefinedNetwork|ClusterUserDefinedNetwork)\b/;
  documents.onDidOpen((e) => {
    mark('didOpen');
    schedulePush(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    mark('didChange');
    if (CONTEXT_KINDS.test(e.document.getText())) void loadSettings().then(refreshAll);
    schedulePush(e.document, 0); // one changed document re-checks in a few ms: no debounce needed
  });
  documents.onDidClose((e) => {
    // its unsaved CR or NADs no longer count (the saved copy, if any, does)
    if (CONTEXT_KINDS.test(e.document.getText())) void loadSettings().then(refreshAll);
    const closed = analyses.get(e.document.uri);
    if (closed) cache.release(closed.analysis.keys); // what only this document used is freed
    analyses.delete(e.document.uri);
    dumps.delete(e.document.uri);
    inflight.delete(e.document.uri);
    pushQueue.forget(e.document.uri);
    clearTimeout(pending.get(e.document.uri));
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${doc.version}:${contextId}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await diagnosticsOf(doc);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isYaml(doc) || token.isCancellationRequested) return null;
    const analysis = await analysisForRequest(doc);
    if (token.isCancellationRequested) return null;
    const h = hoverAt(analysis, doc.offsetAt(params.position), { html: hoverHtml });
    if (!h) return null;
    const link = diagramCommand ? diagramLink(diagramCommand, doc.uri, params.position) : '';
    return { contents: { kind: 'markdown', value: h.markdown + link }, range: toRange(doc, h.span) };
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isYaml(doc) || token.isCancellationRequested) return [];
    const analysis = await analysisForRequest(doc);
    if (token.isCancellationRequested) return [];
    const only = params.context.only;
    const wantFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll) ?? false;
    const wantQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const actions: CodeAction[] = [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    if (wantQuick) {
      for (const f of analysis.findings) {
        if (f.span.end < start || f.span.start > end) continue;
        const diag = toDiagnostic(doc, f);
        for (const fix of fixesFor(analysis, f)) actions.push(toCodeAction(doc, fix, [diag]));
      }
    }
    if (wantFixAll) {
      // round after round until no preferred fix is left, so a second fix-all (save) changes nothing
      const rounds: string[] = [];
      const all = fixAll(analysis, (text) => {
        const a = analyzeText(text, dumpOf(doc)?.ctx ?? ctx, cache);
        rounds.push(...a.keys);
        return a;
      });
      cache.dropUnretained(rounds); // the texts between the rounds belong to no open document
      if (all.edits.length > 0) {
        const fix = { title: 'Fix all Virtwire problems with a preferred fix', code: '', edits: all.edits };
        actions.push({ title: fix.title, kind: FIX_ALL_KIND, edit: toWorkspaceEdit(doc, [fix]) });
      }
    }
    return actions;
  });

  /** Memory and queue figures, for tests and the bench (`virtwire/stats`); `gc: true` collects first when exposed. */
  connection.onRequest('virtwire/stats', (params: { gc?: boolean } | null) => {
    if (params?.gc) (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return {
      openDocuments: documents.all().length,
      analyses: analyses.size,
      cacheEntries: cache.size,
      cacheChars: cache.heldChars,
      staleDocuments: pushQueue.staleCount,
      heapUsed: m.heapUsed,
      rss: m.rss,
    };
  });

  connection.onExecuteCommand((params) => {
    if (params.command === COMMANDS.wiringDocument) {
      const uri = String(params.arguments?.[0] ?? '');
      const doc = documents.get(uri);
      if (!doc) return null;
      return renderWiringDocument(analysisOf(doc), uri.split('/').pop());
    }
    if (params.command === COMMANDS.wiringDiagram) {
      const a = diagramArguments(params.arguments);
      const doc = documents.get(a.uri);
      if (!doc || !isYaml(doc)) return null;
      return analysisForRequest(doc).then((analysis) => diagramAnswer(doc, analysis, a.position, a.options));
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
}

function idOf(ctx: Context): string {
  return createHash('sha1').update(contextKey(ctx)).digest('hex').slice(0, 12);
}
