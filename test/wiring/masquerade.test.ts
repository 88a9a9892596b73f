import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireData, wireSpec, spec, POD, MASQ, only } from './helpers';
import { natForwards } from '../../server/src/core/wiring/nftables';
import { BASE_V4, BASE_V6, CATCH_ALL_V4, CATCH_ALL_V6 } from '../helpers/masquerade-nft';

const ISTIO_PORTS = '{ 15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090 }';

test('IPv4 pod, no ports: 13 commands', () => {
  assert.deepEqual(only(wireSpec(spec([MASQ], [POD]))).nftables, [...BASE_V4, ...CATCH_ALL_V4]);
});

test('dual-stack: ip then ip6, 26 commands; IPv6 bridge address, forwarding, DHCPv6', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { ctx: { podIPFamilies: ['IPv4', 'IPv6'] } }));
  assert.deepEqual(i.nftables, [...BASE_V4, ...CATCH_ALL_V4, ...BASE_V6, ...CATCH_ALL_V6]);
  assert.deepEqual(i.guest, { ipv4: '10.0.2.2/24', ipv4Gateway: '10.0.2.1', ipv6: 'fd10:0:2::2/120', ipv6Gateway: 'fd10:0:2::1' });
  assert.deepEqual(i.inPod.links[0], {
    name: 'k6t-eth0',
    kind: 'bridge',
    state: 'up',
    mac: '02:00:00:00:00:00',
    mtu: 'fromPod:mtu',
    ipv4: ['10.0.2.1/24'],
    ipv6: ['fd10:0:2::1/120'],
  });
  assert.deepEqual(i.inPod.sysctls, {
    'net/ipv4/ip_forward': '1',
    'net/ipv4/conf/k6t-eth0/route_localnet': '1',
    'net/ipv6/conf/all/forwarding': '1',
  });
  assert.equal(i.dhcp!.v6!.listenInterface, 'k6t-eth0');
  assert.equal(i.dhcp!.v6!.iaNaAddress, 'fd10:0:2::2');
  assert.equal(i.dhcp!.v6!.validLifetimeSeconds, 86313600);
  assert.equal(i.dhcp!.v6!.preferredLifetimeSeconds, 86313600);
  assert.ok(i.dhcp!.v4);
});

test('IPv6-only pod: no ip family, no DHCPv4, no IPv4 forwarding', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { ctx: { podIPFamilies: ['IPv6'] } }));
  assert.deepEqual(i.nftables, [...BASE_V6, ...CATCH_ALL_V6]);
  assert.deepEqual(i.inPod.links[0]!.ipv4, []);
  assert.deepEqual(i.inPod.sysctls, { 'net/ipv6/conf/all/forwarding': '1' });
  assert.equal(i.dhcp!.v4, null);
  assert.equal(i.guest.ipv4, null);
});

test('ports: braces only in PREINBOUND, protocol lower-cased, empty protocol is tcp', () => {
  const i = only(wireSpec(spec([{ ...MASQ, ports: [{ port: 22 }, { name: 'd', port: 53, protocol: 'UDP' }] }], [POD])));
  assert.deepEqual(i.nftables.slice(10), [
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND tcp dport 22 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1 } tcp dport 22 counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_PREINBOUND udp dport { 53 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 53 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1 } udp dport 53 counter dnat to 10.0.2.2',
  ]);
});

test('port ranges are ignored unless the PortRangesSpec gate is on', () => {
  const iface = { ...MASQ, portRanges: [{ protocol: 'TCP', start: 8000, end: 8100 }] };
  assert.deepEqual(only(wireSpec(spec([iface], [POD]))).nftables, [...BASE_V4, ...CATCH_ALL_V4]);
  const on = only(wireSpec(spec([iface], [POD]), { ctx: { featureGates: ['PortRangesSpec'] } }));
  assert.deepEqual(on.nftables.slice(10), [
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport 8000-8100 counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND tcp dport 8000-8100 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1 } tcp dport 8000-8100 counter dnat to 10.0.2.2',
  ]);
});

