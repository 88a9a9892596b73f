// IFACE-03..07 (name format, model, MAC, PCI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { IF, POD, brief, input, shape, spec } from '../../helpers/admission';

const one = (iface: Record<string, unknown>, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ masquerade: {}, ...iface }], [{ ...POD, name: String(iface['name'] ?? 'default') }]), {}, kind));

test('IFACE-03: bad interface name; upper case and underscore are fine', () => {
  assert.deepEqual(one({ name: 'my.nic' }).map(shape), [
    { code: 'IFACE-03', severity: 'error', field: 'spec.domain.devices.interfaces[0].name', message: 'Network interface name can only contain alphabetical characters, numbers, dashes (-) or underscores (_)', at: IF(0, 'name'), part: 'value' },
  ]);
  assert.deepEqual(one({ name: 'My_Nic-1' }), []);
});

test('IFACE-04: unsupported model, message embeds the .name path', () => {
  assert.deepEqual(one({ name: 'default', model: 'Virtio' }).map(shape), [
    { code: 'IFACE-04', severity: 'error', field: 'spec.domain.devices.interfaces[0].model', message: 'interface spec.domain.devices.interfaces[0].name uses model Virtio that is not supported.', at: IF(0, 'model'), part: 'value' },
  ]);
  for (const model of ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio', '']) assert.deepEqual(one({ name: 'default', model }), []);
});

test('IFACE-05: malformed MAC on a VM', () => {
  assert.deepEqual(one({ name: 'default', macAddress: '02:00:00:00:00' }, 'VirtualMachine').map(brief), [
    ['IFACE-05', 'spec.template.spec.domain.devices.interfaces[0].macAddress', 'interface spec.template.spec.domain.devices.interfaces[0].name has malformed MAC address (02:00:00:00:00).'],
  ]);
});

test('IFACE-06: EUI-64 MAC is too long', () => {
  assert.deepEqual(one({ name: 'default', macAddress: '02:00:00:00:00:00:00:01' }).map(brief), [
    ['IFACE-06', 'spec.domain.devices.interfaces[0].macAddress', 'interface spec.domain.devices.interfaces[0].name has too long MAC address (02:00:00:00:00:00:00:01).'],
  ]);
});

test('IFACE-05/06 valid neighbours: the three Go MAC notations', () => {
  for (const mac of ['DE:AD:00:00:be:af', 'de-ad-00-00-be-af', 'dead.0000.beaf']) assert.deepEqual(one({ name: 'default', macAddress: mac }), [], mac);
});

test('IFACE-07: the API docs example 0000:81:01.10 is invalid', () => {
  assert.deepEqual(one({ name: 'default', pciAddress: '0000:81:01.10' }).map(shape), [
    { code: 'IFACE-07', severity: 'error', field: 'spec.domain.devices.interfaces[0].pciAddress', message: 'interface spec.domain.devices.interfaces[0].name has malformed PCI address (0000:81:01.10).', at: IF(0, 'pciAddress'), part: 'value' },
  ]);
  assert.deepEqual(one({ name: 'default', pciAddress: '0000:81:01.7' }), []);
  assert.deepEqual(one({ name: 'default', pciAddress: '0000:81:01.8' }).map((f) => f.code), ['IFACE-07']);
});
