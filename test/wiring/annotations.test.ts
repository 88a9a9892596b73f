import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD, MASQ } from './helpers';

test('Multus annotation follows interface order, splits ns/name, carries the MAC verbatim', () => {
  const w = wireSpec(
    spec(
      [MASQ, { name: 'green', bridge: {}, macAddress: '02:AA:00:00:00:01' }, { name: 'blue', bridge: {} }],
      [{ name: 'blue', multus: { networkName: 'blue-nad' } }, POD, { name: 'green', multus: { networkName: 'other/green-nad' } }],
    ),
    { namespace: 'team' },
  );
  assert.deepEqual(JSON.parse(w.podAnnotations['k8s.v1.cni.cncf.io/networks']!), [
    { name: 'green-nad', namespace: 'other', mac: '02:AA:00:00:00:01', interface: 'podba4788b226a' },
    { name: 'blue-nad', namespace: 'team', interface: 'pod16477688c0e' },
  ]);
});

test('a Multus default network: default-network annotation, eth0, network marked default', () => {
  const w = wireSpec(spec([{ name: 'main', bridge: {} }], [{ name: 'main', multus: { networkName: 'ovn-primary', default: true } }]));
  assert.deepEqual(w.podAnnotations, { 'v1.multus-cni.io/default-network': 'ovn-primary' });
  const i = w.interfaces[0]!;
  assert.deepEqual(i.network, { source: 'multus', networkName: 'ovn-primary', default: true });
  assert.equal(i.podInterface, 'eth0');
  assert.equal(i.tap, 'tap0');
  assert.equal(i.status!.infoSource, 'domain');
});

test('no annotations for a lone bridge on the pod network', () => {
  assert.deepEqual(wireSpec(spec([{ name: 'default', bridge: {} }], [POD])).podAnnotations, {});
});
