import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (iface: string): string => defaultIfaceVmi(iface);

test('SCHEMA-04: rename an unknown key to the suggested one, key only (preferred)', () => {
  checkFix({
    text: VMI('        masqurade: {}   # typo\n'),
    code: 'SCHEMA-04',
    preferred: true,
    diff: ['-        masqurade: {}   # typo', '+        masquerade: {}   # typo'],
  });
  checkFix({
    text: VMI('        masquerade: {}\n        ports: [{Port: 80, protocol: TCP}]\n'),
    code: 'SCHEMA-04',
    diff: ['-        ports: [{Port: 80, protocol: TCP}]', '+        ports: [{port: 80, protocol: TCP}]'],
  });
});

test('SCHEMA-04: no rename when the suggested key is already there, or without a suggestion', () => {
  assert.deepEqual(fixesOf(VMI('        model: virtio\n        Model: virtio\n        masquerade: {}\n'), 'SCHEMA-04'), []);
  assert.deepEqual(fixesOf(VMI('        masquerade: {}\n        frobnicate: true\n'), 'SCHEMA-04'), []);
});
