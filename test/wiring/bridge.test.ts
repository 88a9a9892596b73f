import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD, MASQ, only } from './helpers';

const BRIDGE = { name: 'default', bridge: {} };

test('bridge on the pod network: four links in order, arp_ignore, fake IP by interface index', () => {
  const i = only(wireSpec(spec([BRIDGE], [POD])));
  assert.deepEqual(
    i.inPod.links.map((l) => [l.name, l.kind]),
    [
      ['k6t-eth0', 'bridge'],
      ['eth0-nic', 'pod-iface-renamed'],
      ['tap0', 'tap'],
      ['eth0', 'dummy'],
    ],
  );
  assert.deepEqual(i.inPod.links[0]!.ipv4, ['169.254.75.10/32']);
  assert.deepEqual(i.inPod.sysctls, { 'net/ipv4/conf/all/arp_ignore': '1' });
  assert.equal(i.dhcp!.v4!.serverIdentifier, '169.254.75.10');
  assert.equal(i.dhcp!.v6, null);
  assert.equal(i.nftables.length, 0);
  assert.deepEqual(w0Annotations(), {});
});

function w0Annotations() {
  return wireSpec(spec([BRIDGE], [POD])).podAnnotations;
}

test('bridge on an IPv6-only pod: no fake IP, no DHCP, no arp_ignore, no guest address', () => {
  const i = only(wireSpec(spec([BRIDGE], [POD]), { ctx: { podIPFamilies: ['IPv6'] } }));
  assert.equal(i.inPod.links[0]!.ipv4, undefined);
  assert.deepEqual(i.inPod.sysctls, {});
  assert.equal(i.dhcp, null);
  assert.deepEqual(i.guest, { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null });
});

test('client MAC filter and domain MAC come from spec.macAddress when set (normalised)', () => {
  const i = only(wireSpec(spec([{ ...BRIDGE, macAddress: '02:AB:CD:00:00:01' }], [POD])));
  assert.equal(i.dhcp!.v4!.clientMACFilter, '02:ab:cd:00:00:01');
  assert.ok(i.domainXml!.includes('<mac address="02:ab:cd:00:00:01"></mac>'));
});

test('absent interface: nothing wired, excluded from Multus; fake IP index vs DHCP server id index', () => {
  const w = wireSpec(
    spec(
      [MASQ, { name: 'red', bridge: {}, state: 'absent' }, { name: 'blue', bridge: {} }],
      [POD, { name: 'red', multus: { networkName: 'red-nad' } }, { name: 'blue', multus: { networkName: 'blue-nad' } }],
    ),
  );
  assert.deepEqual(w.errors, []);
  const [, red, blue] = w.interfaces;
  assert.equal(red!.absent, true);
  assert.equal(red!.podInterface, null);
  assert.equal(red!.domainXml, null);
  assert.deepEqual(red!.inPod.links, []);
  assert.equal(red!.status, null);
  assert.deepEqual(blue!.inPod.links[0]!.ipv4, ['169.254.75.11/32']);
  assert.equal(blue!.dhcp!.v4!.serverIdentifier, '169.254.75.12');
  assert.equal(w.podAnnotations['k8s.v1.cni.cncf.io/networks'], '[{"name":"blue-nad","namespace":"default","interface":"pod16477688c0e"}]');
});

test('bridge on a Multus network: IPAM-dependent texts, hashed names, multus-status', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', bridge: {} }], [POD, { name: 'red', multus: { networkName: 'red-nad' } }]));
  const red = w.interfaces[1]!;
  assert.equal(red.bridge, 'k6t-b1f51a511f1');
  assert.equal(red.inPod.links[0]!.ipv4When, 'only if podb1f51a511f1 has a global-unicast IPv4 address (NAD IPAM)');
  assert.equal(red.status!.infoSource, 'domain, multus-status');
  assert.equal(red.dhcp!.v4!.options.interfaceMTU, 'fromPod:MTU of b1f51a511f1-nic');
});

test('guest agent adds its info source', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', bridge: {} }], [POD, { name: 'red', multus: { networkName: 'r' } }]), {
    ctx: { guestAgent: true },
  });
  assert.equal(w.interfaces[0]!.status!.infoSource, 'domain, guest-agent');
  assert.equal(w.interfaces[1]!.status!.infoSource, 'domain, guest-agent, multus-status');
});

test('auto-attached default interface follows the cluster default', () => {
  const none = { domain: { devices: {} } };
  const b = only(wireSpec(none));
  assert.equal(b.binding, 'bridge');
  assert.equal(b.defaulted, true);
  const m = only(wireSpec(none, { ctx: { defaultNetworkInterface: 'masquerade' } }));
  assert.equal(m.binding, 'masquerade');
  assert.equal(m.defaulted, true);
  assert.deepEqual(wireSpec({ domain: { devices: { autoattachPodInterface: false } } }).interfaces, []);
});

test('a VM is wired from its template (VMI name = VM name)', () => {
  const w = wireSpec(spec([BRIDGE], [POD]), { kind: 'VirtualMachine', name: 'vm1' });
  assert.equal(w.interfaces[0]!.dhcp!.v4!.options.hostname, 'vm1');
});
