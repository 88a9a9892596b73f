import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, only, statusOf, vmiOf, podOf, networkStatus, setNetworkStatus } from './helpers';

test("DR-GUEST-01: the guest's NAT address is stated, the pod IP in status is by design", () => {
  const f = only(doctor(healthy()), 'DR-GUEST-01');
  assert.equal(f.severity, 'information');
  assert.equal(f.expected, '10.0.2.2/24 via 10.0.2.1');
  assert.equal(f.actual, '10.244.0.18');
});

test('DR-GUEST-01 uses the configured vmNetworkCIDR', () => {
  const list = healthy();
  vmiOf(list).spec.networks[0].pod = { vmNetworkCIDR: '10.10.10.0/24' };
  assert.equal(only(doctor(list), 'DR-GUEST-01').expected, '10.10.10.2/24 via 10.10.10.1');
});

test('DR-GUEST-02: a VM network overlapping the pod IP', () => {
  const list = healthy();
  vmiOf(list).spec.networks[0].pod = { vmNetworkCIDR: '10.244.0.0/16' };
  const f = only(doctor(list), 'DR-GUEST-02');
  assert.match(f.message, /10\.244\.0\.18 in 10\.244\.0\.0\/16/);
});

test("DR-GUEST-05: status shows an address that is neither the pod's nor the guest's", () => {
  const list = healthy();
  const s = statusOf(list, 'default');
  s.ipAddress = '10.244.7.7';
  s.ipAddresses = ['10.244.7.7'];
  const f = only(doctor(list), 'DR-GUEST-05');
  assert.deepEqual([f.expected, f.actual], ['10.244.0.18', '10.244.7.7']);
  // the guest's own address (agent data when the pod cache is empty) is fine
  s.ipAddresses = ['10.0.2.2'];
  s.ipAddress = '10.0.2.2';
  assert.ok(!codes(doctor(list)).includes('DR-GUEST-05'));
});

test('dual stack: the IPv6 guest address is expected when the pod has IPv6', () => {
  const list = healthy();
  const pod = podOf(list);
  pod.status.podIPs.push({ ip: 'fd00:10:244::12' });
  const e = networkStatus(list);
  e[0]!.ips.push('fd00:10:244::12');
  setNetworkStatus(list, e);
  assert.equal(only(doctor(list), 'DR-GUEST-01').expected, '10.0.2.2/24 via 10.0.2.1; fd10:0:2::2/120 via fd10:0:2::1');
});
