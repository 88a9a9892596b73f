// `virtwire.clusterContext` reaches the server (configuration sync): a KubeVirt CR that forbids bridge binding on
// the pod network turns a valid VM into one the cluster rejects, and back when the setting is cleared.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, revertAndClose, waitForDiagnostics } from './util';

const has = (code: string) => (all: vscode.Diagnostic[]) => all.some((d) => codeOf(d) === code);

test('virtwire.clusterContext changes the verdict without a restart', async () => {
  const { document: doc } = await openFixture('vm-bridge-pod.yaml');
  const config = () => vscode.workspace.getConfiguration('virtwire');
  try {
    // With KubeVirt's defaults this VM is accepted (it only gets a live-migration warning).
    const before = await waitForDiagnostics(doc.uri, has('BRIDGE-POD-MIGRATION'), 'the live-migration warning');
    assert.ok(!before.some((d) => codeOf(d) === 'BIND-04'), 'no BIND-04 with default cluster settings');

    // User settings, so the fixture folder gets no .vscode/settings.json.
    await config().update('clusterContext', '.context/kubevirt-no-pod-bridge.yaml', vscode.ConfigurationTarget.Global);
    const rejected = await waitForDiagnostics(doc.uri, has('BIND-04'), 'BIND-04 after setting virtwire.clusterContext');
    const bind = rejected.find((d) => codeOf(d) === 'BIND-04')!;
    assert.equal(bind.severity, vscode.DiagnosticSeverity.Error);
    // KubeVirt's message word for word first (then, in parentheses, the field it concerns)
    const line = bind.message.split('\n')[0]!;
    assert.ok(line.startsWith('Bridge on pod network configuration is not enabled under kubevirt-config'), line);

    await config().update('clusterContext', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(doc.uri, (all) => !has('BIND-04')(all), 'BIND-04 to go away after clearing the setting');
  } finally {
    await config().update('clusterContext', undefined, vscode.ConfigurationTarget.Global);
    await revertAndClose();
  }
});
