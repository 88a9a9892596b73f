import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePciAddress } from '../../server/src/core/wiring/domain-xml';
import { queuesCapacity, quantityValue } from '../../server/src/core/wiring/queues';
import { wireSpec, spec, POD, MASQ, only } from './helpers';

const TAIL = '<alias name="ua-default"></alias>';
const xmlOf = (ifaceExtra: Record<string, unknown>, extra: Parameters<typeof spec>[2] = {}, b: Parameters<typeof wireSpec>[1] = {}) =>
  only(wireSpec(spec([{ ...MASQ, ...ifaceExtra }], [POD], extra), b)).domainXml!;

test('amd64 default: virtio-non-transitional and rom disabled', () => {
  assert.equal(
    xmlOf({}),
    `<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target><model type="virtio-non-transitional"></model><mac address="{{fromPod:mac}}"></mac><mtu size="{{fromPod:mtu}}"></mtu>${TAIL}<rom enabled="no"></rom></interface>`,
  );
});

test('s390x: model virtio and no rom; spec.architecture wins over the cluster default', () => {
  const s390 = `<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target><model type="virtio"></model><mac address="{{fromPod:mac}}"></mac><mtu size="{{fromPod:mtu}}"></mtu>${TAIL}</interface>`;
  assert.equal(xmlOf({}, {}, { ctx: { arch: 's390x' } }), s390);
  assert.equal(xmlOf({}, { spec: { architecture: 's390x' } }), s390);
  assert.ok(xmlOf({}, {}, { ctx: { arch: 'arm64' } }).includes('<model type="virtio-non-transitional"></model>'));
});

test('useVirtioTransitional and explicit models', () => {
  assert.ok(xmlOf({}, { devices: { useVirtioTransitional: true } }).includes('<model type="virtio-transitional"></model>'));
  assert.ok(xmlOf({ model: 'e1000' }).includes('<model type="e1000"></model>'));
  assert.ok(xmlOf({ model: 'virtio' }).includes('<model type="virtio-non-transitional"></model>'));
});

test('PCI address, ACPI index, boot order (no rom then), link state down: element order', () => {
  assert.equal(
    xmlOf({ pciAddress: '0000:81:0A.7', acpiIndex: 3, bootOrder: 2, state: 'down' }),
    '<interface type="ethernet"><address type="pci" domain="0x0000" bus="0x81" slot="0x0A" function="0x7"></address><source></source><target dev="tap0" managed="no"></target><model type="virtio-non-transitional"></model><mac address="{{fromPod:mac}}"></mac><mtu size="{{fromPod:mtu}}"></mtu><boot order="2"></boot><link state="down"></link><alias name="ua-default"></alias><acpi index="3"></acpi></interface>',
  );
  const i = only(wireSpec(spec([{ ...MASQ, state: 'down' }], [POD])));
  assert.equal(i.status!.linkState, 'down');
});

test('multiqueue: driver queues = sockets×cores×threads, tap queues and status queueCount follow', () => {
  const extra = { devices: { networkInterfaceMultiqueue: true }, domain: { cpu: { sockets: 2, cores: 2, threads: 1 } } };
  const i = only(wireSpec(spec([MASQ], [POD], extra)));
  assert.ok(i.domainXml!.endsWith(`${TAIL}<driver name="vhost" queues="4"></driver><rom enabled="no"></rom></interface>`));
  assert.equal(i.inPod.links[1]!.queues, 4);
  assert.equal(i.status!.queueCount, 4);
  // a non-virtio model gets neither a driver nor tap queues
  const e = only(wireSpec(spec([{ ...MASQ, model: 'e1000' }], [POD], extra)));
  assert.ok(!e.domainXml!.includes('<driver'));
  assert.equal(e.inPod.links[1]!.queues, 0);
  assert.equal(e.status!.queueCount, 1);
});

test('multiqueue capacity: CPU limit/request as sockets (rounded up), cap 256', () => {
  const mq = { domain: { devices: { networkInterfaceMultiqueue: true } } };
  assert.equal(queuesCapacity({ domain: { devices: {} } }), 0);
  assert.equal(queuesCapacity(mq), 1);
  assert.equal(queuesCapacity({ domain: { ...mq.domain, resources: { requests: { cpu: '3' } } } }), 3);
  assert.equal(queuesCapacity({ domain: { ...mq.domain, resources: { limits: { cpu: '2500m' }, requests: { cpu: '1' } } } }), 3);
  assert.equal(queuesCapacity({ domain: { ...mq.domain, cpu: { cores: 300 } } }), 256);
  assert.equal(queuesCapacity({ domain: { ...mq.domain, cpu: { cores: 4 }, resources: { requests: { cpu: '8' } } } }), 4);
  assert.equal(quantityValue('500m'), 1);
  assert.equal(quantityValue(2), 2);
});

test('SEV launch security: IOMMU driver, rom kept even with a boot order', () => {
  assert.ok(
    xmlOf({ bootOrder: 1 }, { domain: { launchSecurity: { sev: {} } } }).endsWith(
      `<boot order="1"></boot>${TAIL}<driver name="vhost" iommu="on"></driver><rom enabled="no"></rom></interface>`,
    ),
  );
});

test('PCI address parsing keeps case and rejects bad forms', () => {
  assert.deepEqual(parsePciAddress('0000:81:0a.1'), { domain: '0x0000', bus: '0x81', slot: '0x0a', function: '0x1' });
  assert.equal(parsePciAddress('0000:81:0a.8'), undefined);
  assert.equal(parsePciAddress('81:0a.1'), undefined);
});
