// What every feature of the language server shares: the connection, the open documents, the analyses of their
// current versions (cached per document and per context), the cluster context they are judged in, and what the
// client said about itself in `initialize`. Features (feature.ts) read and ask; only the context feature sets
// the context, and only here are analyses made, cached and freed.

import { createHash } from 'node:crypto';
import type { CancellationToken, Connection, InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AnalysisCache,
  analyzeText,
  contextKey,
  defaultContext,
  editorDump,
  fileContext,
  pendingDocuments,
  type Context,
  type EditorDump,
  type FileAnalysis,
} from '../core/index';
import { AnalysisPool, POOL_THRESHOLD, poolWorthIt } from './analysis-pool';
import { type ClientInfo, clientInfoOf, noClient } from './client-info';
import { safeDocuments } from './documents';
import { MAX_DOCUMENT_CHARS, oversizeAnalysis } from './limits';
import { uriToPath, WorkspaceContext } from './workspace-context';

export function isYaml(doc: TextDocument): boolean {
  return doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.uri);
}

/** A short id of a context: results computed in another context are stale. */
function idOf(ctx: Context): string {
  return createHash('sha1').update(contextKey(ctx)).digest('hex').slice(0, 12);
}

type Analysed = { version: number; ctxId: string; analysis: FileAnalysis };

export class Session {
  readonly documents = safeDocuments();
  readonly cache = new AnalysisCache();
  readonly workspace: WorkspaceContext;
  client: ClientInfo = noClient();
  private context: Context = defaultContext();
  private id = idOf(this.context);
  private pool: AnalysisPool | undefined;
  private readonly analyses = new Map<string, Analysed>();
  /** A running VM's dump (VMI with status, launcher pod): doctor findings and the pod's concrete values. */
  private readonly dumps = new Map<string, { version: number; ctxId: string; dump: EditorDump | undefined }>();
  /** Analyses on worker threads in flight, by URI and version: requests wait for them instead of redoing them. */
  private readonly inflight = new Map<string, { version: number; done: Promise<FileAnalysis> }>();
  private readonly contextListeners: (() => void)[] = [];
  /** When the client last asked for something (hover, code actions): idle work waits for a quiet moment. */
  lastRequestAt = 0;
  private readonly settingsListeners: (() => void)[] = [];
  private readonly figures: (() => Record<string, number>)[] = [];

  constructor(readonly connection: Connection) {
    this.workspace = new WorkspaceContext(
      connection,
      () =>
        new Map(
          this.documents
            .all()
            .filter(isYaml)
            .map((d) => [uriToPath(d.uri), d.getText()]),
        ),
      () => this.client.hasConfiguration,
      (m) => this.log(m),
    );
  }

  log(m: string): void {
    this.connection.console.log(m);
  }

  /** Reads the client's `initialize` parameters. */
  initialize(params: InitializeParams): void {
    const { client, settings } = clientInfoOf(params);
    if (settings) this.workspace.settings = settings;
    this.client = client;
    if (poolWorthIt()) this.pool ??= new AnalysisPool(); // the workers load and warm up in the background
    this.workspace.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (this.workspace.folders.length === 0 && params.rootUri) this.workspace.folders = [uriToPath(params.rootUri)];
  }

  dispose(): void {
    this.pool?.dispose();
  }

  /** The cluster context documents are judged in. */
  get ctx(): Context {
    return this.context;
  }

  /** Identifies the current context (part of pull diagnostics' result ids). */
  get contextId(): string {
    return this.id;
  }

  /** Sets the context; when it differs from the one before, the listeners run (diagnostics are refreshed). */
  setContext(ctx: Context): void {
    this.context = ctx;
    const id = idOf(ctx);
    if (id === this.id) return;
    this.id = id;
    for (const f of this.contextListeners) f();
  }

  onContextChanged(f: () => void): void {
    this.contextListeners.push(f);
  }

  /** After the settings were read again (a feature whose setting changed refreshes what it shows). */
  onSettingsLoaded(f: () => void): void {
    this.settingsListeners.push(f);
  }

  settingsLoaded(): void {
    for (const f of this.settingsListeners) f();
  }

  dumpOf(doc: TextDocument): EditorDump | undefined {
    const hit = this.dumps.get(doc.uri);
    if (hit && hit.version === doc.version && hit.ctxId === this.id) return hit.dump;
    let dump: EditorDump | undefined;
    try {
      if (doc.getText().length <= MAX_DOCUMENT_CHARS) dump = editorDump(doc.getText(), this.context);
    } catch (e) {
      this.log(`doctor: ${String(e)}`);
    }
    this.dumps.set(doc.uri, { version: doc.version, ctxId: this.id, dump });
    return dump;
  }

