// Runtime fixes down to the patch release (verified in kubevirt/kubevirt's tags with `git tag --contains`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BRIDGE_MIGRATION_MAC_FIX,
  fixedInLabel,
  hasFix,
  NO_BINDING_FIX,
  PLUGIN_SIDECAR_NAME_FIX,
  STATUS_FLAP_FIX,
} from '../../server/src/core/releases/runtime-fixes';

test('the status-loop fix: v1.6.5, v1.7.2, v1.8.0; never in a v1.5 release', () => {
  assert.equal(fixedInLabel(STATUS_FLAP_FIX), 'v1.6.5, v1.7.2 and v1.8.0');
  assert.equal(hasFix({ kubevirtVersion: 'v1.5', kubevirtPatch: 3 }, STATUS_FLAP_FIX), false);
  assert.equal(hasFix({ kubevirtVersion: 'v1.6' }, STATUS_FLAP_FIX), undefined);
  assert.equal(hasFix({ kubevirtVersion: 'v1.6', kubevirtPatch: 4 }, STATUS_FLAP_FIX), false);
  assert.equal(hasFix({ kubevirtVersion: 'v1.6', kubevirtPatch: 5 }, STATUS_FLAP_FIX), true);
  assert.equal(hasFix({ kubevirtVersion: 'v1.7', kubevirtPatch: 2 }, STATUS_FLAP_FIX), true);
  assert.equal(hasFix({ kubevirtVersion: 'v1.8' }, STATUS_FLAP_FIX), true);
  assert.equal(hasFix({ kubevirtVersion: 'main' }, STATUS_FLAP_FIX), true);
});

test('fixes only in v1.9.0', () => {
  for (const fix of [NO_BINDING_FIX, BRIDGE_MIGRATION_MAC_FIX, PLUGIN_SIDECAR_NAME_FIX]) {
    assert.equal(fixedInLabel(fix), 'v1.9.0');
    assert.equal(hasFix({ kubevirtVersion: 'v1.8', kubevirtPatch: 4 }, fix), false);
    assert.equal(hasFix({ kubevirtVersion: 'v1.9' }, fix), true);
  }
});
