// MAC addresses as Go's net.ParseMAC(s).String() renders them: lower-case, colon separated.
// Accepted inputs (6-byte forms): 00:11:22:33:44:55, 00-11-22-33-44-55, 0011.2233.4455.

export const MASQUERADE_BRIDGE_MAC = '02:00:00:00:00:00';

export function normalizeMac(mac: string): string | undefined {
  let hex: string[] | undefined;
  if (/^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}$/.test(mac)) hex = mac.split(/[:-]/);
  else if (/^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$/.test(mac)) {
    const s = mac.replace(/\./g, '');
    hex = s.match(/../g) ?? undefined;
  }
  return hex ? hex.map((h) => h.toLowerCase()).join(':') : undefined;
}
