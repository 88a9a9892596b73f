// The extension's own commands: they are registered, and "Show wiring" opens the server's Markdown read-only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, revertAndClose, waitForDiagnostics } from './util';

test('commands are registered', async () => {
  await openFixture('vm-masquerade.yaml');
  try {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['virtwire.restartServer', 'virtwire.showWiring']) assert.ok(all.includes(c), `${c} registered`);
  } finally {
    await revertAndClose();
  }
});

test('Show wiring opens a read-only virtwire-wiring document for the active file', async () => {
  const { document: doc } = await openFixture('vm-masquerade.yaml');
  try {
    const opened = new Promise<vscode.TextDocument>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no virtwire-wiring document opened within 20 s')), 20000);
      const existing = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'virtwire-wiring');
      if (existing) return resolve(existing);
      const sub = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.scheme !== 'virtwire-wiring') return;
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      });
    });
    await vscode.commands.executeCommand('virtwire.showWiring');
    const wiring = await opened;
    assert.match(wiring.uri.path, /vm-masquerade\.yaml\.wiring\.md$/);
    assert.equal(wiring.uri.query, doc.uri.toString());
    assert.match(wiring.getText(), /web/, 'names the VM');
    assert.match(wiring.getText(), /frontend/, 'names the interface');
    // it follows edits: port 80 → 8080 in the source shows 8080 in the wiring
    const changed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the wiring document did not follow the edit within 20 s')), 20000);
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== wiring.uri.toString() || !/8080/.test(e.document.getText())) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });
    const edit = new vscode.WorkspaceEdit();
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.endsWith('port: 80'));
    edit.insert(doc.uri, new vscode.Position(line, doc.lineAt(line).text.length), '80');
    await vscode.workspace.applyEdit(edit);
    await changed;
    // and the editor of the YAML file keeps the focus, beside the preview
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
  } finally {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
});

test('Restart language server brings diagnostics back', async () => {
  const { document: doc } = await openFixture('vm-errors.yaml');
  try {
    await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'IFACE-02'), 'IFACE-02 before the restart');
    // Stopping the client clears its diagnostics; the new server publishes them again.
    const cleared = waitForDiagnostics(doc.uri, (all) => all.length === 0, 'diagnostics to be cleared by the restart');
    await vscode.commands.executeCommand('virtwire.restartServer');
    await cleared;
    await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'IFACE-02'), 'IFACE-02 after the restart');
  } finally {
    await revertAndClose();
  }
});
