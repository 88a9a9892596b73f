// IFACE-07 · netiface.go validatePciAddress → hardware.ParsePciAddress: DDDD:BB:SS.F with a single
// function digit 0-7. The message embeds the `.name` field path.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { str } from '../../go/fmt';
import { ifaceAt, ifaceField, type Obj } from './common';
import { finding } from '../rule';

const PCI = /^([\da-fA-F]{4}):([\da-fA-F]{2}):([\da-fA-F]{2})\.([0-7]{1})$/;

export function validatePciAddress(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  const pci = str(iface['pciAddress']);
  if (pci === '' || PCI.test(pci)) return [];
  return [
    finding(
      'IFACE-07',
      `interface ${ifaceField(input, i, 'name')} has malformed PCI address (${pci}).`,
      ifaceField(input, i, 'pciAddress'),
      ifaceAt(input, i, 'pciAddress'),
      { part: 'value', data: { interfaceIndex: i, name, pciAddress: pci, format: '0000:00:00.0' } },
    ),
  ];
}
