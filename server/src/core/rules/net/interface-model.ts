// IFACE-04 · netiface.go validateInterfaceModel: supported NIC models (case-sensitive). The message
// embeds the interface's `.name` field path, not its name.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { str } from '../../go/fmt';
import { ifaceAt, ifaceField, type Obj } from './common';
import { finding } from '../rule';

export const INTERFACE_MODELS = ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio'];

export function validateInterfaceModel(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  const model = str(iface['model']);
  if (model === '' || INTERFACE_MODELS.includes(model)) return [];
  const lower = model.toLowerCase();
  const suggestion = INTERFACE_MODELS.find((m) => m === lower || m.replace('_', '-') === lower) ?? 'virtio';
  return [
    finding(
      'IFACE-04',
      `interface ${ifaceField(input, i, 'name')} uses model ${model} that is not supported.`,
      ifaceField(input, i, 'model'),
      ifaceAt(input, i, 'model'),
      { part: 'value', data: { interfaceIndex: i, name, model, supported: INTERFACE_MODELS, suggestion } },
    ),
  ];
}
