import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { POD, brief, input, spec } from '../../helpers/admission';

const one = (iface: Record<string, unknown>, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ masquerade: {}, ...iface }], [{ ...POD, name: String(iface['name'] ?? 'default') }]), {}, kind));

test('IFACE-05: malformed MAC on a VM', () => {
  assert.deepEqual(one({ name: 'default', macAddress: '02:00:00:00:00' }, 'VirtualMachine').map(brief), [
    [
      'IFACE-05',
      'spec.template.spec.domain.devices.interfaces[0].macAddress',
      'interface spec.template.spec.domain.devices.interfaces[0].name has malformed MAC address (02:00:00:00:00).',
    ],
  ]);
});

test('IFACE-06: EUI-64 MAC is too long', () => {
  assert.deepEqual(one({ name: 'default', macAddress: '02:00:00:00:00:00:00:01' }).map(brief), [
    [
      'IFACE-06',
      'spec.domain.devices.interfaces[0].macAddress',
      'interface spec.domain.devices.interfaces[0].name has too long MAC address (02:00:00:00:00:00:00:01).',
    ],
  ]);
});

test('IFACE-05/06 valid neighbours: the three Go MAC notations', () => {
  for (const mac of ['DE:AD:00:00:be:af', 'de-ad-00-00-be-af', 'dead.0000.beaf'])
    assert.deepEqual(one({ name: 'default', macAddress: mac }), [], mac);
});
