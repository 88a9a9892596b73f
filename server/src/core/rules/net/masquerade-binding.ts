// BIND-02, BIND-03 · binding.go validateMasqueradeBinding: masquerade only on the pod network, and not
// with the MAC address reserved for the in-pod bridge (plain string compare).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { present, str } from '../../go/fmt';
import { bindingFinding, ifaceAt, ifaceField, networkIndexOf, networkIsNot, type Obj } from './common';
import { isPod } from '../../model/resource';
import { finding } from '../rule';

export const RESERVED_MAC = '02:00:00:00:00:00';

export function validateMasqueradeBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  const out: Finding[] = [];
  if (!present(iface, 'masquerade')) return out;
  if (!isPod(net)) {
    out.push(
      bindingFinding(input, i, 'masquerade', 'BIND-02', 'Masquerade interface only implemented with pod network', {
        related: networkIsNot(input, name, net),
        data: { interfaceIndex: i, networkIndex: networkIndexOf(input, name), name, suggestion: 'bridge' },
      }),
    );
  }
  if (str(iface['macAddress']) === RESERVED_MAC) {
    out.push(
      finding(
        'BIND-03',
        'The requested MAC address is reserved for the in-pod bridge. Please choose another one.',
        ifaceField(input, i, 'macAddress'),
        ifaceAt(input, i, 'macAddress'),
        { part: 'value', data: { interfaceIndex: i, networkIndex: networkIndexOf(input, name), name, macAddress: RESERVED_MAC } },
      ),
    );
  }
  return out;
}
