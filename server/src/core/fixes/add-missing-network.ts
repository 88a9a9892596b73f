// IFACE-02: add the network an interface names. The pod network when there is none yet and the interface's
// binding works on it (masquerade, bridge, passtBinding); otherwise a Multus network whose NAD has the
// interface's name. `networks:` is created under the spec when absent.

import type { Fix } from './fix';
import { isTypoPair, renameCandidates, sidesOf } from './names';
import { isPod, nameOf } from '../model/resource';
import { dataString, valueAt, type FixTarget } from './target';
import { POD_NETWORK_BINDINGS } from '../model/bindings';
import { addToList, scalarText } from './yaml-edit';

export function addMissingNetwork(t: FixTarget): Fix[] {
  if (t.finding.code !== 'IFACE-02') return [];
  const s = sidesOf(t);
  if (!s) return [];
  const name = dataString(t, 'name') ?? '';
  if (name === '' || !s.orphanInterfaces.includes(name)) return [];
  const iface = s.interfaces.find((i) => nameOf(i) === name) ?? {};
  const hasPod = s.networks.some(isPod);
  const podEligible = (i: Record<string, unknown>): boolean => POD_NETWORK_BINDINGS.some((b) => i[b] !== undefined && i[b] !== null);
  // only the first unmatched pod-capable interface gets the (single) pod network
  const firstPodOrphan = s.orphanInterfaces.find((n) => podEligible(s.interfaces.find((i) => nameOf(i) === n) ?? {}));
  const pod = !hasPod && podEligible(iface) && firstPodOrphan === name;
  const n = scalarText(name);
  const entry = pod
    ? ([
        ['name', n],
        ['pod', '{}'],
      ] as const)
    : ([
        ['name', n],
        ['multus', `{networkName: ${n}}`],
      ] as const);
  const listExists = Array.isArray(valueAt(t, [...s.specPath, 'networks']));
  const edit = addToList(t, s.specPath, ['networks'], entry);
  if (!edit) return [];
  const renameOffered = renameCandidates(name, s.orphanNetworks).some((net) => isTypoPair(s, name, net));
  // creating `networks:` twice would clash: only the first unmatched interface creates it
  const first = listExists || s.orphanInterfaces[0] === name;
  return [
    {
      title: pod
        ? `Add pod network ${JSON.stringify(name)}`
        : `Add Multus network ${JSON.stringify(name)} (NetworkAttachmentDefinition ${JSON.stringify(name)})`,
      code: 'IFACE-02',
      isPreferred: pod && !renameOffered && s.orphanNetworks.length === 0 && first,
      edits: [edit],
    },
  ];
}
