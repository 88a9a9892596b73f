import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, only, statusOf, vmiOf } from './helpers';

test("DR-GUEST-03: the guest's address against the pod interface's IPAM address", () => {
  const list = healthy();
  const s = statusOf(list, 'blue');
  s.ipAddress = '192.168.100.77';
  s.ipAddresses = ['192.168.100.77', 'fe80::1'];
  const f = only(doctor(list), 'DR-GUEST-03');
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', '192.168.100.5', '192.168.100.77']);
  assert.match(f.message, /guest agent/);
});

test('DR-GUEST-04: the agent reports no IPv4 on a bridge NIC whose pod interface had one', () => {
  const list = healthy();
  const s = statusOf(list, 'blue');
  delete s.ipAddress;
  s.ipAddresses = ['fe80::ff:fe00:1'];
  const f = only(doctor(list), 'DR-GUEST-04');
  assert.equal(f.expected, '192.168.100.5');
  assert.match(f.message, /eth1 in the guest/);
});

test('no IPv4 and no agent: nothing to say about the guest', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.status.conditions = [];
  for (const s of vmi.status.interfaces) s.infoSource = s.infoSource.replace(', guest-agent', '');
  const s = statusOf(list, 'blue');
  delete s.ipAddress;
  delete s.ipAddresses;
  assert.ok(!codes(doctor(list)).some((c) => c === 'DR-GUEST-03' || c === 'DR-GUEST-04'));
});

test('bridge on the pod network: the guest should hold the pod IP', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.spec.domain.devices.interfaces[0] = { name: 'default', bridge: {} };
  const s = statusOf(list, 'default');
  s.ipAddress = '10.244.0.200';
  s.ipAddresses = ['10.244.0.200'];
  const f = only(doctor(list), 'DR-GUEST-03');
  assert.deepEqual([f.interface, f.expected], ['default', '10.244.0.18']);
});
