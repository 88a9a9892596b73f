import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  hashedPodInterfaceName,
  bridgeName,
  renamedPodIfaceName,
  tapName,
  networkNameScheme,
  fakeBridgeIP,
} from '../../server/src/core/wiring/naming';
import { wireSpec, spec, POD, MASQ } from './helpers';

test('hashed pod interface names: the pairs pinned in KubeVirt tests', () => {
  const pinned: Record<string, string> = {
    network1: 'poda7662f44d65',
    network2: 'pod27f4a77f94e',
    red: 'podb1f51a511f1',
    green: 'podba4788b226a',
    blue: 'pod16477688c0e',
    secondnetwork: 'pod914f438d88d',
    default: 'pod37a8eec1ce1',
    test1: 'pod1b4f0e98519',
    'other-test1': 'pod49dba5c72f0',
  };
  for (const [net, name] of Object.entries(pinned)) assert.equal(hashedPodInterfaceName(net), name, net);
});

test('in-pod device names (link/names.go)', () => {
  const multus = { name: 'blue', multus: { networkName: 'blue-nad' } };
  assert.equal(bridgeName('eth0'), 'k6t-eth0');
  assert.equal(bridgeName('pod16477688c0e'), 'k6t-16477688c0e');
  assert.equal(bridgeName('net12'), 'k6t-net12');
  assert.equal(bridgeName('ovn-udn1'), 'k6t-ovn-udn1');
  assert.equal(renamedPodIfaceName('eth0'), 'eth0-nic');
  assert.equal(renamedPodIfaceName('pod16477688c0e'), '16477688c0e-nic');
  assert.equal(renamedPodIfaceName('net12'), 'net12-nic');
  assert.equal(tapName('pod16477688c0e', multus), 'tap16477688c0e');
  assert.equal(tapName('net1', multus), 'tap1');
  assert.equal(tapName('eth0', { name: 'default', pod: {} }), 'tap0');
  assert.equal(tapName('ovn-udn1', { name: 'default', pod: {} }), 'tap0');
  assert.equal(fakeBridgeIP(0), '169.254.75.10');
  assert.equal(fakeBridgeIP(10), '169.254.75.110');
});

test('the hash input is the logical network name, not the NAD name', () => {
  const s = networkNameScheme([POD, { name: 'red', multus: { networkName: 'blue' } }], []);
  assert.equal(s.byNetwork.get('red'), 'podb1f51a511f1');
  assert.equal(s.byNetwork.get('default'), 'eth0');
  assert.equal(s.ordinal, false);
});

test('a Multus default network is the primary: eth0, not hashed', () => {
  const s = networkNameScheme(
    [
      { name: 'main', multus: { networkName: 'ovn', default: true } },
      { name: 'red', multus: { networkName: 'r' } },
    ],
    [],
  );
  assert.equal(s.byNetwork.get('main'), 'eth0');
  assert.equal(s.byNetwork.get('red'), 'podb1f51a511f1');
});

test('legacy ordinal names net1..netN (spec.networks order) when the status shows them', () => {
  const w = wireSpec(
    spec(
      [MASQ, { name: 'blue', bridge: {} }, { name: 'red', bridge: {} }],
      [POD, { name: 'red', multus: { networkName: 'red-nad' } }, { name: 'blue', multus: { networkName: 'blue-nad' } }],
    ),
    {
      status: {
        interfaces: [
          { name: 'default', podInterfaceName: 'eth0' },
          { name: 'red', podInterfaceName: 'net1' },
        ],
      },
    },
  );
  assert.deepEqual(w.errors, []);
  const [, blue, red] = w.interfaces;
  assert.equal(red!.podInterface, 'net1');
  assert.equal(red!.bridge, 'k6t-net1');
  assert.equal(red!.tap, 'tap1');
  assert.equal(red!.inPod.links[1]!.name, 'net1-nic');
  assert.equal(blue!.podInterface, 'net2');
  assert.equal(blue!.tap, 'tap2');
  assert.equal(blue!.status!.podInterfaceName, 'net2');
});

test('hashed names win when the status of a secondary network shows a hashed name', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', bridge: {} }], [POD, { name: 'red', multus: { networkName: 'r' } }]), {
    status: { interfaces: [{ name: 'red', podInterfaceName: 'podb1f51a511f1' }] },
  });
  assert.equal(w.interfaces[1]!.podInterface, 'podb1f51a511f1');
});

test('custom primary pod interface name from status (e.g. an OVN user-defined network)', () => {
  const w = wireSpec(spec([MASQ], [POD]), { status: { interfaces: [{ name: 'default', podInterfaceName: 'ovn-udn1' }] } });
  const i = w.interfaces[0]!;
  assert.equal(i.podInterface, 'ovn-udn1');
  assert.equal(i.bridge, 'k6t-ovn-udn1');
  assert.equal(i.tap, 'tap0');
  assert.equal(i.inPod.podIfaceUntouched, 'ovn-udn1');
  assert.ok(i.nftables.includes('nft add rule ip nat prerouting iifname ovn-udn1 counter jump KUBEVIRT_PREINBOUND'));
  assert.ok(i.nftables.includes('nft add rule ip nat postrouting oifname k6t-ovn-udn1 counter jump KUBEVIRT_POSTINBOUND'));
  assert.equal(i.status!.podInterfaceName, 'ovn-udn1');
  assert.ok(i.domainXml!.includes('<target dev="tap0" managed="no"></target>'));
  // the Istio annotations always name k6t-eth0
  assert.equal(w.podAnnotations['traffic.sidecar.istio.io/kubevirtInterfaces'], 'k6t-eth0');
});

test('custom primary name with bridge binding renames it <name>-nic', () => {
  const w = wireSpec(spec([{ name: 'default', bridge: {} }], [POD]), {
    status: { interfaces: [{ name: 'default', podInterfaceName: 'ovn-udn1' }] },
  });
  const i = w.interfaces[0]!;
  assert.deepEqual(
    i.inPod.links.map((l) => l.name),
    ['k6t-ovn-udn1', 'ovn-udn1-nic', 'tap0', 'ovn-udn1'],
  );
});
