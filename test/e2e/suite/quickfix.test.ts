// Quick fixes offered for admission errors remove those errors once applied; so does the fix-all source action.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describe, openFixture, revertAndClose, waitForDiagnostics } from './util';

const CODES = ['IFACE-02', 'BIND-03'];
const FIX_ALL = 'source.fixAll.virtwire';

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      range,
      kind,
    )) ?? [];
  // The API command drops CodeAction.diagnostics; the server answers for the findings under the range, and the
  // fixture's error ranges do not overlap, so every action with an edit here belongs to the diagnostic asked about.
  return actions.filter((a): a is vscode.CodeAction => 'edit' in a && !!a.edit);
}

const waitForBoth = (uri: vscode.Uri): Promise<vscode.Diagnostic[]> =>
  waitForDiagnostics(uri, (all) => CODES.every((c) => all.some((d) => codeOf(d) === c)), `${CODES.join(' and ')}`);

for (const code of CODES) {
  test(`quick fix clears ${code}`, async (t) => {
    const { document: doc } = await openFixture('vm-errors.yaml');
    try {
      const before = await waitForBoth(doc.uri);
      const diag = before.find((d) => codeOf(d) === code)!;
      const fixes = await actionsAt(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
      assert.ok(fixes.length > 0, `no quick fix offered for ${code}`);
      const fix = fixes.find((f) => f.isPreferred) ?? fixes[0]!;
      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, `applying "${fix.title}"`);
      const after = await waitForDiagnostics(
        doc.uri,
        (all) => !all.some((d) => codeOf(d) === code),
        `${code} to go away after "${fix.title}"`,
      );
      assert.ok(doc.isDirty, 'the fix edited the buffer');
      t.diagnostic(`offered ${JSON.stringify(fixes.map((f) => f.title))}; applied "${fix.title}"; remaining ${describe(after)}`);
    } finally {
      await revertAndClose();
    }
  });
}

test(`${FIX_ALL} applies the preferred fixes (editor.codeActionsOnSave)`, async (t) => {
  const { document: doc } = await openFixture('vm-errors.yaml');
  try {
    const before = await waitForBoth(doc.uri);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const [fixAll] = await actionsAt(doc, whole, FIX_ALL);
    assert.ok(fixAll, `no ${FIX_ALL} action offered`);
    assert.equal(fixAll.kind?.value, FIX_ALL);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit!), true);
    // BIND-03 has a preferred fix (remove the reserved MAC address).
    const after = await waitForDiagnostics(doc.uri, (all) => !all.some((d) => codeOf(d) === 'BIND-03'), 'BIND-03 to go away');
    assert.ok(doc.isDirty, 'fix-all edited the buffer');
    t.diagnostic(`before ${describe(before)}; after ${describe(after)}`);
  } finally {
    await revertAndClose();
  }
});
