import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inRange, rangeLabel, valueIn } from '../../server/src/core/releases/by-release';
import { KUBEVIRT_VERSIONS } from '../../server/src/core/context/version';
import { PORT_MAX_ACCEPTED, PLUGIN_CONFLICTING_METHODS, LAUNCH_SECURITY_GATING } from '../../server/src/core/releases/admission';

test('a ByRelease value holds from its release until the next key', () => {
  assert.deepEqual(
    KUBEVIRT_VERSIONS.map((v) => valueIn(PORT_MAX_ACCEPTED, v)),
    [65536, 65536, 65536, 65536, 65535, 65535],
  );
  assert.deepEqual(
    KUBEVIRT_VERSIONS.map((v) => valueIn(LAUNCH_SECURITY_GATING, v)),
    ['any', 'sev', 'per-type', 'per-type', 'per-type', 'per-type'],
  );
  assert.ok(valueIn(PLUGIN_CONFLICTING_METHODS, 'v1.7').includes('slirp'));
  assert.ok(!valueIn(PLUGIN_CONFLICTING_METHODS, 'v1.8').includes('slirp'));
  assert.ok(valueIn(PLUGIN_CONFLICTING_METHODS, 'v1.8').includes('passtBinding'));
});

test('release ranges and their labels', () => {
  assert.equal(inRange({ since: 'v1.8' }, 'v1.7'), false);
  assert.equal(inRange({ since: 'v1.8' }, 'main'), true);
  assert.equal(inRange({ until: 'v1.7' }, 'v1.8'), false);
  assert.equal(inRange(undefined, 'v1.5'), true);
  assert.equal(rangeLabel(undefined), 'all');
  assert.equal(rangeLabel({ since: 'v1.9' }), 'v1.9+');
  assert.equal(rangeLabel({ until: 'v1.5' }), 'v1.5');
  assert.equal(rangeLabel({ until: 'v1.8' }), 'v1.5–v1.8');
});
