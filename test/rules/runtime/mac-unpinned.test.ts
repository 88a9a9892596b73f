// MAC-UNPINNED: a bridge or SR-IOV interface on a Multus network without macAddress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMacUnpinned } from '../../../server/src/core/rules/runtime/mac-unpinned';
import { derivedMac } from '../../../server/src/core/fixes/mac';
import { IF, MASQ, POD, input, shape, spec } from '../../helpers/admission';

const NETS = [POD, { name: 'blue', multus: { networkName: 'blue-nad' } }];
const bridge = (extra: Record<string, unknown> = {}) => spec([MASQ, { name: 'blue', bridge: {}, ...extra }], NETS);

test('MAC-UNPINNED: a bridge NIC on a Multus network without macAddress (information, on the binding key)', () => {
  const got = checkMacUnpinned(input(bridge()));
  assert.deepEqual(got.map(shape), [
    {
      code: 'MAC-UNPINNED',
      severity: 'information',
      field: null,
      message:
        'interface "blue" (bridge) has no macAddress: KubeVirt gives the guest NIC the MAC of the launcher pod\'s interface, and the pod is new on every start of the VM, so its MAC changes on every start unless KubeMacPool assigns one; a guest that matches its NIC by MAC (netplan written by cloud-init at first boot, a DHCP reservation) loses this network after a restart. Pin a macAddress',
      at: IF(1, 'bridge'),
      part: 'key',
      related: [['spec', 'networks', 1, 'name']],
    },
  ]);
});

test('MAC-UNPINNED valid neighbour: the same bridge NIC with a pinned MAC', () => {
  assert.deepEqual(checkMacUnpinned(input(bridge({ macAddress: '02:00:00:00:00:0a' }))), []);
});

test('MAC-UNPINNED: SR-IOV too; not on the pod network, nor absent NICs', () => {
  const sriov = checkMacUnpinned(input(spec([MASQ, { name: 'blue', sriov: {} }], NETS)));
  assert.deepEqual(
    sriov.map((f) => [f.code, f.at]),
    [['MAC-UNPINNED', IF(1, 'sriov')]],
  );
  assert.match(sriov[0]!.message, /the guest sees whatever MAC the VF allocated at start has/);
  assert.deepEqual(checkMacUnpinned(input(spec([{ name: 'default', bridge: {} }], [POD]))), []);
  assert.deepEqual(checkMacUnpinned(input(bridge({ state: 'absent' }))), []);
});

test("MAC-UNPINNED: a warning when the VM's own networkData matches NICs by MAC", () => {
  const nd = {
    volumes: [
      {
        name: 'ci',
        cloudInitNoCloud: {
          networkData: 'version: 2\nethernets:\n  blue:\n    match: {macaddress: "02:00:00:00:00:0a"}\n    dhcp4: true\n',
        },
      },
    ],
  };
  const got = checkMacUnpinned(input(spec([MASQ, { name: 'blue', bridge: {} }], NETS, nd)));
  assert.equal(got[0]!.severity, 'warning');
  assert.match(got[0]!.message, /networkData matches NICs by MAC/);
});

test('MAC-UNPINNED: before v1.9 the bridge NIC also loses its DHCP lease after a live migration (fixed in v1.9.0)', () => {
  const old = checkMacUnpinned(input(bridge(), { kubevirtVersion: 'v1.8' }));
  assert.match(old[0]!.message, /after a live migration, so the guest loses its lease at its next DHCP request \(fixed in v1\.9\.0\)/);
  assert.doesNotMatch(checkMacUnpinned(input(bridge(), { kubevirtVersion: 'v1.9' }))[0]!.message, /live migration/);
});

test('MAC-UNPINNED: KubeMacPool assigns VMs a MAC (not VMIs); replica sets and pools are left alone', () => {
  assert.deepEqual(checkMacUnpinned(input(bridge(), { kubemacpool: true }, 'VirtualMachine')), []);
  assert.equal(checkMacUnpinned(input(bridge(), { kubemacpool: true })).length, 1);
  assert.equal(checkMacUnpinned(input(bridge(), {}, 'VirtualMachine')).length, 1);
  assert.deepEqual(checkMacUnpinned(input(bridge(), {}, 'VirtualMachineInstanceReplicaSet')), []);
  assert.deepEqual(checkMacUnpinned(input(bridge(), {}, 'VirtualMachinePool')), []);
});

test('the MAC to pin: locally administered unicast, derived from namespace/VM/interface, stable, another per interface', () => {
  const a = derivedMac('prod', 'web', 'blue');
  assert.match(a, /^02(:[0-9a-f]{2}){5}$/);
  assert.equal(derivedMac('prod', 'web', 'blue'), a);
  assert.notEqual(derivedMac('prod', 'web', 'red'), a);
  assert.notEqual(derivedMac('dev', 'web', 'blue'), a);
  assert.notEqual(derivedMac('prod', 'web', 'blue', new Set([a])), a);
});
