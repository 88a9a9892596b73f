// NET-07, NET-08, IFACE-01, IFACE-02 (netiface.go name checks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetworkNameUnique } from '../../../server/src/core/rules/net/network-name-unique';
import { validateNetworksAssignedToInterfaces } from '../../../server/src/core/rules/net/networks-assigned-to-interfaces';
import { validateInterfaceNameUnique } from '../../../server/src/core/rules/net/interface-name-unique';
import { validateInterfacesAssignedToNetworks } from '../../../server/src/core/rules/net/interfaces-assigned-to-networks';
import { IF, MASQ, NET, POD, brief, input, shape, spec } from '../../helpers/admission';

test('NET-07: duplicate network name with %q, related to the first', () => {
  const got = validateNetworkNameUnique(input(spec([MASQ], [POD, { name: 'default', multus: { networkName: 'x' } }])));
  assert.deepEqual(got.map(shape), [
    { code: 'NET-07', severity: 'error', field: 'spec.networks[1].name', message: 'Network with name "default" already exists, every network must have a unique name', at: NET(1, 'name'), part: 'value', related: [NET(0, 'name')] },
  ]);
});

test('NET-07 valid neighbour', () => {
  assert.deepEqual(validateNetworkNameUnique(input(spec([MASQ], [POD, { name: 'b', multus: { networkName: 'x' } }]))), []);
});

test('NET-08: network without an interface (case-sensitive)', () => {
  const got = validateNetworksAssignedToInterfaces(input(spec([MASQ, { name: 'Sec', bridge: {} }], [POD, { name: 'sec', multus: { networkName: 'x' } }])));
  assert.deepEqual(got.map(shape), [
    { code: 'NET-08', severity: 'error', field: 'spec.networks[1].name', message: "spec.networks[1].name 'sec' not found.", at: NET(1, 'name'), part: 'value', related: [IF(1, 'name')] },
  ]);
  assert.deepEqual(got[0]!.data?.['candidates'], ['Sec']);
  assert.equal(got[0]!.data?.['suggestion'], 'Sec');
});

test('NET-08 valid neighbour', () => {
  assert.deepEqual(validateNetworksAssignedToInterfaces(input(spec([MASQ], [POD]))), []);
});

test('IFACE-01: duplicate interface name on a VM', () => {
  const ifaces = [MASQ, { name: 'sec', bridge: {} }, { name: 'sec', sriov: {} }];
  const got = validateInterfaceNameUnique(input(spec(ifaces, [POD, { name: 'sec', multus: { networkName: 'x' } }]), {}, 'VirtualMachine'));
  assert.deepEqual(got.map(brief), [['IFACE-01', 'spec.template.spec.domain.devices.interfaces[2].name', 'Only one interface can be connected to one specific network']]);
  assert.deepEqual(got[0]!.related?.map((r) => r.at), [['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 1, 'name']]);
});

test('IFACE-01 valid neighbour', () => {
  assert.deepEqual(validateInterfaceNameUnique(input(spec([MASQ, { name: 'b', bridge: {} }], [POD]))), []);
});

test('IFACE-02: interface without a network', () => {
  const got = validateInterfacesAssignedToNetworks(input(spec([MASQ, { name: 'ghost', bridge: {} }], [POD])));
  assert.deepEqual(got.map(shape), [
    { code: 'IFACE-02', severity: 'error', field: 'spec.domain.devices.interfaces[1].name', message: "spec.domain.devices.interfaces[1].name 'ghost' not found.", at: IF(1, 'name'), part: 'value' },
  ]);
});

test('IFACE-02: a near network name is offered as related + suggestion', () => {
  const got = validateInterfacesAssignedToNetworks(input(spec([MASQ, { name: 'sec', bridge: {} }], [POD, { name: 'sec1', multus: { networkName: 'x' } }])));
  assert.deepEqual(got.map((f) => [f.code, f.related?.map((r) => r.at), f.data?.['suggestion']]), [['IFACE-02', [NET(1, 'name')], 'sec1']]);
});

test('IFACE-02 valid neighbour', () => {
  assert.deepEqual(validateInterfacesAssignedToNetworks(input(spec([MASQ], [POD]))), []);
});
