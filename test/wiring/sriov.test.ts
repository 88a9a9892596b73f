import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD, MASQ } from './helpers';

const NET = { name: 'sriov-net', multus: { networkName: 'sriov-nad' } };
const HOST =
  '<source><address type="pci" domain="{{fromPod:vfPCI.domain}}" bus="{{fromPod:vfPCI.bus}}" slot="{{fromPod:vfPCI.slot}}" function="{{fromPod:vfPCI.function}}"></address></source>';

test('SR-IOV: hostdev with boot order and guest PCI address, alias ua-sriov-<name>; no links', () => {
  const w = wireSpec(
    spec([MASQ, { name: 'sriov-net', sriov: {}, bootOrder: 2, pciAddress: '0000:05:00.0', macAddress: 'DE:AD:00:00:BE:EF' }], [POD, NET]),
  );
  assert.deepEqual(w.errors, []);
  const s = w.interfaces[1]!;
  assert.equal(
    s.domainXml,
    `<hostdev type="pci" managed="no">${HOST}<boot order="2"></boot><address type="pci" domain="0x0000" bus="0x05" slot="0x00" function="0x0"></address><alias name="ua-sriov-sriov-net"></alias></hostdev>`,
  );
  assert.equal(s.podInterface, 'pod5862143f341');
  assert.equal(s.bridge, null);
  assert.equal(s.tap, null);
  assert.equal(s.dhcp, null);
  assert.deepEqual(s.inPod, { links: [], sysctls: {} });
  assert.deepEqual(s.status, {
    podInterfaceName: 'pod5862143f341',
    infoSource: 'domain, multus-status',
    mac: 'DE:AD:00:00:BE:EF',
    queueCount: null,
    linkState: null,
    ipAddresses: null,
  });
  assert.equal(
    w.podAnnotations['k8s.v1.cni.cncf.io/networks'],
    '[{"name":"sriov-nad","namespace":"default","mac":"DE:AD:00:00:BE:EF","interface":"pod5862143f341"}]',
  );
});

test('SR-IOV interfaces count in the phase-1 index (fake IP of a later bridge)', () => {
  const w = wireSpec(
    spec(
      [
        { name: 'sriov-net', sriov: {} },
        { name: 'br', bridge: {} },
      ],
      [NET, { name: 'br', multus: { networkName: 'b' } }],
    ),
  );
  assert.deepEqual(w.interfaces[1]!.inPod.links[0]!.ipv4, ['169.254.75.11/32']);
});

test('SR-IOV on a DRA network: no pod interface, no Multus annotation', () => {
  const w = wireSpec(spec([{ name: 'dra', sriov: {} }], [{ name: 'dra', resourceClaim: { claimName: 'c', requestName: 'r' } }]));
  const s = w.interfaces[0]!;
  assert.deepEqual(s.network, { source: 'resourceClaim', claimName: 'c', requestName: 'r' });
  assert.equal(s.podInterface, null);
  assert.equal(s.status!.infoSource, 'domain');
  assert.deepEqual(w.podAnnotations, {});
});
