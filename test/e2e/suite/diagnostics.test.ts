// Admission errors show up in the real editor as diagnostics from our server: right code, severity, message, range.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, fixtureUri, openFixture, positionOf, revertAndClose, waitForDiagnostics } from './util';

function rangeOfValue(doc: vscode.TextDocument, re: RegExp): number[] {
  const start = positionOf(doc, re);
  const value = re.exec(doc.getText())![1]!;
  return [start.line, start.character, start.line, start.character + value.length];
}

const flat = (r: vscode.Range): number[] => [r.start.line, r.start.character, r.end.line, r.end.character];

test('admission errors appear as virtwire diagnostics with code, severity, message and range', async () => {
  const { document: doc } = await openFixture('vm-errors.yaml');
  try {
    const ds = await waitForDiagnostics(
      doc.uri,
      (all) => ['IFACE-02', 'BIND-03'].every((c) => all.some((d) => codeOf(d) === c)),
      'IFACE-02 and BIND-03 on vm-errors.yaml',
    );

    const iface = ds.find((d) => codeOf(d) === 'IFACE-02')!;
    assert.equal(iface.source, 'virtwire');
    assert.equal(iface.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(iface.message.split('\n')[0], "spec.template.spec.domain.devices.interfaces[1].name 'storage' not found.");
    assert.deepEqual(flat(iface.range), rangeOfValue(doc, /- name: (storage)/));

    const mac = ds.find((d) => codeOf(d) === 'BIND-03')!;
    assert.equal(mac.severity, vscode.DiagnosticSeverity.Error);
    // KubeVirt's message word for word first; the field it concerns named after it (the message does not name it)
    const macLine = mac.message.split('\n')[0]!;
    assert.ok(macLine.startsWith('The requested MAC address is reserved for the in-pod bridge. Please choose another one.'), macLine);
    assert.ok(macLine.includes('spec.template.spec.domain.devices.interfaces[0].macAddress'), macLine);
    assert.deepEqual(flat(mac.range), rangeOfValue(doc, /macAddress: ("02:00:00:00:00:00")/));
  } finally {
    await revertAndClose();
  }
});

test('untitled YAML documents are checked too', async () => {
  const fixture = await vscode.workspace.openTextDocument(fixtureUri('vm-errors.yaml'));
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: fixture.getText() });
  await vscode.window.showTextDocument(doc);
  try {
    assert.equal(doc.uri.scheme, 'untitled');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => codeOf(d) === 'IFACE-02'), 'IFACE-02 on an untitled document');
    assert.ok(ds.some((d) => codeOf(d) === 'BIND-03'));
  } finally {
    await revertAndClose();
  }
});
