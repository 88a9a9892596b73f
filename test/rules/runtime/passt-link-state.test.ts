// PASST-LINK-STATE: passtBinding ignores `state`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPasstLinkState } from '../../../server/src/core/rules/runtime/passt-link-state';
import { admitSpec, IF, POD, input, spec } from '../../helpers/admission';

const passt = (state?: string) => spec([{ name: 'default', passtBinding: {}, ...(state ? { state } : {}) }], [POD]);

test('PASST-LINK-STATE: state: down on passtBinding is a warning on the value (the link stays up)', () => {
  const got = checkPasstLinkState(input(passt('down')));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at, f.part]),
    [['PASST-LINK-STATE', 'warning', IF(0, 'state'), 'value']],
  );
  assert.match(got[0]!.message, /does not support link state management: KubeVirt ignores state: down and the guest's link stays up/);
});

test('PASST-LINK-STATE: state: up is information (it is what the NIC gets; a later down will not work)', () => {
  const got = checkPasstLinkState(input(passt('up')));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity]),
    [['PASST-LINK-STATE', 'information']],
  );
});

test('PASST-LINK-STATE valid neighbours: state: down on a bridge or masquerade NIC; passtBinding without state', () => {
  assert.deepEqual(checkPasstLinkState(input(spec([{ name: 'default', bridge: {}, state: 'down' }], [POD]))), []);
  assert.deepEqual(checkPasstLinkState(input(spec([{ name: 'default', masquerade: {}, state: 'down' }], [POD]))), []);
  assert.deepEqual(checkPasstLinkState(input(passt())), []);
});

test('PASST-LINK-STATE exists from v1.8 (passtBinding is a field of the v1.8 CRD)', () => {
  const codes = (v: 'v1.8' | 'v1.9') =>
    admitSpec(passt('down'), { kubevirtVersion: v, featureGates: ['PasstBinding'] }).findings.map((f) => f.code);
  assert.deepEqual(codes('v1.8'), ['PASST-LINK-STATE']);
  assert.deepEqual(codes('v1.9'), ['PASST-LINK-STATE']);
});
