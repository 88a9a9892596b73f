// "Virtwire: Show wiring diagram": a webview beside the editor showing the wiring diagram of the VM under the
// cursor, redrawn when the cursor moves to another VM, when another YAML editor becomes active and when the
// document changes. The language server draws it (command virtwire.wiringDiagram: the SVG and its style sheet);
// this file only hosts the picture (the page itself: diagram-page.ts).

import * as vscode from 'vscode';
import { diagramHtml, pageOf, type DiagramAnswer } from './diagram-page';

export type { DiagramAnswer } from './diagram-page';

export const SHOW_DIAGRAM = 'virtwire.showWiringDiagram';
const VIEW_TYPE = 'virtwire.wiringDiagram';
/** Cursor moves and keystrokes come in bursts: redraw once they pause. */
const SETTLE_MS = 150;

export type DiagramRequest = (uri: string, position: { line: number; character: number }) => Promise<DiagramAnswer | null>;

function isYaml(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'yaml';
}

export class DiagramView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: { uri: vscode.Uri; position: vscode.Position } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Answers to older requests are dropped. */
  private generation = 0;
  /** The page shown (as JSON): a redraw that would show the same leaves the webview alone. */
  private shown = '';
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly request: () => DiagramRequest | undefined,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (isYaml(e.textEditor.document)) this.follow(e.textEditor.document.uri, e.selections[0]!.active);
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isYaml(e.document)) this.follow(e.document.uri, e.selection.active);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.source && e.document.uri.toString() === this.source.uri.toString() && e.contentChanges.length > 0) this.schedule();
      }),
    ];
  }

  /** The command: for a document and position (a hover's link), else the active editor's cursor. */
  async show(uri?: unknown, position?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (typeof uri === 'string') {
      const p = position as { line?: unknown; character?: unknown } | undefined;
      const pos =
        p && typeof p.line === 'number' && typeof p.character === 'number'
          ? new vscode.Position(p.line, p.character)
          : new vscode.Position(0, 0);
      this.source = { uri: vscode.Uri.parse(uri), position: pos };
    } else if (editor && isYaml(editor.document)) {
      this.source = { uri: editor.document.uri, position: editor.selection.active };
    } else {
      void vscode.window.showInformationMessage('Virtwire: open a YAML file with a KubeVirt VM to show its wiring diagram.');
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        VIEW_TYPE,
        'Wiring diagram',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableCommandUris: false,
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = '';
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    await this.redraw();
  }

  private follow(uri: vscode.Uri, position: vscode.Position): void {
    if (!this.panel) return;
    this.source = { uri, position };
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.redraw(), SETTLE_MS);
  }

  private async redraw(): Promise<void> {
    const panel = this.panel;
    const source = this.source;
    const request = this.request();
    if (!panel || !source) return;
    const generation = ++this.generation;
    let answer: DiagramAnswer | null = null;
    if (request) {
      try {
        answer = await request(source.uri.toString(), { line: source.position.line, character: source.position.character });
      } catch (e) {
        this.output.error(`wiring diagram: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (generation !== this.generation || panel !== this.panel) return; // a newer redraw is on its way, or closed
    const page = pageOf(answer, source.uri.path.split('/').pop() || 'this file', !!request);
    const key = JSON.stringify(page);
    if (key === this.shown) return; // the cursor moved inside the same VM
    this.shown = key;
    panel.title = page.index >= 0 ? `Wiring: ${page.name || page.kind}` : 'Wiring diagram';
    panel.webview.html = diagramHtml(page);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
