// IFACE-02 / NET-08: rename one side so the interface and the network match. Offered for the only unmatched
// name on the other side or names within a small edit distance; preferred for a one-to-one typo only when evidence
// says which name is right (name-evidence.ts), else both renames are offered and neither is preferred (fix-all never
// copies a typo). Both findings of the pair prefer the same rename, so fix-all renames once.

import type { Fix } from './fix';
import { indexByName, isTypoPair, renameCandidates, sidesOf, validInterfaceName } from './names';
import { renameSideByEvidence } from './name-evidence';
import { nodeAt, type FixTarget } from './target';
import { replaceScalar } from './yaml-edit';

export function renameToMatch(t: FixTarget): Fix[] {
  const s = sidesOf(t);
  if (!s) return [];
  const code = t.finding.code;
  const own = typeof t.finding.data?.['name'] === 'string' ? (t.finding.data['name'] as string) : undefined;
  const fixes: Fix[] = [];
  const ifacesPath = [...s.specPath, 'domain', 'devices', 'interfaces'];
  const netsPath = [...s.specPath, 'networks'];
  const pairs: [string, string][] = [];
  if (code === 'IFACE-02') {
    const ifName = own ?? nameFromPath(t);
    if (ifName === undefined || !s.orphanInterfaces.includes(ifName)) return [];
    for (const net of renameCandidates(ifName, s.orphanNetworks)) pairs.push([ifName, net]);
  } else if (code === 'NET-08') {
    const netName = own ?? nameFromPath(t);
    if (netName === undefined || !s.orphanNetworks.includes(netName)) return [];
    for (const iface of renameCandidates(netName, s.orphanInterfaces)) pairs.push([iface, netName]);
  } else return [];

  for (const [ifName, netName] of pairs) {
    const typo = isTypoPair(s, ifName, netName);
    const ifIdx = indexByName(s.interfaces, ifName);
    const netIdx = indexByName(s.networks, netName);
    const side = typo ? renameSideByEvidence(t, ifName, netName, s.networks[netIdx]) : undefined;
    const renameIface = validInterfaceName(netName) ? replaceScalar(t, nodeAt(t, [...ifacesPath, ifIdx, 'name']), netName) : undefined;
    const renameNet = replaceScalar(t, nodeAt(t, [...netsPath, netIdx, 'name']), ifName);
    const ifFix: Fix | undefined = renameIface && {
      title: `Rename interface ${JSON.stringify(ifName)} to ${JSON.stringify(netName)}`,
      code,
      isPreferred: typo && side === 'interface',
      edits: [renameIface],
    };
    const netFix: Fix | undefined = renameNet && {
      title: `Rename network ${JSON.stringify(netName)} to ${JSON.stringify(ifName)}`,
      code,
      isPreferred: typo && side === 'network',
      edits: [renameNet],
    };
    // the finding's own side first
    const ordered = code === 'IFACE-02' ? [ifFix, netFix] : [netFix, ifFix];
    for (const f of ordered) if (f) fixes.push(f);
  }
  return fixes;
}

function nameFromPath(t: FixTarget): string | undefined {
  const n = nodeAt(t, t.finding.at);
  const v = n && 'value' in n ? (n as { value: unknown }).value : undefined;
  return typeof v === 'string' ? v : undefined;
}
