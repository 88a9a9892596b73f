// IFACE-03 · netiface.go validateInterfaceNameFormat: interface names match ^[A-Za-z0-9-_]+$
// (network names are not format-checked).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { ifaceAt, ifaceField } from './common';
import { finding } from '../rule';

const NAME = /^[A-Za-z0-9\-_]+$/;

export function validateInterfaceNameFormat(input: RuleInput, i: number, name: string): Finding[] {
  if (NAME.test(name)) return [];
  return [
    finding(
      'IFACE-03',
      'Network interface name can only contain alphabetical characters, numbers, dashes (-) or underscores (_)',
      ifaceField(input, i, 'name'),
      ifaceAt(input, i, 'name'),
      { part: 'value', data: { interfaceIndex: i, name, suggestion: name.replace(/[^A-Za-z0-9\-_]/g, '-') || 'default' } },
    ),
  ];
}
