// MULTI-NIC-ROUTES: several bridge NICs and no cloud-init networkData.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMultiNicRoutes } from '../../../server/src/core/rules/runtime/multi-nic-routes';
import { IF, POD, input, spec } from '../../helpers/admission';

const NETS = [POD, { name: 'vlan10', multus: { networkName: 'vlan10' } }, { name: 'vlan20', multus: { networkName: 'vlan20' } }];
const IFACES = [
  { name: 'default', masquerade: {} },
  { name: 'vlan10', bridge: {} },
  { name: 'vlan20', bridge: {} },
];

test('MULTI-NIC-ROUTES: two bridge NICs without networkData (information on the second, pointing at the first)', () => {
  const got = checkMultiNicRoutes(input(spec(IFACES, NETS)));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at, f.related?.map((r) => r.at), f.data?.['interfaces']]),
    [['MULTI-NIC-ROUTES', 'information', IF(2, 'bridge'), [IF(1, 'name')], ['vlan10', 'vlan20']]],
  );
  assert.match(
    got[0]!.message,
    /^2 bridge interfaces \("vlan10", "vlan20"\) and no cloud-init networkData: KubeVirt does not configure the guest/,
  );
});

test('MULTI-NIC-ROUTES valid neighbours: networkData describes the NICs; one bridge NIC; a duplicate name is no second NIC', () => {
  const nd = {
    volumes: [
      {
        name: 'ci',
        cloudInitNoCloud: {
          networkData: 'version: 2\nethernets:\n  enp2s0: {dhcp4: true}\n  enp3s0: {dhcp4: true, dhcp4-overrides: {use-routes: false}}\n',
        },
      },
    ],
  };
  assert.deepEqual(checkMultiNicRoutes(input(spec(IFACES, NETS, nd))), []);
  assert.deepEqual(checkMultiNicRoutes(input(spec(IFACES.slice(0, 2), NETS.slice(0, 2)))), []);
  assert.deepEqual(checkMultiNicRoutes(input(spec([IFACES[1], IFACES[1]], NETS))), []);
  assert.deepEqual(checkMultiNicRoutes(input(spec([IFACES[0], IFACES[1], { ...IFACES[2], state: 'absent' }], NETS))), []);
});
