// The outline: each VM of the file with its interfaces (binding, and the pod interface KubeVirt gives it) and its
// networks (pod, or the NAD); and the VMs of the whole workspace for workspace symbols.

import type { FileAnalysis } from '../analyze';
import type { Span } from '../types';
import type { InterfaceWiring } from '../wiring/types';
import type { FileIndex } from './file-index';
import { vmsOf, type VmView } from './vm';
import type { Location } from './navigation';

export type SymbolKind = 'vm' | 'interface' | 'network';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** The whole item. */
  span: Span;
  /** Its name. */
  selection: Span;
  children: OutlineSymbol[];
}

/** The wiring of a VM's interfaces by name (an accepted VM only). */
export function wiredInterfaces(vm: VmView): Map<string, InterfaceWiring> {
  const w = vm.doc.wiring();
  return new Map((w?.interfaces ?? []).map((i) => [i.name, i]));
}

function vmSymbol(vm: VmView): OutlineSymbol {
  const wired = wiredInterfaces(vm);
  const extent = vm.doc.nested?.extent ?? { start: vm.doc.start, end: vm.doc.end };
  const nameSpan = vm.doc.source?.spanFor(['metadata', 'name'], 'value');
  const selection = nameSpan
    ? { start: nameSpan.start + vm.doc.start, end: nameSpan.end + vm.doc.start }
    : { start: extent.start, end: extent.start };
  const children: OutlineSymbol[] = [];
  for (const i of vm.interfaces) {
    const pod = i.name !== undefined ? wired.get(i.name)?.podInterface : undefined;
    const binding = i.binding === 'binding' ? `plugin ${i.pluginName ?? ''}`.trim() : (i.binding ?? 'no binding');
    children.push({
      name: i.name ?? `interfaces[${i.index}]`,
      detail: `interface · ${binding}${pod ? ` · ${pod}` : ''}`,
      kind: 'interface',
      span: i.span,
      selection: i.nameSpan ?? i.span,
      children: [],
    });
  }
  for (const n of vm.networks) {
    const source =
      n.source === 'multus'
        ? `Multus ${n.networkName ?? ''}${n.default ? ' (default)' : ''}`.trim()
        : n.source === 'pod'
          ? 'pod network'
          : n.source;
    children.push({
      name: n.name ?? `networks[${n.index}]`,
      detail: `network · ${source}`,
      kind: 'network',
      span: n.span,
      selection: n.nameSpan ?? n.span,
      children: [],
    });
  }
  const where = vm.doc.nested ? ` · in ${vm.doc.nested.where}` : '';
  return {
    name: vm.name || '(no name)',
    detail: `${vm.kind}${vm.namespace ? ` · ${vm.namespace}` : ''}${where}`,
    kind: 'vm',
    span: extent,
    selection,
    children,
  };
}

export function documentSymbols(file: FileAnalysis): OutlineSymbol[] {
  return vmsOf(file).map(vmSymbol);
}

export interface WorkspaceSymbol {
  name: string;
  detail: string;
  location: Location;
}

/** VMs whose name contains `query` (case-insensitive; all for an empty query), at most `limit`. */
export function workspaceSymbols(files: Iterable<{ uri: string; index: FileIndex }>, query: string, limit = 500): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const f of files) {
    for (const vm of f.index.vms) {
      if (q && !vm.name.toLowerCase().includes(q)) continue;
      out.push({
        name: vm.name || '(no name)',
        detail: `${vm.kind}${vm.namespace ? ` · ${vm.namespace}` : ''}`,
        location: { uri: f.uri, span: vm.span, range: vm.range },
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
