import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, ctxWith, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (iface: string, networks?: string): string => defaultIfaceVmi(iface, { networks });

test('DISC-01: slirp → masquerade, key only (value and comment kept)', () => {
  checkFix({
    text: VMI('        slirp: {}   # old user-mode networking\n'),
    code: 'DISC-01',
    preferred: true,
    diff: ['-        slirp: {}   # old user-mode networking', '+        masquerade: {}   # old user-mode networking'],
    gone: ['DISC-01', 'BIND-01'],
  });
});

test('DISC-02: passt → passtBinding, also in a flow map', () => {
  const text = VMI('        ports: [{port: 80}]\n').replace(
    '      - name: default\n        ports: [{port: 80}]\n',
    '      - {name: default, passt: {}}\n',
  );
  checkFix({
    text,
    code: 'DISC-02',
    preferred: true,
    diff: ['-      - {name: default, passt: {}}', '+      - {name: default, passtBinding: {}}'],
    gone: ['DISC-02', 'BIND-01'],
  });
});

test('DISC-03: macvtap → the macvtap binding plugin (preferred only when the cluster registers it)', () => {
  const text = VMI('        macvtap: {}\n', '  - name: default\n    multus:   # macvtap NAD\n      networkName: macvtapnet\n');
  checkFix({
    text,
    code: 'DISC-03',
    preferred: false,
    diff: ['-        macvtap: {}', '+        binding: {name: macvtap}'],
    gone: ['DISC-03', 'BIND-01'],
  });
  const ctx = ctxWith({ networkBindings: { macvtap: { domainAttachmentType: 'tap' } } });
  assert.equal(fixesOf(text, 'DISC-03', ctx)[0]!.isPreferred, true);
});

test('DISC-01 with masquerade already present: remove the discontinued key', () => {
  checkFix({
    text: VMI('        masquerade: {}\n        slirp: {}\n'),
    code: 'DISC-01',
    preferred: true,
    diff: ['-        slirp: {}'],
  });
});

test('DISC-01: not preferred when the interface is not on the pod network', () => {
  const text = VMI('        slirp: {}\n', '  - name: default\n    multus: {networkName: n1}\n');
  const fixes = fixesOf(text, 'DISC-01');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [['Replace slirp with masquerade', false]],
  );
});

test('OLD-PASST-FG (v1.5–v1.7): passt → the passt binding plugin, as passtBinding does not exist there', () => {
  const ctx = ctxWith({ kubevirtVersion: 'v1.7' });
  checkFix({
    text: VMI('        passt: {}   # core passt\n'),
    code: 'OLD-PASST-FG',
    ctx,
    preferred: false,
    diff: ['-        passt: {}   # core passt', '+        binding: {name: passt}   # core passt'],
    gone: ['OLD-PASST-FG', 'OLD-PASST-POD'],
  });
  const registered = ctxWith({ kubevirtVersion: 'v1.7', networkBindings: { passt: { sidecarImage: 'x' } } });
  assert.equal(fixesOf(VMI('        passt: {}\n'), 'OLD-PASST-FG', registered)[0]!.isPreferred, true);
});

test('OLD-SLIRP-CFG (v1.5): slirp → masquerade; OLD-MACVTAP-FG (v1.5–v1.7): macvtap → the macvtap plugin', () => {
  checkFix({
    text: VMI('        slirp: {}\n'),
    code: 'OLD-SLIRP-CFG',
    ctx: ctxWith({ kubevirtVersion: 'v1.5' }),
    preferred: true,
    diff: ['-        slirp: {}', '+        masquerade: {}'],
    gone: ['OLD-SLIRP-CFG', 'DISC-01'],
  });
  checkFix({
    text: VMI('        macvtap: {}\n', '  - name: default\n    multus:\n      networkName: macvtapnet\n'),
    code: 'OLD-MACVTAP-FG',
    ctx: ctxWith({ kubevirtVersion: 'v1.6' }),
    diff: ['-        macvtap: {}', '+        binding: {name: macvtap}'],
  });
});
