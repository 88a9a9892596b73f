import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { IF, MASQ, NET, POD, brief, input, shape, spec } from '../../helpers/admission';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('BIND-01: no binding', () => {
  assert.deepEqual(validateInterfaceBinding(input(spec([{ name: 'default' }], [POD]))).map(shape), [
    { code: 'BIND-01', severity: 'error', field: 'spec.domain.devices.interfaces[0]', message: 'logical default interface must have exactly one binding method or binding plugin', at: IF(0, 'name'), part: 'value' },
  ]);
});

test('BIND-01: plugin and bridge together, at the second binding key', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', bridge: {}, binding: { name: 'p' } }], [POD, SEC])));
  assert.deepEqual(got.map(shape), [
    { code: 'BIND-01', severity: 'error', field: 'spec.domain.devices.interfaces[1]', message: 'logical sec interface must have exactly one binding method or binding plugin', at: IF(1, 'binding'), part: 'key', related: [IF(1, 'bridge')] },
  ]);
});

test('BIND-01: a discontinued binding alone does not count', () => {
  assert.deepEqual(validateInterfaceBinding(input(spec([{ name: 'default', slirp: {} }], [POD]))).map((f) => f.code), ['BIND-01']);
});

test('BIND-02: masquerade on a Multus network, related to the network', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', masquerade: {} }], [POD, SEC])));
  assert.deepEqual(got.map(shape), [
    { code: 'BIND-02', severity: 'error', field: 'spec.domain.devices.interfaces[1].name', message: 'Masquerade interface only implemented with pod network', at: IF(1, 'name'), part: 'value', related: [NET(1, 'name')] },
  ]);
});

test('BIND-02: masquerade without any network is checked against an empty network', () => {
  assert.deepEqual(validateInterfaceBinding(input(spec([{ name: 'x', masquerade: {} }], [POD]))).map((f) => f.code), ['BIND-02']);
});

test('BIND-03: reserved MAC (exact string); the dash form passes', () => {
  const got = validateInterfaceBinding(input(spec([{ ...MASQ, macAddress: '02:00:00:00:00:00' }], [POD])));
  assert.deepEqual(got.map(shape), [
    { code: 'BIND-03', severity: 'error', field: 'spec.domain.devices.interfaces[0].macAddress', message: 'The requested MAC address is reserved for the in-pod bridge. Please choose another one.', at: IF(0, 'macAddress'), part: 'value' },
  ]);
  assert.deepEqual(validateInterfaceBinding(input(spec([{ ...MASQ, macAddress: '02-00-00-00-00-00' }], [POD]))), []);
});

test('BIND-04: bridge on pod with permitBridgeInterfaceOnPodNetwork=false; allowed by default', () => {
  const s = spec([{ name: 'default', bridge: {} }], [POD]);
  assert.deepEqual(validateInterfaceBinding(input(s, { permitBridgeInterfaceOnPodNetwork: false })).map(brief), [
    ['BIND-04', 'spec.domain.devices.interfaces[0].name', 'Bridge on pod network configuration is not enabled under kubevirt-config'],
  ]);
  assert.deepEqual(validateInterfaceBinding(input(s)), []);
  // bridge on a Multus network is never gated
  assert.deepEqual(validateInterfaceBinding(input(spec([MASQ, { name: 'sec', bridge: {} }], [POD, SEC]), { permitBridgeInterfaceOnPodNetwork: false })), []);
});

test('BIND-05: passtBinding with the PasstBinding gate disabled', () => {
  const s = spec([{ name: 'default', passtBinding: {} }], [POD]);
  assert.deepEqual(validateInterfaceBinding(input(s, { disabledFeatureGates: ['PasstBinding'] })).map(brief), [
    ['BIND-05', 'spec.domain.devices.interfaces[0].name', 'PasstBinding feature gate is not enabled'],
  ]);
  assert.deepEqual(validateInterfaceBinding(input(s)), []);
});

test('BIND-06: passtBinding on a Multus network', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', passtBinding: {} }], [POD, SEC]), {}, 'VirtualMachine'));
  assert.deepEqual(got.map(brief), [
    ['BIND-06', 'spec.template.spec.domain.devices.interfaces[1].name', 'PasstBinding interface only implemented with pod network'],
  ]);
});

test('BIND valid neighbour: one binding each, right networks', () => {
  const ifaces = [MASQ, { name: 'sec', bridge: {} }, { name: 's2', sriov: {} }, { name: 'p', binding: { name: 'x' } }];
  const nets = [POD, SEC, { name: 's2', multus: { networkName: 'a' } }, { name: 'p', multus: { networkName: 'b' } }];
  assert.deepEqual(validateInterfaceBinding(input(spec(ifaces, nets))), []);
});
