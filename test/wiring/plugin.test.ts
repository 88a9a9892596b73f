import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD, MASQ } from './helpers';

const RED = { name: 'red', multus: { networkName: 'red-nad' } };

test('managedTap plugin: bridge-binding links without fake IP, no DHCP, ethernet interface on the tap', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', binding: { name: 'mt' } }], [POD, RED]), {
    ctx: { networkBindings: { mt: { domainAttachmentType: 'managedTap' } } },
  });
  assert.deepEqual(w.errors, []);
  const i = w.interfaces[1]!;
  assert.equal(i.binding, 'plugin:mt');
  assert.deepEqual(
    i.inPod.links.map((l) => l.name),
    ['k6t-b1f51a511f1', 'b1f51a511f1-nic', 'tapb1f51a511f1', 'podb1f51a511f1'],
  );
  assert.deepEqual(i.inPod.links[0], { name: 'k6t-b1f51a511f1', kind: 'bridge', state: 'up' });
  assert.equal(i.dhcp, null);
  assert.deepEqual(i.guest, { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null });
  assert.equal(i.bridge, 'k6t-b1f51a511f1');
  assert.equal(i.tap, 'tapb1f51a511f1');
  assert.ok(i.domainXml!.startsWith('<interface type="ethernet"><source></source><target dev="tapb1f51a511f1" managed="no"></target>'));
  assert.equal(i.status!.infoSource, 'domain, multus-status');
});

test('tap plugin: no links, so the libvirt target is the pod interface the plugin CNI made (no tap…)', () => {
  const ctx = { networkBindings: { mv: { domainAttachmentType: 'tap' } } };
  const w = wireSpec(spec([{ name: 'default', binding: { name: 'mv' } }], [POD]), { ctx });
  const i = w.interfaces[0]!;
  assert.deepEqual(i.inPod.links, []);
  assert.equal(i.tap, null);
  assert.equal(i.bridge, null);
  assert.equal(
    i.domainXml,
    '<interface type="ethernet"><source></source><target dev="eth0" managed="no"></target><model type="virtio-non-transitional"></model><mac address="{{fromPod:mac}}"></mac><mtu size="{{fromPod:mtu}}"></mtu><alias name="ua-default"></alias><rom enabled="no"></rom></interface>',
  );
  assert.match(i.domainTargetRule!, /^tap0 if a link named tap0 exists in the pod, otherwise the pod interface eth0/);
  const macvtap = wireSpec(spec([MASQ, { name: 'red', binding: { name: 'mv' } }], [POD, RED]), { ctx }).interfaces[1]!;
  assert.ok(macvtap.domainXml!.includes('<target dev="podb1f51a511f1" managed="no"></target>'), macvtap.domainXml!);
  assert.equal(macvtap.status!.queueCount, 1);
  assert.equal(macvtap.status!.linkState, 'up');
});

test('sidecar-only plugin: nothing from KubeVirt in the domain; NAD with cni-args after the Multus entry', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', binding: { name: 'side' } }], [POD, RED]), {
    ctx: { networkBindings: { side: { sidecarImage: 'x/y:1', networkAttachmentDefinition: 'ns2/side-nad' } } },
  });
  const i = w.interfaces[1]!;
  assert.equal(i.domainXml, null);
  assert.equal(i.podInterface, 'podb1f51a511f1');
  // queue count and link state come from the interface the sidecar adds: unknown to KubeVirt beforehand
  assert.deepEqual(i.status, {
    podInterfaceName: 'podb1f51a511f1',
    infoSource: 'domain, multus-status',
    mac: 'runtime:set by the binding plugin sidecar',
    queueCount: null,
    linkState: null,
    ipAddresses: 'fromPod:pod IP(s) of podb1f51a511f1',
  });
  assert.deepEqual(JSON.parse(w.podAnnotations['k8s.v1.cni.cncf.io/networks']!), [
    { name: 'red-nad', namespace: 'default', interface: 'podb1f51a511f1' },
    { name: 'side-nad', namespace: 'ns2', 'cni-args': { logicNetworkName: 'red' } },
  ]);
});

test('an unregistered plugin stops virt-controller with KubeVirt message', () => {
  const w = wireSpec(spec([{ name: 'default', binding: { name: 'nope' } }], [POD]));
  assert.deepEqual(w, {
    interfaces: [],
    podAnnotations: {},
    errors: [
      {
        phase: 'virt-controller',
        field: 'spec.domain.devices.interfaces[0].binding.name',
        message: "couldn't find configuration for network binding: nope",
      },
    ],
  });
});
