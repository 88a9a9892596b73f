// Refactorings with no diagnostic, and the findings that belong to the node under the cursor.
// * "Change binding to …" on an interface (anywhere in its item): the binding methods that work on its network,
//   each titled with what changes for the guest (its address, NAT, live migration); only the key is renamed.
// * The findings of the item (interface, network, port) the cursor is in, so a quick fix is offered anywhere on the
//   node KubeVirt flags, not only on the underlined word.

import type { FileAnalysis } from '../analyze';
import { atLeast } from '../context/context';
import type { Fix } from '../fixes/fix';
import { pairAt } from '../fixes/target';
import { renameKey } from '../fixes/yaml-edit';
import type { Path, PlacedFinding, Span } from '../types';
import { BINDINGS, bindingChange } from './bindings';
import type { BindingMethod } from '../model/bindings';
import { editTarget } from './snippets';
import { vmAt, exactSpan, type VmView } from './vm';

const METHODS = Object.keys(BINDINGS) as BindingMethod[];

const within = (s: Span, offset: number): boolean => offset >= s.start && offset <= s.end;

/** "Change binding to …" for the interface whose item holds `offset`. */
export function bindingRefactors(file: FileAnalysis, offset: number): Fix[] {
  const vm = vmAt(file, offset);
  if (!vm) return [];
  const iface = vm.interfaces.find((i) => i.span.end > i.span.start && within(i.span, offset));
  if (!iface || !iface.binding || !(METHODS as readonly string[]).includes(iface.binding)) return [];
  const net = vm.networks.find((n) => n.name === iface.name);
  const on: 'pod' | 'multus' | undefined = net?.source === 'pod' ? 'pod' : net?.source === 'multus' ? 'multus' : undefined;
  if (!on) return [];
  const t = editTarget(file, vm);
  const pair = pairAt(t, [...iface.path, iface.binding]);
  if (!pair) return [];
  const out: Fix[] = [];
  for (const to of METHODS) {
    const facts = BINDINGS[to];
    if (to === iface.binding || (facts.networks !== 'any' && facts.networks !== on)) continue;
    if (facts.since && !atLeast(file.context, facts.since)) continue;
    const edit = renameKey(t, pair.pair, to);
    if (!edit) continue;
    out.push({ title: `Change binding to ${to}: ${bindingChange(iface.binding, to, on)}`, code: '', isPreferred: false, edits: [edit] });
  }
  return out;
}

/** The list item (interface, network, port, port range) a document path lies in. */
function itemOf(path: Path): Path | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    if (typeof path[i] === 'number' && ['interfaces', 'networks', 'ports', 'portRanges'].includes(String(path[i - 1])))
      return path.slice(0, i + 1);
  }
  return undefined;
}

/** Findings whose range meets [start, end], or whose item (interface, network, port) holds `start`. */
export function findingsOnNode(file: FileAnalysis, start: number, end: number): PlacedFinding[] {
  const vm: VmView | undefined = vmAt(file, start);
  return file.findings.filter((f) => {
    if (f.span.end >= start && f.span.start <= end) return true;
    if (!vm || !vm.doc.findings.includes(f)) return false;
    const item = itemOf(f.at);
    const s = item ? exactSpan(vm.doc, item) : undefined;
    return !!s && within(s, start);
  });
}
