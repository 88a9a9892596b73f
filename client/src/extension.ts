// The VS Code client: starts `virtwire-language-server` for YAML files and adds three commands (the wiring
// diagram's webview lives in diagram.ts). All KubeVirt knowledge lives in the server; this file only wires VS Code
// to it.

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
const DIAGRAM_REQUEST = 'virtwire.wiringDiagram';
const YAML_EXTENSION = 'redhat.vscode-yaml';

let client: LanguageClient | undefined;

/** Wiring documents produced by the server, keyed by their virtual URI. Read-only: VS Code has no save for them. */
class WiringDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '_No wiring computed for this document yet: run "Virtwire: Show wiring"._\n';
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
      // hovers end with a link to "Show wiring diagram" (the only command their Markdown may run)
      diagramCommand: SHOW_DIAGRAM,
    },
    markdown: { supportHtml: true, isTrusted: { enabledCommands: [SHOW_DIAGRAM] } },
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

async function showWiring(wiring: WiringDocuments, output: vscode.OutputChannel): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') {
    void vscode.window.showInformationMessage('Virtwire: open a YAML file with a KubeVirt VM to show its wiring.');
    return;
  }
  if (!client) {
    notifyFailure(output, 'the language server is not running.', { restart: true });
    return;
  }
  const source = editor.document.uri;
  const markdown = await client.sendRequest(ExecuteCommandRequest.type, {
    command: WIRING_REQUEST,
    arguments: [source.toString()],
  });
  if (typeof markdown !== 'string' || markdown.trim() === '') {
    void vscode.window.showInformationMessage('Virtwire: no wiring to show for this document.');
    return;
  }
  const name = source.path.split('/').pop() || 'document';
  const uri = vscode.Uri.from({ scheme: WIRING_SCHEME, path: `/${name}.wiring.md`, query: source.toString() });
  wiring.set(uri, markdown);
  // The built-in Markdown extension registers markdown.showPreview only once activated (getCommands does not list
  // it before), so try it and fall back to the plain text when it is missing or disabled.
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }
}

/** The server's diagram of the VM at a position, while a server runs. */
function diagramRequest(): DiagramRequest | undefined {
  const c = client;
  if (!c) return undefined;
  return async (uri, position) =>
    // drawn top to bottom: the panel beside the editor is tall and narrow
    (await c.sendRequest(ExecuteCommandRequest.type, { command: DIAGRAM_REQUEST, arguments: [uri, position, { direction: 'down' }] })) as DiagramAnswer | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Virtwire', { log: true });
  const wiring = new WiringDocuments();
  const diagram = new DiagramView(diagramRequest, output);
  trace = traceChannel(output);
  context.subscriptions.push(
    output,
    trace,
    wiring,
    vscode.workspace.registerTextDocumentContentProvider(WIRING_SCHEME, wiring),
    vscode.commands.registerCommand('virtwire.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand('virtwire.showWiring', () => showWiring(wiring, output)),
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
