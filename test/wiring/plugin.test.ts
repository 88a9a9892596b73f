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
  assert.deepEqual(i.inPod.links.map((l) => l.name), ['k6t-b1f51a511f1', 'b1f51a511f1-nic', 'tapb1f51a511f1', 'podb1f51a511f1']);
  assert.deepEqual(i.inPod.links[0], { name: 'k6t-b1f51a511f1', kind: 'bridge', state: 'up' });
  assert.equal(i.dhcp, null);
  assert.deepEqual(i.guest, { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null });
  assert.equal(i.bridge, 'k6t-b1f51a511f1');
  assert.equal(i.tap, 'tapb1f51a511f1');
  assert.ok(i.domainXml!.startsWith('<interface type="ethernet"><source></source><target dev="tapb1f51a511f1" managed="no"></target>'));
  assert.equal(i.status!.infoSource, 'domain, multus-status');
});

test('tap plugin: no links; KubeVirt renders the interface, target tap… or the pod interface', () => {
  const w = wireSpec(spec([{ name: 'default', binding: { name: 'mv' } }], [POD]), {
    ctx: { networkBindings: { mv: { domainAttachmentType: 'tap' } } },
  });
  const i = w.interfaces[0]!;
  assert.deepEqual(i.inPod.links, []);
  assert.equal(i.tap, null);
  assert.equal(i.bridge, null);
  assert.ok(i.domainXml!.includes('<target dev="tap0" managed="no"></target>'));
  assert.match(i.domainTargetRule!, /otherwise the pod interface eth0/);
});

test('sidecar-only plugin: nothing from KubeVirt in the domain; NAD with cni-args after the Multus entry', () => {
  const w = wireSpec(spec([MASQ, { name: 'red', binding: { name: 'side' } }], [POD, RED]), {
    ctx: { networkBindings: { side: { sidecarImage: 'x/y:1', networkAttachmentDefinition: 'ns2/side-nad' } } },
  });
  const i = w.interfaces[1]!;
  assert.equal(i.domainXml, null);
  assert.equal(i.podInterface, 'podb1f51a511f1');
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
    errors: [{ phase: 'virt-controller', field: null, message: "couldn't find configuration for network binding: nope" }],
  });
});
