import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, networkStatus, only, podOf, setNetworkStatus, statusOf, vmiOf } from './helpers';

/** The healthy dump with `blue` as an SR-IOV interface whose VF the SR-IOV CNI reported. */
function sriov() {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.spec.domain.devices.interfaces[1] = { name: 'blue', sriov: {}, macAddress: '02:00:00:aa:bb:01' };
  const s = statusOf(list, 'blue');
  delete s.linkState;
  delete s.queueCount;
  const e = networkStatus(list);
  delete e[1]!.ips;
  e[1]!['device-info'] = { type: 'pci', version: '1.1.0', pci: { 'pci-address': '0000:81:01.2' } };
  setNetworkStatus(list, e);
  return list;
}

test('SR-IOV with a VF reported by Multus is healthy', () => {
  assert.deepEqual(codes(doctor(sriov()), 'warning'), []);
});

test('a VF found through kubevirt.io/network-info is enough', () => {
  const list = sriov();
  const e = networkStatus(list);
  delete e[1]!['device-info'];
  setNetworkStatus(list, e);
  podOf(list).metadata.annotations['kubevirt.io/network-info'] =
    '{"interfaces":[{"network":"blue","deviceInfo":{"type":"pci","version":"1.1.0","pci":{"pci-address":"0000:81:01.2"}}}]}';
  assert.deepEqual(codes(doctor(list), 'warning'), []);
});

test('DR-SRIOV-01: no VF recorded', () => {
  const list = sriov();
  const e = networkStatus(list);
  delete e[1]!['device-info'];
  setNetworkStatus(list, e);
  assert.equal(only(doctor(list), 'DR-SRIOV-01').interface, 'blue');
});

test("DR-SRIOV-02: the VF's MAC is not the spec's", () => {
  const list = sriov();
  const e = networkStatus(list);
  e[1]!.mac = '4a:11:22:33:44:55';
  setNetworkStatus(list, e);
  const f = only(doctor(list), 'DR-SRIOV-02');
  assert.deepEqual([f.expected, f.actual], ['02:00:00:aa:bb:01', '4a:11:22:33:44:55']);
});
