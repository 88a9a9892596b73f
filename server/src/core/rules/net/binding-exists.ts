// BIND-01 · binding.go validateInterfaceBindingExists: exactly one of bridge, masquerade, sriov,
// passtBinding or a binding plugin (the discontinued slirp/passt/macvtap do not count).

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { cause, ifaceAt, ifaceField, type Obj } from './common';
import type { AdmissionInput } from '../../admission/input';

export const COUNTED = ['bridge', 'masquerade', 'sriov', 'passtBinding', 'binding'] as const;

export function validateInterfaceBindingExists(input: AdmissionInput, i: number, iface: Obj, name: string): Finding[] {
  const set = COUNTED.filter((k) => present(iface, k));
  if (set.length === 1) return [];
  const many = set.length > 1;
  return [
    cause(
      'BIND-01',
      `logical ${name} interface must have exactly one binding method or binding plugin`,
      ifaceField(input, i),
      many ? ifaceAt(input, i, set[1]!) : ifaceAt(input, i, 'name'),
      {
        part: many ? 'key' : 'value',
        related: many ? set.slice(0, 1).map((k) => ({ at: ifaceAt(input, i, k), part: 'key' as const, message: `also sets ${k}` })) : [],
        data: { interfaceIndex: i, name, bindings: set, suggestion: many ? set.slice(1) : ['masquerade', 'bridge'] },
      },
    ),
  ];
}
