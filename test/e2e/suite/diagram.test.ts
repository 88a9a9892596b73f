// "Virtwire: Show wiring diagram": the command exists, opens one webview beside the editor (the editor keeps the
// focus), and hovers end with a link to it. What the webview shows is checked on its DOM by dom/50-diagram.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, poll, positionOf } from './util';

const VIEW_TYPE = 'virtwire.wiringDiagram';

function diagramTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(VIEW_TYPE));
}

/** Resolves once the tabs satisfy `ok`: now or at a later tab change. */
function tabsWhere(ok: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
  if (ok()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!ok()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

test('Show wiring diagram opens one webview beside the editor, and the editor keeps the focus', async () => {
  const editor = await openFixture('vm-diagram.yaml');
  try {
    assert.ok((await vscode.commands.getCommands(true)).includes('virtwire.showWiringDiagram'));
    editor.selection = new vscode.Selection(positionOf(editor.document, /sriov: \{\}/), positionOf(editor.document, /sriov: \{\}/));
    await vscode.commands.executeCommand('virtwire.showWiringDiagram');
    await tabsWhere(() => diagramTabs().length === 1, 'the diagram tab');
    const tab = diagramTabs()[0]!;
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor, not in its group');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor keeps the focus');
    // the title names the VM under the cursor once the server has answered
    await tabsWhere(() => diagramTabs()[0]?.label === 'Wiring: fast', 'the tab title "Wiring: fast"');
    // running it again reveals the same view
    await vscode.commands.executeCommand('virtwire.showWiringDiagram');
    assert.equal(diagramTabs().length, 1);
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
});

test('the hover on an interface ends with a link to the diagram of its VM', async () => {
  const { document: doc } = await openFixture('vm-diagram.yaml');
  try {
    const at = positionOf(doc, /- name: (storage)/).translate(0, 2);
    const hovers = await poll(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (h) => hoverText(h ?? []).includes('Show wiring diagram'),
    );
    const text = hoverText(hovers ?? []);
    const m = /\[Show wiring diagram\]\(command:virtwire\.showWiringDiagram\?([^ )]+)/.exec(text);
    assert.ok(m, text.slice(-400));
    const [uri, position] = JSON.parse(decodeURIComponent(m[1]!)) as [string, { line: number; character: number }];
    assert.equal(uri, doc.uri.toString());
    assert.deepEqual(position, { line: at.line, character: at.character });
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
});
