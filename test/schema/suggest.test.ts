import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestKey, editDistance } from '../../server/src/core/schema/suggest';

test('edit distance counts a transposition as one edit and ignores case', () => {
  assert.equal(editDistance('netwroks', 'networks'), 1);
  assert.equal(editDistance('masquarade', 'masquerade'), 1);
  assert.equal(editDistance('MacAddress', 'macAddress'), 0);
  assert.equal(editDistance('', 'abc'), 3);
});

test('closest key picks the nearest plausible candidate', () => {
  const keys = ['bridge', 'masquerade', 'sriov', 'passtBinding', 'binding', 'name', 'model', 'macAddress', 'ports', 'portRanges'];
  assert.equal(closestKey('masquarade', keys), 'masquerade');
  assert.equal(closestKey('bridg', keys), 'bridge');
  assert.equal(closestKey('portranges', keys), 'portRanges');
  assert.equal(closestKey('passtbindng', keys), 'passtBinding');
  assert.equal(closestKey('completelyunrelated', keys), undefined);
  // short keys need a close match: `mtu` is not a typo of `tag`
  assert.equal(closestKey('mtu', ['tag', 'name', 'model']), undefined);
  assert.equal(closestKey('nmae', ['tag', 'name', 'model']), 'name');
});
