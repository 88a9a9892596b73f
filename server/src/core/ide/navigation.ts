// Go to definition and find references. Inside a VM, an interface and the network of the same name point at each
// other. Across the workspace, `multus.networkName` points at the NetworkAttachmentDefinition it names (namespace-
// aware: `ns/name`, else the VM's namespace) and a NAD's `metadata.name` at every network naming it; `binding.name`
// points at the binding plugin's entry under the KubeVirt CR's `network.binding`.

import type { FileAnalysis } from '../analyze';
import type { Span } from '../types';
import { indexAnalysis, refersTo, type FileIndex, type IndexedNad, type IndexedRef, type Range } from './file-index';
import { vmAt, type VmView } from './vm';

/** The workspace as navigation sees it: every indexed file, the current one included (its index from its analysis). */
export interface WorkspaceView {
  /** The current file. */
  uri: string;
  /** The other files' indexes (open files with their current text). */
  others(): Iterable<{ uri: string; index: FileIndex }>;
}

/** A place to go: in the current file (`range` absent, the caller maps `span`) or in another one. */
export interface Location {
  uri: string;
  span: Span;
  range?: Range;
}

const inside = (s: Span | undefined, offset: number): s is Span => !!s && offset >= s.start && offset <= s.end;

/** Every file of the workspace with its index, the current one first. */
export function allFiles(file: FileAnalysis, ws: WorkspaceView): { uri: string; index: FileIndex; current: boolean }[] {
  const out = [{ uri: ws.uri, index: indexAnalysis(file), current: true }];
  for (const f of ws.others()) if (f.uri !== ws.uri) out.push({ ...f, current: false });
  return out;
}

const loc = (uri: string, p: { span: Span; range: Range }, current: boolean): Location =>
  current ? { uri, span: p.span } : { uri, span: p.span, range: p.range };

/** What the cursor is on, for navigation. */
export type NavTarget =
  | { kind: 'interface'; vm: VmView; index: number }
  | { kind: 'network'; vm: VmView; index: number }
  | { kind: 'networkName'; vm: VmView; index: number; ref: Pick<IndexedRef, 'networkName' | 'nad' | 'namespace' | 'qualified'> }
  | { kind: 'plugin'; vm: VmView; index: number; name: string }
  | { kind: 'nad'; nad: IndexedNad };

export function navTargetAt(file: FileAnalysis, offset: number): NavTarget | undefined {
  const index = indexAnalysis(file);
  const nad = index.nads.find((n) => inside(n.span, offset));
  if (nad) return { kind: 'nad', nad };
  const vm = vmAt(file, offset);
  if (!vm) return undefined;
  for (const i of vm.interfaces) {
    if (inside(i.nameSpan, offset)) return { kind: 'interface', vm, index: i.index };
    if (inside(i.pluginSpan, offset) && i.pluginName) return { kind: 'plugin', vm, index: i.index, name: i.pluginName };
  }
  for (const n of vm.networks) {
    if (inside(n.nameSpan, offset)) return { kind: 'network', vm, index: n.index };
    if (inside(n.networkNameSpan, offset) && n.networkName) {
      const slash = n.networkName.indexOf('/');
      const ref = {
        networkName: n.networkName,
        nad: slash < 0 ? n.networkName : n.networkName.slice(slash + 1),
        namespace: slash < 0 ? vm.namespace : n.networkName.slice(0, slash),
        qualified: slash >= 0,
      };
      return { kind: 'networkName', vm, index: n.index, ref };
    }
  }
  return undefined;
}

/** The NADs a reference may name, in every file (an exact namespace match first). */
function nadsFor(file: FileAnalysis, ws: WorkspaceView, ref: { nad: string; namespace: string | undefined }): Location[] {
  const hits: { l: Location; exact: boolean }[] = [];
  for (const f of allFiles(file, ws)) {
    for (const n of f.index.nads) if (refersTo(ref, n)) hits.push({ l: loc(f.uri, n, f.current), exact: n.namespace === ref.namespace });
  }
  return hits.sort((a, b) => Number(b.exact) - Number(a.exact)).map((h) => h.l);
}

/** Every `networkName` that names the NAD, in every file. */
function refsTo(file: FileAnalysis, ws: WorkspaceView, nad: { name: string; namespace: string | undefined }): Location[] {
  const out: Location[] = [];
  for (const f of allFiles(file, ws)) for (const r of f.index.refs) if (refersTo(r, nad)) out.push(loc(f.uri, r, f.current));
  return out;
}

export function definitionAt(file: FileAnalysis, offset: number, ws: WorkspaceView): Location[] {
  const t = navTargetAt(file, offset);
  if (!t) return [];
  switch (t.kind) {
    case 'interface': {
      const name = t.vm.interfaces[t.index]!.name;
      const n = t.vm.networks.find((x) => x.name === name);
      return n?.nameSpan ? [{ uri: ws.uri, span: n.nameSpan }] : [];
    }
    case 'network': {
      const name = t.vm.networks[t.index]!.name;
      const i = t.vm.interfaces.find((x) => x.name === name);
      return i?.nameSpan ? [{ uri: ws.uri, span: i.nameSpan }] : [];
    }
    case 'networkName':
      return nadsFor(file, ws, t.ref);
    case 'plugin': {
      const out: Location[] = [];
      for (const f of allFiles(file, ws)) for (const p of f.index.plugins) if (p.name === t.name) out.push(loc(f.uri, p, f.current));
      return out;
    }
    case 'nad':
      return [];
  }
}

export function referencesAt(file: FileAnalysis, offset: number, ws: WorkspaceView, includeDeclaration: boolean): Location[] {
  const t = navTargetAt(file, offset);
  if (!t) return [];
  switch (t.kind) {
    case 'interface':
    case 'network': {
      const name = (t.kind === 'interface' ? t.vm.interfaces : t.vm.networks)[t.index]!.name;
      const spans = [...t.vm.interfaces, ...t.vm.networks].filter((x) => x.name === name && x.nameSpan).map((x) => x.nameSpan!);
      return spans.map((span) => ({ uri: ws.uri, span }));
    }
    case 'networkName': {
      const decls = includeDeclaration ? nadsFor(file, ws, t.ref) : [];
      return [...decls, ...refsTo(file, ws, { name: t.ref.nad, namespace: t.ref.namespace })];
    }
    case 'nad':
      return [...(includeDeclaration ? [{ uri: ws.uri, span: t.nad.span }] : []), ...refsTo(file, ws, t.nad)];
    case 'plugin':
      return definitionAt(file, offset, ws);
  }
}
