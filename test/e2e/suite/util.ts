// Helpers for the in-editor tests: find fixtures, open them, and wait for VS Code events with a deadline
// (never a fixed sleep).

import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'virtwire.virtwire';
export const SOURCE = 'virtwire';

/** The fixture folder: the opened workspace folder, else the source tree next to out/ (test-electron opens it too). */
export function fixturesDir(): string {
  const ws = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (ws && path.basename(ws) === 'fixtures') return ws;
  return path.resolve(__dirname, '../../../../test/e2e/fixtures');
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(fixturesDir(), name));
}

/** Opens a fixture in an editor and makes sure the extension is active. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded (engines.vscode newer than this VS Code?)`);
  await ext.activate();
  return editor;
}

/** Closes the active editor without saving what the test changed. */
export async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

export function describe(ds: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(ds.map((d) => ({ code: codeOf(d), line: d.range.start.line + 1, message: d.message.split('\n')[0] })));
}

/**
 * Resolves with our diagnostics for `uri` once `ok(diagnostics)` holds; checks now and on every
 * onDidChangeDiagnostics event for that URI. Rejects after `timeoutMs` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error, ds?: vscode.Diagnostic[]): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      if (err) reject(err);
      else resolve(ds!);
    };
    const check = (): void => {
      const ds = ours(uri);
      if (ok(ds)) finish(undefined, ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last diagnostics: ${describe(ours(uri))}`)),
      timeoutMs,
    );
    check();
  });
}

/** Retries `get` (e.g. a provider call that is empty until the server is up) until `ok` or the deadline. */
export async function poll<T>(get: () => Thenable<T> | Promise<T>, ok: (v: T) => boolean, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() >= end) return v;
    // Provider calls are requests, not events: wait for the next diagnostics change or 250 ms, whichever is first.
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => done());
      const t = setTimeout(() => done(), 250);
      function done(): void {
        clearTimeout(t);
        sub.dispose();
        resolve();
      }
    });
  }
}

/** Position of the `occurrence`-th match of `re` in the document (at the start of group 1 if present). */
export function positionOf(doc: vscode.TextDocument, re: RegExp, occurrence = 1): vscode.Position {
  const text = doc.getText();
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let n = 0;
  for (const m of text.matchAll(g)) {
    if (++n < occurrence) continue;
    const offset = m.index + (m[1] !== undefined ? m[0].indexOf(m[1]) : 0);
    return doc.positionAt(offset);
  }
  throw new Error(`${re} (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
