import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { IF, POD, input, shape, spec } from '../../helpers/admission';

const one = (iface: Record<string, unknown>, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ masquerade: {}, ...iface }], [{ ...POD, name: String(iface['name'] ?? 'default') }]), {}, kind));

test('IFACE-03: bad interface name; upper case and underscore are fine', () => {
  assert.deepEqual(one({ name: 'my.nic' }).map(shape), [
    {
      code: 'IFACE-03',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].name',
      message: 'Network interface name can only contain alphabetical characters, numbers, dashes (-) or underscores (_)',
      at: IF(0, 'name'),
      part: 'value',
    },
  ]);
  assert.deepEqual(one({ name: 'My_Nic-1' }), []);
});
