// The VS Code client: starts `virtwire-language-server` for YAML files and adds three commands — "Show wiring" (the
// server's wiring document in a Markdown preview beside the editor that follows edits; code lenses and hovers run it
// too), "Show wiring diagram" (its webview lives in diagram.ts) and "Restart". All KubeVirt knowledge lives in the
// server; this file only wires VS Code to it.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { notifyFailure, VisibleErrorHandler } from './failures';
import { DiagramView, SHOW_DIAGRAM, type DiagramAnswer, type DiagramRequest } from './diagram';

const CLIENT_ID = 'virtwire'; // also makes the client read `virtwire.trace.server`
/** The bundled server, beside this file's bundle (scripts/bundle.mjs). */
const SERVER_MODULE = 'dist/virtwire-language-server.js';
const WIRING_SCHEME = 'virtwire-wiring';
const WIRING_REQUEST = 'virtwire.wiringDocument';
/** The client's "Show wiring": code lenses and hovers run it (the server learns its name in initializationOptions). */
const SHOW_WIRING = 'virtwire.showWiring';
/** How long the wiring preview waits after the last edit before it asks again. */
const FOLLOW_DELAY_MS = 250;
const DIAGRAM_REQUEST = 'virtwire.wiringDiagram';
const YAML_EXTENSION = 'redhat.vscode-yaml';

let client: LanguageClient | undefined;

/** Wiring documents produced by the server, keyed by their virtual URI. Read-only: VS Code has no save for them. */
class WiringDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** `load` asks the server for a wiring this provider has no text for (a preview VS Code restored, say). */
  constructor(private readonly load: (target: vscode.Uri) => Promise<string | undefined>) {}

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const known = this.texts.get(uri.toString());
    if (known !== undefined) return known;
    const loaded = await this.load(uri).catch(() => undefined);
    if (loaded === undefined) return '_No wiring computed for this document yet: run "Virtwire: Show wiring"._\n';
    this.texts.set(uri.toString(), loaded);
    return loaded;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The channel the client traces into. vscode-languageclient 11 traces only while its channel's log level is Trace;
 * this view of the "Virtwire" channel reports Trace whenever `virtwire.trace.server` is not "off" and writes the
 * trace lines at info level, so the setting alone is enough to see them.
 */
function traceChannel(output: vscode.LogOutputChannel): vscode.LogOutputChannel & vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const level = (): vscode.LogLevel =>
    vscode.workspace.getConfiguration('virtwire').get<string>('trace.server', 'off') === 'off' ? output.logLevel : vscode.LogLevel.Trace;
  const subs = [
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('virtwire.trace.server')) changed.fire(level());
    }),
    output.onDidChangeLogLevel(() => changed.fire(level())),
  ];
  const show = (...a: unknown[]): void => (output.show as (...x: unknown[]) => void)(...a);
  return {
    name: output.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: (m, ...a) => output.info(m, ...a),
    debug: (m, ...a) => output.debug(m, ...a),
    info: (m, ...a) => output.info(m, ...a),
    warn: (m, ...a) => output.warn(m, ...a),
    error: (m, ...a) => output.error(m, ...a),
    append: (v) => output.append(v),
    appendLine: (v) => output.appendLine(v),
    replace: (v) => output.replace(v),
    clear: () => output.clear(),
    show,
    hide: () => output.hide(),
    dispose: () => {
      for (const d of subs) d.dispose();
      changed.dispose();
    },
  };
}

function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('virtwire');
  return {
    clusterContext: c.get<string>('clusterContext', ''),
    runtimeContext: c.get<string | Record<string, unknown>>('runtimeContext', ''),
    kubevirtVersion: c.get<string>('kubevirtVersion', 'auto'),
    clusterProfile: c.get<string>('clusterProfile', 'kubevirt'),
    checkNetworkAttachmentDefinitions: c.get<boolean>('checkNetworkAttachmentDefinitions', true),
    pitfalls: c.get<Record<string, boolean>>('pitfalls', {}),
  };
}

/**
 * vscode-languageclient announces a failed start itself, with a generic text; while starting, its forced
 * notifications only go to the output channel, and start() below announces the failure in our words.
 */
class VirtwireClient extends LanguageClient {
  starting = false;
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.starting && showNotification === 'force' ? false : showNotification);
  }
}

