import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODES } from '../../../server/src/core/codes/spec';

test('every spec-level rule id has one error entry with a one-sentence reason', () => {
  const ids = [
    ...Array.from({ length: 8 }, (_, i) => `DRA-0${i + 1}`),
    'BOOT-01',
    'BOOT-02',
    'PROBE-01',
    'LSEC-01',
    'LSEC-FG',
    'LSEC-TYPE',
    'LSEC-FW',
    'LSEC-ATTEST',
    ...Array.from({ length: 11 }, (_, i) => `DNS-${String(i + 1).padStart(2, '0')}`),
  ];
  assert.deepEqual(
    CODES.map((c) => c.code),
    ids,
  );
  for (const c of CODES) {
    assert.equal(c.severity, 'error');
    assert.match(c.why, /^\S[^\n]*\.$/);
  }
});
