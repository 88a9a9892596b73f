// Rename. An interface and the network of the same name are renamed together (exactly those two names: nothing
// else in the VM or the file changes). A NetworkAttachmentDefinition — from its `metadata.name` or from a
// `multus.networkName` naming it — is renamed with every `networkName` in the workspace that names it (the
// `namespace/` part and the quotes stay as written).

import type { FileAnalysis } from '../analyze';
import type { Span } from '../types';
import { validInterfaceName } from '../fixes/names';
import { allFiles, navTargetAt, type WorkspaceView } from './navigation';
import { refersTo, type Range } from './file-index';

export interface PreparedRename {
  /** The range renamed in the current file (the name itself, without quotes or a namespace). */
  span: Span;
  placeholder: string;
}

/** An edit in some file: `range` given for files other than the current one. */
export interface RenameEdit {
  uri: string;
  span: Span;
  range?: Range;
  newText: string;
}

export type RenameResult = { edits: RenameEdit[] } | { error: string };

/** The part of a scalar's range that holds `name`, skipping a quote and a `namespace/` prefix. */
function namePart(span: Span, written: string, name: string, range?: Range): { span: Span; range?: Range } {
  const quoted = span.end - span.start === written.length + 2 ? 1 : 0;
  const slash = written.length > name.length && written.endsWith(name) ? written.length - name.length : 0;
  const start = span.start + quoted + slash;
  const s = { start, end: start + name.length };
  if (!range || range.start.line !== range.end.line) return { span: s };
  const c = range.start.character + quoted + slash;
  return {
    span: s,
    range: { start: { line: range.start.line, character: c }, end: { line: range.start.line, character: c + name.length } },
  };
}

/** A Kubernetes object name (DNS-1123 subdomain), as a NAD's name must be. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function prepareRenameAt(file: FileAnalysis, offset: number): PreparedRename | undefined {
  const t = navTargetAt(file, offset);
  if (!t) return undefined;
  switch (t.kind) {
    case 'interface':
    case 'network': {
      const item = (t.kind === 'interface' ? t.vm.interfaces : t.vm.networks)[t.index]!;
      if (!item.nameSpan || item.name === undefined) return undefined;
      return { span: namePart(item.nameSpan, item.name, item.name).span, placeholder: item.name };
    }
    case 'networkName': {
      const n = t.vm.networks[t.index]!;
      return { span: namePart(n.networkNameSpan!, t.ref.networkName, t.ref.nad).span, placeholder: t.ref.nad };
    }
    case 'nad':
      return { span: namePart(t.nad.span, t.nad.name, t.nad.name).span, placeholder: t.nad.name };
    case 'plugin':
      return undefined;
  }
}

export function renameAt(file: FileAnalysis, offset: number, newName: string, ws: WorkspaceView): RenameResult {
  const t = navTargetAt(file, offset);
  if (!t || t.kind === 'plugin')
    return { error: 'Virtwire renames interfaces with their network, and NetworkAttachmentDefinitions with their references.' };
  if (t.kind === 'interface' || t.kind === 'network') {
    const item = (t.kind === 'interface' ? t.vm.interfaces : t.vm.networks)[t.index]!;
    const old = item.name;
    if (old === undefined) return { error: 'This item has no name to rename.' };
    if (!validInterfaceName(newName))
      return { error: `"${newName.slice(0, 60)}" is not a valid interface name: use letters, digits, - and _ only.` };
    if (newName !== old && [...t.vm.interfaces, ...t.vm.networks].some((x) => x.name === newName)) {
      return { error: `This VM already has an interface or network named "${newName}".` };
    }
    // the pair: this item and the item of the same name on the other side (first of each, as KubeVirt pairs them)
    const iface = t.vm.interfaces.find((x) => x.name === old);
    const net = t.vm.networks.find((x) => x.name === old);
    const edits: RenameEdit[] = [];
    for (const x of [iface, net]) if (x?.nameSpan) edits.push({ uri: ws.uri, span: namePart(x.nameSpan, old, old).span, newText: newName });
    return { edits };
  }
  if (!OBJECT_NAME.test(newName) || newName.length > 253)
    return { error: `"${newName.slice(0, 60)}" is not a valid object name (lower-case letters, digits, - and .).` };
  const target = t.kind === 'nad' ? { name: t.nad.name, namespace: t.nad.namespace } : { name: t.ref.nad, namespace: t.ref.namespace };
  // from a NAD: that NAD; from a reference: the NADs it may name
  const isTheNad = (n: { name: string; namespace: string | undefined }): boolean =>
    t.kind === 'nad'
      ? n.name === target.name && n.namespace === target.namespace
      : refersTo({ nad: target.name, namespace: target.namespace }, n);
  const edits: RenameEdit[] = [];
  for (const f of allFiles(file, ws)) {
    const add = (p: { span: Span; range?: Range }): void => {
      if (f.current) edits.push({ uri: f.uri, span: p.span, newText: newName });
      else if (p.range) edits.push({ uri: f.uri, span: p.span, range: p.range, newText: newName });
    };
    for (const n of f.index.nads) if (!n.via && isTheNad(n)) add(namePart(n.span, n.name, n.name, n.range));
    for (const r of f.index.refs) if (refersTo(r, target)) add(namePart(r.span, r.networkName, r.nad, r.range));
  }
  return { edits };
}
