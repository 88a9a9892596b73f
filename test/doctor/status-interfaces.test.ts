import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, only, statusOf, vmiOf } from './helpers';

test('DR-STATUS-01: an interface missing from status.interfaces of a running VMI, pointing at the spec interface', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.status.interfaces = vmi.status.interfaces.slice(0, 1);
  const f = only(doctor(list), 'DR-STATUS-01');
  assert.equal(f.interface, 'blue');
  assert.deepEqual(f.target, { object: 'vmi', path: ['spec', 'domain', 'devices', 'interfaces', 1, 'name'] });
});

test('DR-STATUS-01 is not raised while the VMI is not running yet', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.status.phase = 'Scheduled';
  vmi.status.interfaces = [];
  assert.ok(!codes(doctor(list)).includes('DR-STATUS-01'));
});

test('DR-STATUS-02: podInterfaceName other than the one derived from the pod', () => {
  const list = healthy();
  statusOf(list, 'default').podInterfaceName = 'ovn-udn1';
  const f = only(doctor(list), 'DR-STATUS-02');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', 'eth0', 'ovn-udn1']);
});

test('a custom primary pod interface reported by Multus (default entry) is expected', () => {
  const list = healthy();
  const pod = list.items.find((o: { kind: string }) => o.kind === 'Pod');
  const e = JSON.parse(pod.metadata.annotations['k8s.v1.cni.cncf.io/network-status']);
  e[0].interface = 'ovn-udn1';
  pod.metadata.annotations['k8s.v1.cni.cncf.io/network-status'] = JSON.stringify(e);
  statusOf(list, 'default').podInterfaceName = 'ovn-udn1';
  assert.ok(!codes(doctor(list)).includes('DR-STATUS-02'));
});

test("DR-STATUS-03: MAC compared in Go's normal form (case and separators do not matter)", () => {
  const list = healthy();
  statusOf(list, 'blue').mac = '02-00-00-AA-BB-01';
  assert.ok(!codes(doctor(list)).includes('DR-STATUS-03'));
  statusOf(list, 'blue').mac = '02:00:00:aa:bb:02';
  const f = only(doctor(list), 'DR-STATUS-03');
  assert.deepEqual([f.expected, f.actual], ['02:00:00:aa:bb:01', '02:00:00:aa:bb:02']);
  assert.deepEqual(f.target, { object: 'vmi', path: ['status', 'interfaces', 1, 'mac'] });
});

test('DR-STATUS-04: link state against spec state', () => {
  const list = healthy();
  statusOf(list, 'blue').linkState = 'down';
  const f = only(doctor(list), 'DR-STATUS-04');
  assert.deepEqual([f.expected, f.actual], ['up', 'down']);
  vmiOf(list).spec.domain.devices.interfaces[1].state = 'down';
  assert.ok(!codes(doctor(list)).includes('DR-STATUS-04'));
});

test('DR-STATUS-05: an interface KubeVirt knows only from Multus (not in the domain)', () => {
  const list = healthy();
  const s = statusOf(list, 'blue');
  s.infoSource = 'multus-status';
  delete s.mac;
  const f = only(doctor(list), 'DR-STATUS-05');
  assert.equal(f.actual, 'multus-status');
  assert.equal(f.expected, 'domain, guest-agent, multus-status');
});

test('DR-STATUS-06: a secondary interface without multus-status', () => {
  const list = healthy();
  statusOf(list, 'blue').infoSource = 'domain, guest-agent';
  only(doctor(list), 'DR-STATUS-06');
});
