// IFACE-05, IFACE-06 · netiface.go validateMacAddress → link.ValidateMacAddress: Go net.ParseMAC must
// accept the address and it must be 6 bytes long. The message embeds the `.name` field path.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { str } from '../../go/fmt';
import { parseMAC } from '../../go/net';
import { ifaceAt, ifaceField, type Obj } from './common';
import { finding } from '../rule';

export function validateMacAddress(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  const mac = str(iface['macAddress']);
  if (mac === '') return [];
  const bytes = parseMAC(mac);
  let code: string;
  let inner: string;
  if (!bytes) {
    code = 'IFACE-05';
    inner = `malformed MAC address (${mac})`;
  } else if (bytes.length > 6) {
    code = 'IFACE-06';
    inner = `too long MAC address (${mac})`;
  } else return [];
  return [
    finding(
      code,
      `interface ${ifaceField(input, i, 'name')} has ${inner}.`,
      ifaceField(input, i, 'macAddress'),
      ifaceAt(input, i, 'macAddress'),
      {
        part: 'value',
        data: { interfaceIndex: i, name, macAddress: mac },
      },
    ),
  ];
}
