// NET-08: add the interface a network needs: masquerade for the pod network, bridge for a Multus network.
// `interfaces:` is created under domain.devices (and `devices:` under domain) when absent. Not offered for
// DRA networks (they need an SR-IOV or binding-plugin interface, a choice only the user can make).

import type { Fix } from './fix';
import { isTypoPair, renameCandidates, sidesOf } from './names';
import { nameOf } from '../model/resource';
import { dataString, valueAt, type FixTarget } from './target';
import { obj } from '../model/values';
import { addToList, scalarText } from './yaml-edit';

export function addMissingInterface(t: FixTarget): Fix[] {
  if (t.finding.code !== 'NET-08') return [];
  const s = sidesOf(t);
  if (!s) return [];
  const name = dataString(t, 'name') ?? '';
  if (name === '' || !s.orphanNetworks.includes(name)) return [];
  const net = s.networks.find((n) => nameOf(n) === name) ?? {};
  const has = (k: string): boolean => net[k] !== undefined && net[k] !== null;
  let binding: string;
  if (has('pod')) binding = 'masquerade';
  else if (has('multus')) binding = 'bridge';
  else return [];
  const edit = addToList(
    t,
    [...s.specPath, 'domain'],
    ['devices', 'interfaces'],
    [
      ['name', scalarText(name)],
      [binding, '{}'],
    ],
  );
  if (!edit) return [];
  const listExists = Array.isArray(obj(obj(valueAt(t, [...s.specPath, 'domain']))?.['devices'])?.['interfaces']);
  const renameOffered = renameCandidates(name, s.orphanInterfaces).some((i) => isTypoPair(s, i, name));
  const first = listExists || s.orphanNetworks[0] === name;
  return [
    {
      title: `Add ${binding} interface ${JSON.stringify(name)}`,
      code: 'NET-08',
      isPreferred: !renameOffered && s.orphanInterfaces.length === 0 && first,
      edits: [edit],
    },
  ];
}
