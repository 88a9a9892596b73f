// PORTS-UNFORWARDED: add the port a probe or a Service targets to the interface's `ports`, in the list's own style.
// Preferred for the VM's own probe (the manifest itself says the port must reach the guest); for a Service it is
// offered only (the Service's targetPort may be what is wrong). Named ports get no fix: their number is unknown.

import type { Fix } from './fix';
import { indexAfter, prefixThrough, type FixTarget } from './target';
import { addToList } from './yaml-edit';

export function forwardPort(t: FixTarget): Fix[] {
  if (t.finding.code !== 'PORTS-UNFORWARDED') return [];
  const port = t.finding.data?.['port'];
  const protocol = t.finding.data?.['protocol'];
  const ifaces = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  if (typeof port !== 'number' || !ifaces || i === undefined) return [];
  const entry: [string, string][] = [['port', String(port)]];
  if (typeof protocol === 'string' && protocol !== 'TCP') entry.push(['protocol', protocol]);
  const edit = addToList(t, [...ifaces, i], ['ports'], entry);
  const probe = t.finding.data?.['source'] === 'probe';
  return edit
    ? [
        {
          title: `Forward port ${port}${entry.length > 1 ? `/${protocol}` : ''} (add it to ports)`,
          code: 'PORTS-UNFORWARDED',
          isPreferred: probe,
          edits: [edit],
        },
      ]
    : [];
}