test('Istio (annotation matched case-insensitively), no ports: 15 commands', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { annotations: { 'sidecar.istio.io/inject': 'True' } }));
  assert.deepEqual(i.nftables.slice(10), [
    `nft add rule ip nat output tcp dport ${ISTIO_PORTS} ip saddr 127.0.0.1 counter return`,
    `nft add rule ip nat KUBEVIRT_POSTINBOUND tcp dport ${ISTIO_PORTS} ip saddr 127.0.0.1 counter return`,
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1, {{fromPod:podIPv4}} } counter dnat to 10.0.2.2',
  ]);
  const off = only(wireSpec(spec([MASQ], [POD]), { annotations: { 'sidecar.istio.io/inject': 'yes' } }));
  assert.equal(off.nftables.length, 13);
});

test('Istio with ports: port 22 (even UDP) gets a tcp PREINBOUND dnat, others none; concrete pod IP', () => {
  const i = only(
    wireSpec(spec([{ ...MASQ, ports: [{ port: 22, protocol: 'UDP' }, { port: 80 }] }], [POD]), {
      annotations: { 'sidecar.istio.io/inject': 'true' },
      ctx: { pod: { ipv4: '10.244.0.5/24' } },
    }),
  );
  assert.deepEqual(i.nftables.slice(10), [
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 22 ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1, 10.244.0.5 } udp dport 22 counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND tcp dport 80 ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1, 10.244.0.5 } tcp dport 80 counter dnat to 10.0.2.2',
  ]);
});

test('Istio on IPv6 keeps loopback-only sets', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { annotations: { 'sidecar.istio.io/inject': 'true' }, ctx: { podIPFamilies: ['IPv6'] } }));
  assert.deepEqual(i.nftables.slice(-2), [
    'nft add rule ip6 nat KUBEVIRT_POSTINBOUND ip6 saddr { ::1 } counter snat to fd10:0:2::1',
    'nft add rule ip6 nat output ip6 daddr { ::1 } counter dnat to fd10:0:2::2',
  ]);
});

test('legacy migration ports are skipped when migrationTransport is not Unix', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { ctx: { vmiStatus: { migrationTransport: '', runtimeUser: 107 } } }));
  assert.deepEqual(i.nftables.slice(10, 12), [
    'nft add rule ip nat output tcp dport { 49152, 49153 } ip saddr 127.0.0.1 counter return',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND tcp dport { 49152, 49153 } ip saddr 127.0.0.1 counter return',
  ]);
  assert.equal(i.nftables.length, 15);
  // the VMI's own status wins over the context
  const j = only(
    wireSpec(spec([MASQ], [POD]), {
      ctx: { vmiStatus: { migrationTransport: '', runtimeUser: 107 } },
      status: { migrationTransport: 'Unix' },
    }),
  );
  assert.equal(j.nftables.length, 13);
});

test('masquerade DHCPv4: any client, guest address, gateway as router and server id', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { name: 'my.vm' }));
  assert.deepEqual(i.dhcp!.v4, {
    listenInterface: 'k6t-eth0',
    clientMACFilter: null,
    yiaddr: '10.0.2.2',
    serverIdentifier: '10.0.2.1',
    leaseTimeSeconds: 86313600,
    options: {
      subnetMask: '255.255.255.0',
      router: '10.0.2.1',
      dnsServers:
        "fromPod:IPv4 'nameserver' lines of the virt-launcher /etc/resolv.conf, in order (8.8.8.8 if the file has no nameserver at all)",
      hostname: 'my',
      domainName: 'fromPod:longest entry of the search list',
      interfaceMTU: 'fromPod:mtu',
      domainSearch: "fromPod:'search' list of the virt-launcher /etc/resolv.conf, lower-cased (cluster.local if none)",
    },
  });
  assert.equal(i.dhcp!.v6, null);
});

