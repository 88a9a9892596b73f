import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD, only } from './helpers';

const PASST = { name: 'default', passtBinding: {} };
const BACKEND = '<backend type="passt" logFile="/var/run/kubevirt/passt.log"></backend>';
const MEMFD = '<memoryBacking><source type="memfd"></source><access mode="shared"></access></memoryBacking>';

test('core passtBinding: vhost-user interface forwarding all TCP and UDP; sysctls; memory backing', () => {
  const w = wireSpec(spec([PASST], [POD]));
  const i = only(w);
  assert.equal(
    i.domainXml,
    `<interface type="vhostuser"><source dev="eth0"></source><model type="virtio-non-transitional"></model><alias name="ua-default"></alias>${BACKEND}<portForward proto="tcp"></portForward><portForward proto="udp"></portForward></interface>`,
  );
  assert.deepEqual(i.inPod, { links: [], sysctls: { 'net/ipv4/ping_group_range': '107 107', 'net/ipv4/ip_unprivileged_port_start': '0' } });
  assert.equal(w.domainMemoryBackingXml, MEMFD);
  assert.deepEqual(w.podAnnotations, {});
});

test('passt ports: tcp ranges then udp ranges', () => {
  const i = only(
    wireSpec(spec([{ ...PASST, ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }, { port: 443, protocol: 'TCP' }] }], [POD])),
  );
  assert.ok(
    i.domainXml!.endsWith(
      `${BACKEND}<portForward proto="tcp"><range start="80"></range><range start="443"></range></portForward><portForward proto="udp"><range start="53"></range></portForward></interface>`,
    ),
  );
});

test('passt with Istio and no ports: only TCP with the reserved ports excluded (UDP not forwarded)', () => {
  const i = only(wireSpec(spec([PASST], [POD]), { annotations: { 'sidecar.istio.io/inject': 'true' } }));
  const ranges = [15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090]
    .map((p) => `<range start="${p}" exclude="yes"></range>`)
    .join('');
  assert.ok(i.domainXml!.endsWith(`${BACKEND}<portForward proto="tcp">${ranges}</portForward></interface>`));
});

test('core passt: multiqueue driver, s390x model, no memfd when libvirt lacks it', () => {
  const w = wireSpec(spec([PASST], [POD], { devices: { networkInterfaceMultiqueue: true }, domain: { cpu: { cores: 2 } } }), {
    ctx: { arch: 's390x', libvirtMemfdSupported: false },
  });
  const i = only(w);
  assert.ok(
    i.domainXml!.includes('<model type="virtio"></model><alias name="ua-default"></alias><driver name="vhost" queues="2"></driver>'),
  );
  assert.equal(i.status!.queueCount, 2);
  assert.equal(w.domainMemoryBackingXml, '<memoryBacking><access mode="shared"></access></memoryBacking>');
});

test('passt binding plugin: the sidecar interface (no driver, amd64 model even on s390x), NAD in Multus', () => {
  const ctx = {
    networkBindings: {
      passt: { sidecarImage: 'quay.io/kubevirt/network-passt-binding:v1.9.0', networkAttachmentDefinition: 'netbindingpasst' },
    },
  };
  const w = wireSpec(
    spec([{ name: 'default', binding: { name: 'passt' }, macAddress: '02:00:00:00:00:AA' }], [POD], {
      devices: { networkInterfaceMultiqueue: true },
    }),
    {
      ctx: { ...ctx, arch: 's390x' },
    },
  );
  const i = only(w);
  assert.equal(i.binding, 'plugin:passt');
  assert.equal(
    i.domainXml,
    `<interface type="vhostuser"><source dev="eth0"></source><model type="virtio-non-transitional"></model><mac address="02:00:00:00:00:AA"></mac><alias name="ua-default"></alias>${BACKEND}<portForward proto="tcp"></portForward><portForward proto="udp"></portForward></interface>`,
  );
  assert.equal(i.status!.queueCount, 1);
  assert.equal(w.domainMemoryBackingXml, MEMFD);
  assert.equal(
    w.podAnnotations['k8s.v1.cni.cncf.io/networks'],
    '[{"name":"netbindingpasst","namespace":"default","cni-args":{"logicNetworkName":"default"}}]',
  );
});

test('passt binding plugin on a Multus network: the sidecar finds no pod-network interface', () => {
  const ctx = { networkBindings: { passt: { sidecarImage: 'quay.io/kubevirt/network-passt-binding:v1.9.0' } } };
  const w = wireSpec(spec([{ name: 'red', binding: { name: 'passt' } }], [{ name: 'red', multus: { networkName: 'r' } }]), { ctx });
  assert.deepEqual(w.interfaces, []);
  assert.deepEqual(w.errors, [
    {
      phase: 'virt-launcher',
      field: 'spec.domain.devices.interfaces[0].binding.name',
      message: 'failed to create passt configurator: pod network not found',
    },
  ]);
});
