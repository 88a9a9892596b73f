import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseMac } from '../../server/src/core/fixes/mac';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (mac: string): string => defaultIfaceVmi(`        masquerade: {}\n        macAddress: ${mac}   # fixed MAC\n`);

test('normaliseMac: near misses become the colon form, keeping the hex case', () => {
  assert.equal(normaliseMac('2:0:0:0:0:1'), '02:00:00:00:00:01');
  assert.equal(normaliseMac('0A-0-0-0-0-1'), '0A:00:00:00:00:01');
  assert.equal(normaliseMac('0200-0000-0001'), '02:00:00:00:00:01');
  assert.equal(normaliseMac('0a0000000001'), '0a:00:00:00:00:01');
  assert.equal(normaliseMac('02:00:00-00:00:01'), '02:00:00:00:00:01');
  assert.equal(normaliseMac('02 00 00 00 00 01'), '02:00:00:00:00:01');
  assert.equal(normaliseMac('02:00:00:00:00'), undefined);
  assert.equal(normaliseMac('02:00:00:00:00:0g'), undefined);
  assert.equal(normaliseMac('0200:0000:0001:0002'), undefined);
});

test('IFACE-05: 2:0:0:0:0:1 → 02:00:00:00:00:01 (preferred), quotes kept', () => {
  checkFix({
    text: VMI('2:0:0:0:0:1'),
    code: 'IFACE-05',
    preferred: true,
    diff: ['-        macAddress: 2:0:0:0:0:1   # fixed MAC', '+        macAddress: 02:00:00:00:00:01   # fixed MAC'],
  });
  checkFix({
    text: VMI('"DE-AD-BE-EF-0-1"'),
    code: 'IFACE-05',
    diff: ['-        macAddress: "DE-AD-BE-EF-0-1"   # fixed MAC', '+        macAddress: "DE:AD:BE:EF:00:01"   # fixed MAC'],
  });
  checkFix({
    text: VMI('0200-0000-0001'),
    code: 'IFACE-05',
    diff: ['-        macAddress: 0200-0000-0001   # fixed MAC', '+        macAddress: 02:00:00:00:00:01   # fixed MAC'],
  });
});

test('IFACE-05: no fix when the address is not 6 bytes of hex', () => {
  assert.deepEqual(fixesOf(VMI('02:00:00:00:zz:01'), 'IFACE-05'), []);
});
