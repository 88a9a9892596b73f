// MASQ-IPV6-ROUTE: masquerade on an IPv6 pod gives the guest an address by DHCPv6 but no default route.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMasqueradeIPv6Route } from '../../../server/src/core/rules/runtime/masquerade-ipv6-route';
import { setsIPv6DefaultRoute } from '../../../server/src/core/model/cloud-init';
import { IF, MASQ, POD, input, spec } from '../../helpers/admission';

const dual = { podIPFamilies: ['IPv4', 'IPv6'] as ('IPv4' | 'IPv6')[] };
const v6 = { podIPFamilies: ['IPv6'] as ('IPv4' | 'IPv6')[] };
const cloudInit = (networkData: string) => ({ volumes: [{ name: 'ci', cloudInitNoCloud: { networkData } }] });
const ROUTE = 'version: 2\nethernets:\n  eth0:\n    dhcp4: true\n    addresses: [ fd10:0:2::2/120 ]\n    gateway6: fd10:0:2::1\n';

test('MASQ-IPV6-ROUTE: masquerade on an IPv6-only pod without networkData is a warning with the addresses to configure', () => {
  const got = checkMasqueradeIPv6Route(input(spec([MASQ], [POD]), v6));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['MASQ-IPV6-ROUTE', 'warning', IF(0, 'masquerade')]],
  );
  assert.equal(
    got[0]!.message,
    'interface "default" (masquerade): the pod is IPv6-only, so KubeVirt\'s DHCPv6 server gives the guest fd10:0:2::2 but no default route (nothing sends router advertisements), and there is no cloud-init networkData: the guest has no IPv6 connectivity beyond the pod. Configure it in cloud-init networkData (address fd10:0:2::2/120, gateway6 fd10:0:2::1), or use passtBinding, which sets up IPv6 itself',
  );
});

test('MASQ-IPV6-ROUTE: on a dual-stack pod IPv4 still works: information', () => {
  const got = checkMasqueradeIPv6Route(input(spec([MASQ], [POD]), dual));
  assert.deepEqual(
    got.map((f) => f.severity),
    ['information'],
  );
  assert.match(got[0]!.message, /the pod is dual-stack, so KubeVirt's DHCPv6 server/);
});

test("MASQ-IPV6-ROUTE valid neighbour: the same VM with the user guide's networkData (gateway6)", () => {
  assert.deepEqual(checkMasqueradeIPv6Route(input(spec([MASQ], [POD], cloudInit(ROUTE)), dual)), []);
  // a Secret's content is unknown: no claim
  assert.deepEqual(
    checkMasqueradeIPv6Route(
      input(spec([MASQ], [POD], { volumes: [{ name: 'ci', cloudInitNoCloud: { networkDataSecretRef: { name: 's' } } }] }), dual),
    ),
    [],
  );
});

test('MASQ-IPV6-ROUTE: networkData without an IPv6 route still warns; a custom vmIPv6NetworkCIDR gives its own addresses', () => {
  const v4only = checkMasqueradeIPv6Route(input(spec([MASQ], [POD], cloudInit('version: 2\nethernets:\n  eth0: {dhcp4: true}\n')), dual));
  assert.match(v4only[0]!.message, /its cloud-init networkData sets no IPv6 default route/);
  const custom = checkMasqueradeIPv6Route(input(spec([MASQ], [{ name: 'default', pod: { vmIPv6NetworkCIDR: 'fd20::/64' } }]), dual));
  assert.match(custom[0]!.message, /address fd20::2\/64, gateway6 fd20::1/);
});

test('MASQ-IPV6-ROUTE: an IPv4 pod is silent; only vmIPv6NetworkCIDR (pod family unknown) is information', () => {
  assert.deepEqual(checkMasqueradeIPv6Route(input(spec([MASQ], [POD]))), []);
  const hint = checkMasqueradeIPv6Route(input(spec([MASQ], [{ name: 'default', pod: { vmIPv6NetworkCIDR: 'fd10:0:2::/120' } }])));
  assert.deepEqual(
    hint.map((f) => f.severity),
    ['information'],
  );
  assert.match(hint[0]!.message, /if the pod has IPv6 \(a dual-stack or IPv6 cluster\)/);
  // bridge and passtBinding are not masquerade
  assert.deepEqual(checkMasqueradeIPv6Route(input(spec([{ name: 'default', passtBinding: {} }], [POD]), dual)), []);
});

test('networkData that gives an IPv6 default route: gateway6, ::/0, a v1 IPv6 gateway, accept-ra', () => {
  assert.equal(setsIPv6DefaultRoute(ROUTE), true);
  assert.equal(setsIPv6DefaultRoute('routes:\n- to: "::/0"\n  via: fd10:0:2::1\n'), true);
  assert.equal(
    setsIPv6DefaultRoute(
      'config:\n- type: physical\n  subnets:\n  - type: static6\n    address: fd10:0:2::2/120\n    gateway: fd10:0:2::1\n',
    ),
    true,
  );
  assert.equal(setsIPv6DefaultRoute('ethernets:\n  eth0: {accept-ra: true}\n'), true);
  assert.equal(setsIPv6DefaultRoute('ethernets:\n  eth0: {dhcp4: true, gateway4: 10.0.2.1}\n'), false);
});
