// The hover on an interface name shows the wiring KubeVirt builds for it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openFixture, ours, poll, positionOf, revertAndClose } from './util';

test('hover on a masquerade interface name shows its wiring', async () => {
  const { document: doc } = await openFixture('vm-masquerade.yaml');
  try {
    const at = positionOf(doc, /- name: (frontend)/);
    const hovers = await poll(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at.translate(0, 2)),
      (h) => hoverText(h ?? []).trim() !== '',
    );
    const text = hoverText(hovers ?? []);
    assert.notEqual(text.trim(), '', 'no hover on the interface name "frontend"');
    // The server has analysed the file by now: a VM the cluster accepts must not get errors.
    const errors = ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map(codeOf), [], 'errors on a VM the cluster accepts');
    assert.match(text, /frontend/);
    assert.match(text, /10\.0\.2\.2\b/, 'guest IP of masquerade');
    assert.match(text, /10\.0\.2\.1\b/, 'gateway of masquerade');
    // one line each for DHCP, nftables and the device; the full detail one click away
    assert.match(text, /DHCP/);
    assert.match(text, /nftables.*13 commands/);
    assert.match(text, /Domain.*`ethernet` on `tap0`/);
    assert.match(text, /command:virtwire\.showWiring\?/, 'a link to Show wiring');
  } finally {
    await revertAndClose();
  }
});