/** The server to run: `virtwire.server.path` (user or remote settings only), else the bundled one. */
function serverModule(context: vscode.ExtensionContext): string {
  const custom = vscode.workspace.getConfiguration('virtwire').get<string>('server.path', '').trim();
  return custom || context.asAbsolutePath(SERVER_MODULE);
}

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  trace: vscode.LogOutputChannel,
  errors: VisibleErrorHandler,
): VirtwireClient | undefined {
  const module = serverModule(context);
  if (!fs.existsSync(module)) {
    output.error(`the language server ${module} does not exist`);
    notifyFailure(output, `the language server is missing (${module}).`);
    return undefined;
  }
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'yaml', scheme: 'file' },
      { language: 'yaml', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'virtwire' },
    initializationOptions: {
      settings: settings(),
      // The server leaves YAML syntax / duplicate-key problems to the Red Hat extension when it is present.
      yamlExtensionActive: !!vscode.extensions.getExtension(YAML_EXTENSION),
      // VS Code renders the HTML subset of Markdown in hovers (with supportHtml below): the server then folds the
      // long in-pod details into <details> instead of pointing to "Show wiring".
      hoverHtml: true,
      // hovers end with a link to "Show wiring diagram" (a command their Markdown may run)
      diagramCommand: SHOW_DIAGRAM,
      // code lenses and hovers open the full wiring beside the editor
      wiringCommand: SHOW_WIRING,
    },
    markdown: { supportHtml: true, isTrusted: { enabledCommands: [SHOW_DIAGRAM, SHOW_WIRING] } },
    outputChannel: output,
    traceOutputChannel: trace,
    errorHandler: errors,
    // a failed initialize is reported by start() (no retry, no second message)
    initializationFailedHandler: () => false,
  };
  return new VirtwireClient(CLIENT_ID, 'Virtwire Language Server', serverOptions, clientOptions);
}

let trace: (vscode.LogOutputChannel & vscode.Disposable) | undefined;
let errors: VisibleErrorHandler | undefined;

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  errors ??= new VisibleErrorHandler(output, () => client?.state);
  const c = createClient(context, output, trace ?? output, errors);
  client = c;
  if (!c) return;
  c.starting = true;
  try {
    await c.start();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    output.error(`the language server failed to start: ${why}`);
    // the reason is in the output channel, next to what the server itself printed
    notifyFailure(output, 'the language server could not start; its output says why.', { restart: true });
    if (client === c) client = undefined;
  } finally {
    c.starting = false;
  }
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const old = client;
  client = undefined;
  errors?.reset();
  if (old) {
    try {
      await old.stop();
    } catch (e) {
      output.appendLine(`Virtwire: stopping the language server: ${String(e)}`);
    }
  }
  await start(context, output);
  if (client) output.appendLine('Virtwire: language server restarted.');
}

/** The wiring preview's virtual document for a source document. */
function wiringUri(source: vscode.Uri): vscode.Uri {
  const name = source.path.split('/').pop() || 'document';
  return vscode.Uri.from({ scheme: WIRING_SCHEME, path: `/${name}.wiring.md`, query: source.toString() });
}

/** The source document of a wiring preview's virtual document (its query), if it is one. */
function sourceOfWiring(target: vscode.Uri): vscode.Uri | undefined {
  if (target.scheme !== WIRING_SCHEME || !target.query) return undefined;
  try {
    return vscode.Uri.parse(target.query, true);
  } catch {
    return undefined;
  }
}

/** Asks the server for a document's wiring (Markdown), or undefined when there is none. */
async function wiringOfDocument(source: vscode.Uri): Promise<string | undefined> {
  const c = client;
  if (!c) return undefined;
  const markdown = await c.sendRequest(ExecuteCommandRequest.type, { command: WIRING_REQUEST, arguments: [source.toString()] });
  return typeof markdown === 'string' && markdown.trim() !== '' ? markdown : undefined;
}

/**
 * The sources whose wiring preview is open, kept current: an edit asks the server again (after a short pause) and
 * the preview follows. At most a few sources are followed.
 */
