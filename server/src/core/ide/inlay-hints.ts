// Inlay hints after each interface name: the pod interface KubeVirt attaches it to and what the guest gets, e.g.
// `pod49a25f9feef · 10.0.2.2` (only for VMs the cluster accepts: a rejected VM is wired to nothing).

import type { FileAnalysis } from '../analyze';
import type { Span } from '../types';
import type { InterfaceWiring } from '../wiring/types';
import { wiredInterfaces } from './symbols';
import { vmsOf } from './vm';

export interface InlayHint {
  /** Where the hint is shown (after the interface's name). */
  offset: number;
  label: string;
  tooltip: string;
}

const concrete = (v: string | null | undefined): v is string => typeof v === 'string' && v !== '' && !/^(fromPod|runtime):/.test(v);

/** What the guest gets, in two words: its address, or where it comes from. */
export function guestShort(w: InterfaceWiring): string {
  const g = w.guest;
  if (concrete(g?.ipv4)) return g.ipv4.replace(/\/\d+$/, '');
  if (concrete(g?.ipv6)) return g.ipv6.replace(/\/\d+$/, '');
  if (w.binding === 'sriov') return 'VF';
  if (g?.ipv4 || g?.ipv6) return w.network.source === 'pod' ? 'pod IP' : 'NAD IPAM';
  return w.network.source === 'multus' ? 'L2, no IP from KubeVirt' : 'no IP from KubeVirt';
}

/** The hints of the interfaces whose names lie in `range` (the whole file when absent). */
export function inlayHints(file: FileAnalysis, range?: Span): InlayHint[] {
  const out: InlayHint[] = [];
  for (const vm of vmsOf(file)) {
    if (range && (vm.doc.end < range.start || vm.doc.start > range.end)) continue;
    const wired = wiredInterfaces(vm);
    if (wired.size === 0) continue;
    for (const i of vm.interfaces) {
      if (!i.nameSpan || i.name === undefined) continue;
      if (range && (i.nameSpan.end < range.start || i.nameSpan.start > range.end)) continue;
      const w = wired.get(i.name);
      if (!w || !w.podInterface) continue;
      const guest = guestShort(w);
      out.push({
        offset: i.nameSpan.end,
        label: `${w.podInterface} · ${guest}`,
        tooltip: `KubeVirt attaches interface ${i.name} to the pod interface ${w.podInterface}${w.tap ? ` (tap ${w.tap})` : ''}; the guest gets ${guest}.`,
      });
    }
  }
  return out;
}
