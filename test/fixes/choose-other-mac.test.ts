import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (name: string, mac: string): string =>
  defaultIfaceVmi(`        masquerade: {}\n        macAddress: ${mac}   # pinned\n        model: virtio\n`, { name });

test('BIND-03: remove macAddress (preferred) or pick a free locally administered MAC', () => {
  const text = VMI('a', '02:00:00:00:00:00');
  const fixes = fixesOf(text, 'BIND-03');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [
      ['Remove macAddress', true],
      ['Use MAC address 02:00:00:00:00:01', false],
    ],
  );
  checkFix({ text, code: 'BIND-03', preferred: true, diff: ['-        macAddress: 02:00:00:00:00:00   # pinned'] });
  checkFix({
    text,
    code: 'BIND-03',
    title: /^Use MAC/,
    diff: ['-        macAddress: 02:00:00:00:00:00   # pinned', '+        macAddress: 02:00:00:00:00:01   # pinned'],
  });
});

test('BIND-03: skips MACs used by other interfaces in the file (any spelling)', () => {
  const text = `${VMI('a', '"02:00:00:00:00:00"')}---
${VMI('b', '02-00-00-00-00-01')}---
${VMI('c', '02:00:00:00:00:02')}`;
  checkFix({
    text,
    code: 'BIND-03',
    title: /^Use MAC/,
    diff: ['-        macAddress: "02:00:00:00:00:00"   # pinned', '+        macAddress: "02:00:00:00:00:03"   # pinned'],
  });
});