class FollowedWiring implements vscode.Disposable {
  private readonly sources = new Map<string, vscode.Uri>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subs: vscode.Disposable[];
  constructor(private readonly wiring: WiringDocuments) {
    this.subs = [
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e.document.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme !== WIRING_SCHEME) this.forget(d.uri.toString());
      }),
    ];
  }
  follow(source: vscode.Uri): void {
    const key = source.toString();
    this.sources.delete(key);
    this.sources.set(key, source);
    while (this.sources.size > 8) this.forget(this.sources.keys().next().value!);
  }
  private forget(key: string): void {
    this.sources.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }
  private changed(uri: vscode.Uri): void {
    const key = uri.toString();
    const source = this.sources.get(key);
    if (!source) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void wiringOfDocument(source).then(
          (md) => md && this.wiring.set(wiringUri(source), md),
          () => undefined,
        );
      }, FOLLOW_DELAY_MS),
    );
  }
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.subs) d.dispose();
  }
}

/** "Show wiring": the wiring of the active YAML file (or of `uri`, from a code lens or hover link), beside the editor. */
async function showWiring(wiring: WiringDocuments, followed: FollowedWiring, output: vscode.OutputChannel, uri?: unknown): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  let source: vscode.Uri | undefined;
  if (typeof uri === 'string') {
    try {
      source = vscode.Uri.parse(uri, true);
    } catch {
      source = undefined;
    }
  } else if (editor && editor.document.languageId === 'yaml') source = editor.document.uri;
  if (!source) {
    void vscode.window.showInformationMessage('Virtwire: open a YAML file with a KubeVirt VM to show its wiring.');
    return;
  }
  if (!client) {
    notifyFailure(output, 'the language server is not running.', { restart: true });
    return;
  }
  const markdown = await wiringOfDocument(source);
  if (!markdown) {
    void vscode.window.showInformationMessage('Virtwire: no wiring to show for this document.');
    return;
  }
  const target = wiringUri(source);
  wiring.set(target, markdown);
  followed.follow(source);
  // Beside the editor, which keeps the focus: the Markdown extension's preview editor opened with the editor service's
  // own options (its commands take the focus). It registers that editor only once activated, so fall back to its
  // command, then to the plain text.
  const sourceEditor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source!.toString());
  const beside = { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false };
  try {
    await vscode.commands.executeCommand('vscode.openWith', target, 'vscode.markdown.preview.editor', beside);
    // once more now that the preview has surely opened the document: a preview that read it before (restored by
    // VS Code, say) shows this text too
    wiring.set(target, markdown);
  } catch {
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
    } catch {
      const doc = await vscode.workspace.openTextDocument(target);
      await vscode.window.showTextDocument(doc, { ...beside, preview: true });
    }
  }
  if (sourceEditor && vscode.window.activeTextEditor?.document.uri.toString() !== source.toString()) {
    await vscode.window.showTextDocument(sourceEditor.document, { viewColumn: sourceEditor.viewColumn, preserveFocus: false });
  }
}

/** The server's diagram of the VM at a position, while a server runs. */
function diagramRequest(): DiagramRequest | undefined {
  const c = client;
  if (!c) return undefined;
  return async (uri, position) =>
    // drawn top to bottom: the panel beside the editor is tall and narrow
    (await c.sendRequest(ExecuteCommandRequest.type, {
      command: DIAGRAM_REQUEST,
      arguments: [uri, position, { direction: 'down' }],
    })) as DiagramAnswer | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Virtwire', { log: true });
  // a preview with no text yet (restored by VS Code, or opened before its text arrived) asks the server, then follows
  const wiring = new WiringDocuments(async (target) => {
    const source = sourceOfWiring(target);
    const markdown = source && (await wiringOfDocument(source));
    if (source && markdown) followed.follow(source);
    return markdown || undefined;
  });
  const followed = new FollowedWiring(wiring);
  const diagram = new DiagramView(diagramRequest, output);
  trace = traceChannel(output);
  context.subscriptions.push(
    output,
    trace,
    wiring,
    followed,
    vscode.workspace.registerTextDocumentContentProvider(WIRING_SCHEME, wiring),
    vscode.commands.registerCommand('virtwire.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand(SHOW_WIRING, (uri?: unknown) => showWiring(wiring, followed, output, uri)),
    diagram,
    vscode.commands.registerCommand(SHOW_DIAGRAM, (uri?: unknown, position?: unknown) => diagram.show(uri, position)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('virtwire.server.path')) void restart(context, output);
    }),
  );
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
