// Which of two names that should match is the one the user meant, by evidence only. When an interface `storage`
// meets a network `storgae`, either could be the typo: a fix that renames one to the other is preferred (and so
// applied on save) only when something outside the pair says which name is right:
//   1. a NetworkAttachmentDefinition: the network's own `multus.networkName`, or a NAD the workspace defines, has
//      exactly one of the names;
//   2. other references: one of the names is used by more interfaces or networks of the other VMs of the file;
//   3. the schema's vocabulary: one of the names is a word KubeVirt itself uses (`default`, a binding, `pod`, …).
// The first kind of evidence that tells them apart decides; without any, neither rename is preferred and both are
// offered. A direction KubeVirt would reject (an interface name outside IFACE-03's alphabet) is never taken.

import type { Obj, FixTarget } from './target';
import { obj } from '../model/values';
import { validInterfaceName } from './names';
import { interfacesOf, nameOf, networksOf } from '../model/resource';

/** Names KubeVirt itself gives or uses in a VM's network spec. */
const VOCABULARY = new Set(['default', 'pod', 'multus', 'masquerade', 'bridge', 'sriov', 'passt', 'passtBinding']);

export type Side = 'interface' | 'network';

/**
 * The side to rename for the pair interface `ifName` / network `netName` (`network`: the network takes the interface's
 * name), or undefined when nothing says which name is right.
 */
export function renameSideByEvidence(t: FixTarget, ifName: string, netName: string, network: Obj | undefined): Side | undefined {
  const ifOk = validInterfaceName(netName);
  if (!ifOk) return validInterfaceName(ifName) ? 'network' : undefined;
  for (const evidence of [nadEvidence(t, network), referenceEvidence(t), vocabularyEvidence]) {
    const a = evidence(ifName);
    const b = evidence(netName);
    if (a > b) return 'network'; // the interface's name is the right one: rename the network
    if (b > a) return 'interface';
  }
  return undefined;
}

type Evidence = (name: string) => number;

/** 1 for a name a NetworkAttachmentDefinition has (the network's own networkName, or one the workspace defines). */
function nadEvidence(t: FixTarget, network: Obj | undefined): Evidence {
  const own = obj(network?.['multus'])?.['networkName'];
  const ownName = typeof own === 'string' ? own.slice(own.indexOf('/') + 1) : undefined;
  const known = new Set((t.file.context.nads ?? []).map((n) => n.name));
  return (name) => (name === ownName || known.has(name) ? 1 : 0);
}

/** How many interfaces and networks of the file's other VMs bear the name. */
function referenceEvidence(t: FixTarget): Evidence {
  const counts = new Map<string, number>();
  for (const d of t.file.docs) {
    if (d === t.doc || !d.resource) continue;
    const spec = d.resource.spec;
    for (const item of [...interfacesOf(spec), ...networksOf(spec)]) {
      const n = nameOf(item);
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return (name) => counts.get(name) ?? 0;
}

function vocabularyEvidence(name: string): number {
  return VOCABULARY.has(name) ? 1 : 0;
}
