// The VS Code client: starts `virtwire-language-server` for YAML files and adds two commands. All KubeVirt
// knowledge lives in the server; this file only wires VS Code to it.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

const CLIENT_ID = 'virtwire'; // also makes the client read `virtwire.trace.server`
const SERVER_MODULE = 'out/server/src/lsp/main.js';
const WIRING_SCHEME = 'virtwire-wiring';
const WIRING_REQUEST = 'virtwire.wiringDocument';
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
  };
}

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  trace: vscode.LogOutputChannel,
): LanguageClient | undefined {
  const module = context.asAbsolutePath(SERVER_MODULE);
  if (!fs.existsSync(module)) {
    output.appendLine(`Virtwire: ${module} is missing; build the extension first (npm run build).`);
    void vscode.window.showErrorMessage('Virtwire: the language server is not built (missing ' + SERVER_MODULE + ').');
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
    },
    markdown: { supportHtml: true, isTrusted: false },
    outputChannel: output,
    traceOutputChannel: trace,
  };
  return new LanguageClient(CLIENT_ID, 'Virtwire Language Server', serverOptions, clientOptions);
}

let trace: (vscode.LogOutputChannel & vscode.Disposable) | undefined;

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  client = createClient(context, output, trace ?? output);
  if (!client) return;
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`Virtwire: the language server failed to start: ${String(e)}`);
    client = undefined;
  }
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.stop();
    } catch (e) {
      output.appendLine(`Virtwire: stopping the language server: ${String(e)}`);
    }
  }
  await start(context, output);
  output.appendLine('Virtwire: language server restarted.');
}

async function showWiring(wiring: WiringDocuments): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') {
    void vscode.window.showInformationMessage('Virtwire: open a YAML file with a KubeVirt VM to show its wiring.');
    return;
  }
  if (!client) {
    void vscode.window.showErrorMessage('Virtwire: the language server is not running.');
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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Virtwire', { log: true });
  const wiring = new WiringDocuments();
  trace = traceChannel(output);
  context.subscriptions.push(
    output,
    trace,
    wiring,
    vscode.workspace.registerTextDocumentContentProvider(WIRING_SCHEME, wiring),
    vscode.commands.registerCommand('virtwire.restartServer', () => restart(context, output)),
    vscode.commands.registerCommand('virtwire.showWiring', () => showWiring(wiring)),
  );
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
