import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, only, statusOf, vmiOf } from './helpers';

function passt() {
  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[0] = { name: 'default', passtBinding: {} };
  return list;
}

test('passtBinding: status carries the pod IP, nothing to report', () => {
  assert.deepEqual(codes(doctor(passt()), 'warning'), []);
});

test('DR-GUEST-05: passtBinding with another address in status', () => {
  const list = passt();
  const s = statusOf(list, 'default');
  s.ipAddress = '10.0.2.2';
  s.ipAddresses = ['10.0.2.2'];
  const f = only(doctor(list), 'DR-GUEST-05');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', '10.244.0.18', '10.0.2.2']);
});
