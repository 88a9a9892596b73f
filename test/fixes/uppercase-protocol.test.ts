import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, ctxWith, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (ports: string): string => defaultIfaceVmi(`        masquerade: {}\n${ports}`);

test('PORT-05: tcp → TCP (preferred), plain and quoted', () => {
  checkFix({
    text: VMI('        ports:\n        - port: 80\n          protocol: tcp    # web\n'),
    code: 'PORT-05',
    preferred: true,
    diff: ['-          protocol: tcp    # web', '+          protocol: TCP    # web'],
  });
  checkFix({
    text: VMI(`        ports: [{port: 53, protocol: 'Udp'}]\n`),
    code: 'PORT-05',
    diff: [`-        ports: [{port: 53, protocol: 'Udp'}]`, `+        ports: [{port: 53, protocol: 'UDP'}]`],
  });
});

test('PORT-05: no fix for a protocol that is not TCP/UDP in another case', () => {
  assert.deepEqual(fixesOf(VMI('        ports:\n        - port: 80\n          protocol: SCTP\n'), 'PORT-05'), []);
});

test('PR-05: port range protocol udp → UDP', () => {
  checkFix({
    text: VMI('        portRanges:\n        - {protocol: "udp", start: 1000, end: 2000}   # media\n'),
    code: 'PR-05',
    ctx: ctxWith({ featureGates: ['PortRangesSpec'] }),
    preferred: true,
    diff: [
      '-        - {protocol: "udp", start: 1000, end: 2000}   # media',
      '+        - {protocol: "UDP", start: 1000, end: 2000}   # media',
    ],
  });
});
