import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { IF, POD, input, shape, spec } from '../../helpers/admission';

const one = (iface: Record<string, unknown>, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ masquerade: {}, ...iface }], [{ ...POD, name: String(iface['name'] ?? 'default') }]), {}, kind));

test('IFACE-07: the API docs example 0000:81:01.10 is invalid', () => {
  assert.deepEqual(one({ name: 'default', pciAddress: '0000:81:01.10' }).map(shape), [
    {
      code: 'IFACE-07',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].pciAddress',
      message: 'interface spec.domain.devices.interfaces[0].name has malformed PCI address (0000:81:01.10).',
      at: IF(0, 'pciAddress'),
      part: 'value',
    },
  ]);
  assert.deepEqual(one({ name: 'default', pciAddress: '0000:81:01.7' }), []);
  assert.deepEqual(
    one({ name: 'default', pciAddress: '0000:81:01.8' }).map((f) => f.code),
    ['IFACE-07'],
  );
});
