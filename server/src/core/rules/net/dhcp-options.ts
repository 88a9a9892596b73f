// DHCP-01..03 · netiface.go validateDHCPOptions: private options unique and in 224..254 (both reported
// at the bare base path), NTP servers IPv4 (after the API's sloppy IP sanitising on decode).

import { field, type RuleInput } from '../input';
import type { Finding } from '../../types';
import { list, num, obj, str } from '../../go/fmt';
import { isTo4, parseIP } from '../../go/net';
import { ifaceAt, ifaceField, type Obj } from './common';
import { finding } from '../rule';

/** What KubeVirt decodes an NTP server entry to, then whether net.ParseIP(x).To4() != nil. */
export function isIPv4NtpServer(entry: string): boolean {
  return isTo4(parseIP(entry, true));
}

export function validateDHCPOptions(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  const dhcp = obj(iface['dhcpOptions']);
  if (!dhcp) return [];
  const out: Finding[] = [];
  const base = field(input);
  const opts = (list(dhcp['privateOptions']) ?? []).map((o) => obj(o) ?? {});
  const optAt = (k: number) => ifaceAt(input, i, 'dhcpOptions', 'privateOptions', k, 'option');
  const numbers = opts.map((o) => num(o['option']));
  if (new Set(numbers).size < numbers.length) {
    const firstIdx = new Map<number, number>();
    let dup = -1;
    let first = -1;
    numbers.forEach((n, k) => {
      if (dup >= 0) return;
      if (firstIdx.has(n)) {
        dup = k;
        first = firstIdx.get(n)!;
      } else firstIdx.set(n, k);
    });
    out.push(
      finding('DHCP-01', 'Found Duplicates: you have provided duplicate DHCPPrivateOptions', base, optAt(dup), {
        part: 'value',
        related: [{ at: optAt(first), part: 'value', message: `option ${numbers[first]} first given here` }],
        data: { interfaceIndex: i, name, optionIndexes: [first, dup], option: numbers[dup] },
      }),
    );
  }
  opts.forEach((o, k) => {
    const n = num(o['option']);
    if (n >= 224 && n <= 254) return;
    out.push(
      finding('DHCP-02', 'provided DHCPPrivateOptions are out of range, must be in range 224 to 254', base, optAt(k), {
        part: 'value',
        data: { interfaceIndex: i, name, optionIndex: k, option: n, min: 224, max: 254 },
      }),
    );
  });
  (list(dhcp['ntpServers']) ?? []).forEach((raw, k) => {
    const entry = str(raw);
    if (isIPv4NtpServer(entry)) return;
    out.push(
      finding(
        'DHCP-03',
        'NTP servers must be a list of valid IPv4 addresses.',
        ifaceField(input, i, 'dhcpOptions', 'ntpServers', k),
        ifaceAt(input, i, 'dhcpOptions', 'ntpServers', k),
        {
          part: 'value',
          data: { interfaceIndex: i, name, ntpIndex: k, value: entry },
        },
      ),
    );
  });
  return out;
}
