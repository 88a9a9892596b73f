import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { IF, POD, input, shape, spec } from '../../helpers/admission';

const one = (iface: Record<string, unknown>, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ masquerade: {}, ...iface }], [{ ...POD, name: String(iface['name'] ?? 'default') }]), {}, kind));

test('IFACE-04: unsupported model, message embeds the .name path', () => {
  assert.deepEqual(one({ name: 'default', model: 'Virtio' }).map(shape), [
    {
      code: 'IFACE-04',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].model',
      message: 'interface spec.domain.devices.interfaces[0].name uses model Virtio that is not supported.',
      at: IF(0, 'model'),
      part: 'value',
    },
  ]);
  for (const model of ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio', ''])
    assert.deepEqual(one({ name: 'default', model }), []);
});
