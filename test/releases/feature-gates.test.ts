import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateEnabled, gateMaturity } from '../../server/src/core/releases/feature-gates';
import { KUBEVIRT_VERSIONS, type KubevirtVersion } from '../../server/src/core/context/version';

const on = (v: KubevirtVersion, gate: string, featureGates: string[] = [], disabledFeatureGates: string[] = []) =>
  gateEnabled({ kubevirtVersion: v, featureGates, disabledFeatureGates }, gate);

test('Beta gates are on by default only from v1.9 (PasstBinding, WorkloadEncryptionSEV)', () => {
  assert.deepEqual(
    KUBEVIRT_VERSIONS.map((v) => on(v, 'PasstBinding')),
    [false, false, false, false, true, true],
  );
  assert.deepEqual(
    KUBEVIRT_VERSIONS.map((v) => on(v, 'WorkloadEncryptionSEV')),
    [false, false, false, false, true, true],
  );
  assert.equal(gateMaturity('PasstBinding', 'v1.8'), 'Beta');
  assert.equal(gateMaturity('PasstBinding', 'v1.7'), undefined);
  assert.equal(gateMaturity('WorkloadEncryptionSEV', 'v1.8'), 'Alpha');
});

test('listed gates are on; disabledFeatureGates is read from v1.8 and loses to featureGates', () => {
  assert.equal(on('v1.8', 'PasstBinding', ['PasstBinding']), true);
  assert.equal(on('v1.9', 'PasstBinding', [], ['PasstBinding']), false);
  assert.equal(on('v1.9', 'PasstBinding', ['PasstBinding'], ['PasstBinding']), true);
  assert.equal(on('v1.5', 'WorkloadEncryptionSEV', ['WorkloadEncryptionSEV'], ['WorkloadEncryptionSEV']), true);
});

test('GA gates are always on; Alpha gates only when listed', () => {
  for (const v of KUBEVIRT_VERSIONS) assert.equal(on(v, 'NetworkBindingPlugins', [], ['NetworkBindingPlugins']), true, v);
  assert.equal(on('v1.9', 'PortRangesSpec'), false);
  assert.equal(on('v1.9', 'PortRangesSpec', ['PortRangesSpec']), true);
});

test('a listed gate the release does not register counts up to v1.8, not from v1.9', () => {
  assert.equal(on('v1.8', 'NoSuchGate', ['NoSuchGate']), true);
  assert.equal(on('v1.9', 'NoSuchGate', ['NoSuchGate']), false);
  assert.equal(on('v1.7', 'PasstBinding', ['PasstBinding']), true, 'harmless: no v1.7 rule reads it');
});

test('discontinued gates (Passt, Macvtap) are on only when listed', () => {
  assert.equal(on('v1.5', 'Passt'), false);
  assert.equal(on('v1.5', 'Passt', ['Passt']), true);
  assert.equal(on('v1.9', 'Macvtap', ['Macvtap']), true);
});