  /** The context a document is judged in: a dump's runtime values, else the session's. */
  contextFor(doc: TextDocument): Context {
    return this.dumpOf(doc)?.ctx ?? this.context;
  }

  /** The analysis of a document's current version in the current context (cached). */
  analysisOf(doc: TextDocument): FileAnalysis {
    const hit = this.analyses.get(doc.uri);
    if (hit && hit.version === doc.version && hit.ctxId === this.id) return hit.analysis;
    const text = doc.getText();
    const analysis =
      text.length > MAX_DOCUMENT_CHARS
        ? oversizeAnalysis(text, this.context)
        : analyzeText(text, this.contextFor(doc), this.cache, hit?.analysis);
    // memory per document: the cache keeps what open documents use now, not every version they had
    this.cache.retain(analysis.keys);
    if (hit) this.cache.release(hit.analysis.keys);
    this.analyses.set(doc.uri, { version: doc.version, ctxId: this.id, analysis });
    return analysis;
  }

  /** The document's current analysis, if it has one (it is superseded by an edit, dropped on close). */
  currentAnalysis(uri: string): FileAnalysis | undefined {
    return this.analyses.get(uri)?.analysis;
  }

  /** The analysis for a request: waits for one in flight for this version, else computes it here. */
  async analysisForRequest(doc: TextDocument): Promise<FileAnalysis> {
    const f = this.inflight.get(doc.uri);
    if (f && f.version === doc.version) return f.done;
    return this.analysisOf(doc);
  }

  /**
   * What a request about a document works on: the open YAML document and its current analysis, or undefined when
   * the document is not open YAML or the client cancelled the request (before or while it was analysed).
   */
  async requestTarget(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; analysis: FileAnalysis } | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !isYaml(doc) || token?.isCancellationRequested) return undefined;
    const analysis = await this.analysisForRequest(doc);
    return token?.isCancellationRequested ? undefined : { doc, analysis };
  }

  /** Like analysisOf, but a large file's uncached documents are first analysed on worker threads. */
  analysisOfAsync(doc: TextDocument): Promise<FileAnalysis> {
    const hit = this.analyses.get(doc.uri);
    if (hit && hit.version === doc.version && hit.ctxId === this.id) return Promise.resolve(hit.analysis);
    const f = this.inflight.get(doc.uri);
    if (f && f.version === doc.version) return f.done;
    const done = this.analyseWithPool(doc).finally(() => {
      if (this.inflight.get(doc.uri)?.done === done) this.inflight.delete(doc.uri);
    });
    this.inflight.set(doc.uri, { version: doc.version, done });
    return done;
  }

  private async analyseWithPool(doc: TextDocument): Promise<FileAnalysis> {
    const text = doc.getText();
    // without workers (fewer than 4 CPUs) there is nothing to hand out: no need to look for what is pending
    if (text.length > MAX_DOCUMENT_CHARS || !poolWorthIt()) return this.analysisOf(doc);
    const fctx = fileContext(text, this.context, this.cache);
    const pending = pendingDocuments(text, fctx, this.cache);
    const t0 = performance.now();
    if (pending.length >= POOL_THRESHOLD) {
      this.pool ??= new AnalysisPool();
      if (this.pool.usable) await this.pool.analyze(pending, fctx, this.cache);
    }
    const t1 = performance.now();
    const a = this.analysisOf(doc);
    if (process.env.VIRTWIRE_TIMING) {
      const assemble = (performance.now() - t1).toFixed(1);
      process.stderr.write(`[virtwire] ${pending.length} pending: pool ${(t1 - t0).toFixed(1)} ms, assemble ${assemble} ms\n`);
    }
    return a;
  }

  /** A closed document: what only it used is freed. */
  forget(uri: string): void {
    const closed = this.analyses.get(uri);
    if (closed) this.cache.release(closed.analysis.keys);
    this.analyses.delete(uri);
    this.dumps.delete(uri);
    this.inflight.delete(uri);
  }

  /** A feature's own figures for `virtwire/stats`. */
  addFigures(f: () => Record<string, number>): void {
    this.figures.push(f);
  }

  /** Open documents, cache and the features' figures (`virtwire/stats`). */
  stats(): Record<string, number> {
    const own = {
      openDocuments: this.documents.all().length,
      analyses: this.analyses.size,
      cacheEntries: this.cache.size,
      cacheChars: this.cache.heldChars,
    };
    return Object.assign(own, ...this.figures.map((f) => f()));
  }
}
