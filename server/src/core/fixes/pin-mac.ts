// MAC-UNPINNED: pin the interface's MAC with `macAddress`, a locally administered address derived from the VM's
// namespace, name and the interface name (fixes/mac.ts derivedMac: `02` + the first five bytes of the SHA-256 of
// `<namespace>/<name>/<interface>`), so the same manifest gets the same MAC on every machine; one another interface of
// the file already uses is skipped. Not preferred: the finding depends on the guest and on KubeMacPool, so fix-all
// never pins MACs on its own.

import type { Fix } from './fix';
import { derivedMac } from './mac';
import { usedMacs } from './choose-other-mac';
import { dataString, indexAfter, prefixThrough, type FixTarget } from './target';
import { addPair } from './yaml-edit';

export function pinMac(t: FixTarget): Fix[] {
  if (t.finding.code !== 'MAC-UNPINNED') return [];
  const ifaces = prefixThrough(t.finding.at, 'interfaces');
  const i = (t.finding.data?.['interfaceIndex'] as number | undefined) ?? indexAfter(t.finding.at, 'interfaces');
  const name = dataString(t, 'name');
  if (!ifaces || i === undefined || name === undefined) return [];
  const mac = derivedMac(dataString(t, 'namespace'), dataString(t, 'vm') ?? '', name, usedMacs(t));
  const edit = addPair(t, [...ifaces, i], 'macAddress', JSON.stringify(mac));
  return edit
    ? [
        {
          title: `Pin macAddress ${mac} (derived from the VM and interface names)`,
          code: 'MAC-UNPINNED',
          isPreferred: false,
          edits: [edit],
        },
      ]
    : [];
}
