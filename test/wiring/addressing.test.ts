import { test } from 'node:test';
import assert from 'node:assert/strict';
import { masqueradeAddresses, sanitizeVMNetworkCIDR, isGlobalUnicast } from '../../server/src/core/model/addressing';
import { wireSpec, spec, MASQ, only } from './helpers';

test('default masquerade CIDRs: gateway .1, guest .2', () => {
  assert.deepEqual(masqueradeAddresses(undefined, 'ipv4'), {
    ok: true,
    value: { gateway: '10.0.2.1', guest: '10.0.2.2', prefix: 24, mask: '255.255.255.0' },
  });
  assert.deepEqual(masqueradeAddresses('', 'ipv6'), { ok: true, value: { gateway: 'fd10:0:2::1', guest: 'fd10:0:2::2', prefix: 120 } });
});

test('host bits are ignored; /30 and /126 are the smallest accepted', () => {
  assert.deepEqual(masqueradeAddresses('10.11.12.77/24', 'ipv4'), {
    ok: true,
    value: { gateway: '10.11.12.1', guest: '10.11.12.2', prefix: 24, mask: '255.255.255.0' },
  });
  assert.deepEqual(masqueradeAddresses('192.168.7.9/30', 'ipv4'), {
    ok: true,
    value: { gateway: '192.168.7.9', guest: '192.168.7.10', prefix: 30, mask: '255.255.255.252' },
  });
  assert.equal((masqueradeAddresses('fd00::/126', 'ipv6') as { value: { guest: string } }).value.guest, 'fd00::2');
});

test('/31, /32 and /127 are runtime errors with KubeVirt message', () => {
  for (const cidr of ['10.0.2.0/31', '10.0.2.0/32']) {
    assert.deepEqual(masqueradeAddresses(cidr, 'ipv4'), {
      ok: false,
      message: `VM CIDR subnet is too small, at least 2 host addresses are required: ${cidr}`,
    });
  }
  assert.deepEqual(masqueradeAddresses('fd10:0:2::/127', 'ipv6'), {
    ok: false,
    message: 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10:0:2::/127',
  });
  assert.deepEqual(masqueradeAddresses('nonsense', 'ipv4'), {
    ok: false,
    message: 'failed to parse VM CIDR: nonsense, invalid CIDR address: nonsense',
  });
});

test('vmNetworkCIDR is sanitized on decoding (leading zeros), the IPv6 one is not', () => {
  assert.equal(sanitizeVMNetworkCIDR('10.10.010.0/24'), '10.10.10.0/24');
  assert.equal(sanitizeVMNetworkCIDR('junk'), 'junk');
  const i = only(wireSpec(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.10.010.0/24' } }])));
  assert.equal(i.guest.ipv4, '10.10.10.2/24');
});

test('custom CIDRs reach the bridge, guest, DHCP and nftables', () => {
  const i = only(
    wireSpec(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.11.12.0/28', vmIPv6NetworkCIDR: 'fd00:abcd::/64' } }]), {
      ctx: { podIPFamilies: ['IPv4', 'IPv6'] },
    }),
  );
  assert.deepEqual(i.guest, { ipv4: '10.11.12.2/28', ipv4Gateway: '10.11.12.1', ipv6: 'fd00:abcd::2/64', ipv6Gateway: 'fd00:abcd::1' });
  assert.deepEqual(i.inPod.links[0]!.ipv4, ['10.11.12.1/28']);
  assert.deepEqual(i.inPod.links[0]!.ipv6, ['fd00:abcd::1/64']);
  assert.equal(i.dhcp!.v4!.options.subnetMask, '255.255.255.240');
  assert.equal(i.dhcp!.v4!.yiaddr, '10.11.12.2');
  assert.equal(i.dhcp!.v6!.iaNaAddress, 'fd00:abcd::2');
  assert.ok(i.nftables.includes('nft add rule ip nat postrouting ip saddr 10.11.12.2 counter masquerade'));
  assert.ok(i.nftables.includes('nft add rule ip6 nat KUBEVIRT_POSTINBOUND ip6 saddr { ::1 } counter snat to fd00:abcd::1'));
});

test('a too-small CIDR fails the VMI in virt-handler: no interfaces, the error on the CIDR field', () => {
  const w = wireSpec(
    spec(
      [MASQ],
      [
        { name: 'x', multus: { networkName: 'n' } },
        { name: 'default', pod: { vmNetworkCIDR: '10.0.2.0/31' } },
      ],
    ),
  );
  assert.deepEqual(w.interfaces, []);
  assert.deepEqual(w.errors, [
    {
      phase: 'virt-handler',
      field: 'spec.networks[1].pod.vmNetworkCIDR',
      message: 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31',
    },
  ]);
  const vm = wireSpec(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.2.0/31' } }]), { kind: 'VirtualMachine' });
  assert.equal(vm.errors[0]!.field, 'spec.template.spec.networks[0].pod.vmNetworkCIDR');
});

test('an IPv6 /127 only matters when the pod has IPv6', () => {
  const net = [{ name: 'default', pod: { vmIPv6NetworkCIDR: 'fd10:0:2::/127' } }];
  assert.deepEqual(wireSpec(spec([MASQ], net)).errors, []);
  const w = wireSpec(spec([MASQ], net), { ctx: { podIPFamilies: ['IPv4', 'IPv6'] } });
  assert.deepEqual(w.errors, [
    {
      phase: 'virt-handler',
      field: 'spec.networks[0].pod.vmIPv6NetworkCIDR',
      message: 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10:0:2::/127',
    },
  ]);
});

test('global unicast like Go', () => {
  assert.ok(isGlobalUnicast('10.244.0.5'));
  assert.ok(isGlobalUnicast('fd10::5'));
  assert.ok(!isGlobalUnicast('fe80::1'));
  assert.ok(!isGlobalUnicast('127.0.0.1'));
  assert.ok(!isGlobalUnicast('169.254.1.1'));
});