test('tap owner: 107 for non-root (default), 0 for root unless the nonroot annotation', () => {
  assert.equal(only(wireSpec(spec([MASQ], [POD]))).inPod.links[1]!.uid, 107);
  const root = only(wireSpec(spec([MASQ], [POD]), { ctx: { vmiStatus: { migrationTransport: 'Unix', runtimeUser: 0 } } }));
  assert.equal(root.inPod.links[1]!.uid, 0);
  assert.equal(root.inPod.links[1]!.gid, 0);
  const ann = only(
    wireSpec(spec([MASQ], [POD]), {
      ctx: { vmiStatus: { migrationTransport: 'Unix', runtimeUser: 0 } },
      annotations: { 'kubevirt.io/nonroot': '' },
    }),
  );
  assert.equal(ann.inPod.links[1]!.uid, 107);
});

test('concrete pod values replace the fromPod placeholders', () => {
  const i = only(wireSpec(spec([MASQ], [POD]), { ctx: { pod: { mac: '0a:58:0a:f4:00:05', mtu: 1400, ipv4: '10.244.0.5/24' } } }));
  assert.equal(
    i.domainXml,
    '<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target><model type="virtio-non-transitional"></model><mac address="0a:58:0a:f4:00:05"></mac><mtu size="1400"></mtu><alias name="ua-default"></alias><rom enabled="no"></rom></interface>',
  );
  assert.equal(i.inPod.links[0]!.mtu, 1400);
  assert.equal(i.dhcp!.v4!.options.interfaceMTU, 1400);
  assert.equal(i.status!.mac, '0a:58:0a:f4:00:05');
});

test('spec MAC is normalised like Go (lower-case, colons) in the domain and status', () => {
  const i = only(wireSpec(spec([{ ...MASQ, macAddress: 'DE-AD-00-00-BE-EF' }], [POD])));
  assert.ok(i.domainXml!.includes('<mac address="de:ad:00:00:be:ef"></mac>'));
  assert.equal(i.status!.mac, 'de:ad:00:00:be:ef');
});

test('Istio pod annotations for any masquerade interface', () => {
  const w = wireSpec(spec([MASQ], [POD]));
  assert.deepEqual(w.podAnnotations, {
    'traffic.sidecar.istio.io/kubevirtInterfaces': 'k6t-eth0',
    'istio.io/reroute-virtual-interfaces': 'k6t-eth0',
  });
});

test('natForwards: the forwarded ports read from the rules (what a diagram draws on the NAT box)', () => {
  const ports = only(
    wireData(spec([{ ...MASQ, ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }] }], [POD]), {
      ctx: { podIPFamilies: ['IPv4', 'IPv6'] },
    }),
  );
  assert.deepEqual(natForwards(ports.nftables), [
    { family: 'ip', protocol: 'tcp', ports: [80], range: null, to: '10.0.2.2' },
    { family: 'ip', protocol: 'udp', ports: [53], range: null, to: '10.0.2.2' },
    { family: 'ip6', protocol: 'tcp', ports: [80], range: null, to: 'fd10:0:2::2' },
    { family: 'ip6', protocol: 'udp', ports: [53], range: null, to: 'fd10:0:2::2' },
  ]);
  assert.deepEqual(natForwards(only(wireData(spec([MASQ], [POD]))).nftables), [
    { family: 'ip', protocol: null, ports: null, range: null, to: '10.0.2.2' },
  ]);
  const ranges = only(
    wireData(spec([{ ...MASQ, portRanges: [{ protocol: 'TCP', start: 8000, end: 8100 }] }], [POD]), {
      ctx: { featureGates: ['PortRangesSpec'] },
    }),
  );
  assert.deepEqual(natForwards(ranges.nftables), [{ family: 'ip', protocol: 'tcp', ports: null, range: [8000, 8100], to: '10.0.2.2' }]);
  // Istio: only SSH reaches the guest directly
  const istio = only(wireData(spec([MASQ], [POD]), { annotations: { 'sidecar.istio.io/inject': 'true' } }));
  assert.deepEqual(natForwards(istio.nftables), [{ family: 'ip', protocol: 'tcp', ports: [22], range: null, to: '10.0.2.2' }]);
});
