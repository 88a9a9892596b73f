import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, networkStatus, only, podOf, setNetworkStatus, vmiOf } from './helpers';

test('healthy: every Multus network attached under its hashed name', () => {
  assert.deepEqual(
    codes(doctor(healthy())).filter((c) => c.startsWith('DR-POD')),
    [],
  );
});

test('DR-POD-02: attached under another name (matched by its NAD), pointing at the network-status annotation', () => {
  const list = healthy();
  const e = networkStatus(list);
  e[1]!.interface = 'podffffffffff0';
  setNetworkStatus(list, e);
  const f = only(doctor(list), 'DR-POD-02');
  assert.equal(f.interface, 'blue');
  assert.deepEqual([f.expected, f.actual], ['pod16477688c0e', 'podffffffffff0']);
  assert.deepEqual(f.target, { object: 'pod', path: ['metadata', 'annotations', 'k8s.v1.cni.cncf.io/network-status'] });
});

test('DR-POD-02 matches a bare NAD name as older Multus versions wrote it', () => {
  const list = healthy();
  const e = networkStatus(list);
  e[1]!.name = 'bridge-net';
  e[1]!.interface = 'eth1';
  setNetworkStatus(list, e);
  assert.equal(only(doctor(list), 'DR-POD-02').actual, 'eth1');
});

test('DR-POD-01: a secondary network with no network-status entry', () => {
  const list = healthy();
  setNetworkStatus(list, networkStatus(list).slice(0, 1));
  const f = only(doctor(list), 'DR-POD-01');
  assert.equal(f.severity, 'error');
  assert.equal(f.interface, 'blue');
});

test("DR-POD-01: a NAD in another namespace is not this network's entry", () => {
  const list = healthy();
  const e = networkStatus(list);
  e[1]!.name = 'other/bridge-net';
  e[1]!.interface = 'eth1';
  setNetworkStatus(list, e);
  only(doctor(list), 'DR-POD-01');
});

test('DR-POD-03: no network-status annotation while the VM uses Multus; none needed without Multus', () => {
  const list = healthy();
  delete podOf(list).metadata.annotations['k8s.v1.cni.cncf.io/network-status'];
  assert.equal(only(doctor(list), 'DR-POD-03').severity, 'warning');

  const podOnly = healthy();
  delete podOf(podOnly).metadata.annotations['k8s.v1.cni.cncf.io/network-status'];
  const vmi = vmiOf(podOnly);
  vmi.spec.domain.devices.interfaces = vmi.spec.domain.devices.interfaces.slice(0, 1);
  vmi.spec.networks = vmi.spec.networks.slice(0, 1);
  vmi.status.interfaces = vmi.status.interfaces.slice(0, 1);
  assert.deepEqual(
    codes(doctor(podOnly)).filter((c) => c.startsWith('DR-POD')),
    [],
  );
});

test('DR-POD-03: an unreadable annotation', () => {
  const list = healthy();
  podOf(list).metadata.annotations['k8s.v1.cni.cncf.io/network-status'] = '[{"name":';
  assert.match(only(doctor(list), 'DR-POD-03').message, /unreadable/);
});

test('DR-POD-06: a bridge NIC on a NAD without IPAM (information)', () => {
  const list = healthy();
  const e = networkStatus(list);
  delete e[1]!.ips;
  setNetworkStatus(list, e);
  const s = vmiOf(list).status.interfaces[1];
  delete s.ipAddress;
  delete s.ipAddresses;
  const r = doctor(list);
  assert.equal(only(r, 'DR-POD-06').severity, 'information');
  assert.deepEqual(codes(r, 'warning'), []);
});
