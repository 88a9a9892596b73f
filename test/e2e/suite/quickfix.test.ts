// A quick fix offered for an admission error removes that error once applied.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describe, openFixture, revertAndClose, waitForDiagnostics } from './util';

const CODES = ['IFACE-02', 'BIND-03'];

async function fixesFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  return actions.filter(
    (a): a is vscode.CodeAction =>
      'edit' in a && !!a.edit && (a.diagnostics ?? []).some((x) => x.source === 'virtwire' && codeOf(x) === codeOf(d)),
  );
}

test('quick fix clears the admission error it is offered for', async (t) => {
  const { document: doc } = await openFixture('vm-errors.yaml');
  try {
    const before = await waitForDiagnostics(
      doc.uri,
      (all) => CODES.every((c) => all.some((d) => codeOf(d) === c)),
      `${CODES.join(' and ')} on vm-errors.yaml`,
    );
    const offered: string[] = [];
    for (const code of CODES) {
      const diag = before.find((d) => codeOf(d) === code)!;
      const fixes = await fixesFor(doc, diag);
      offered.push(...fixes.map((f) => `${code}: ${f.title}`));
      const fix = fixes.find((f) => f.isPreferred) ?? fixes[0];
      if (!fix) continue;
      const count = before.filter((d) => codeOf(d) === code).length;
      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, `applying "${fix.title}"`);
      const after = await waitForDiagnostics(
        doc.uri,
        (all) => all.filter((d) => codeOf(d) === code).length < count,
        `${code} to go away after "${fix.title}"`,
      );
      assert.ok(doc.isDirty, 'the fix edited the buffer');
      t.diagnostic(`applied "${fix.title}"; remaining: ${describe(after)}`);
      return;
    }
    // Quick fixes are still being written; until one is offered for these codes, say so instead of failing.
    t.skip(`no quick fix offered yet for ${CODES.join(', ')} (offered: ${JSON.stringify(offered)})`);
  } finally {
    await revertAndClose();
  }
});
