// `ip -j addr` / `ip -j link` (iproute2's JSON output: an array with one object per link; `ip addr` adds
// `addr_info`, `ip -d` adds `linkinfo`). Only the fields the checks compare are kept.

import type { IpLink } from '../types';
import { obj } from '../../model/values';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Links of an `ip -j` array; entries that are not links are skipped and counted. */
export function parseIpLinks(json: unknown): { links: IpLink[]; skipped: number } {
  const links: IpLink[] = [];
  let skipped = 0;
  if (!Array.isArray(json)) return { links, skipped: 1 };
  for (const item of json) {
    const o = obj(item);
    const ifname = str(o?.ifname);
    if (!o || !ifname) {
      skipped++;
      continue;
    }
    const link: IpLink = {
      ifname,
      flags: Array.isArray(o.flags) ? o.flags.filter((f): f is string => typeof f === 'string') : [],
    };
    if (typeof o.ifindex === 'number') link.ifindex = o.ifindex;
    if (typeof o.mtu === 'number') link.mtu = o.mtu;
    if (str(o.master)) link.master = str(o.master);
    if (str(o.address)) link.address = str(o.address)!.toLowerCase();
    if (str(o.operstate)) link.operstate = str(o.operstate);
    const kind = str(obj(o.linkinfo)?.info_kind);
    if (kind) link.kind = kind;
    if (Array.isArray(o.addr_info)) {
      link.addresses = [];
      for (const a of o.addr_info) {
        const ai = obj(a);
        const local = str(ai?.local);
        if (local && typeof ai?.prefixlen === 'number') link.addresses.push(`${local}/${ai.prefixlen}`);
      }
    }
    links.push(link);
  }
  return { links, skipped };
}

/** Administratively up: the UP flag (operstate of a bridge without ports or a tap without a reader is DOWN). */
export function isUp(l: IpLink): boolean {
  return l.flags.includes('UP');
}
