// Completion in a VM's network spec, from the schema and from what the workspace knows: the keys of an interface,
// network, port, port range, DHCP options (those the release's CRD has, not those already written); binding methods
// on an interface (and the binding plugins the cluster's KubeVirt CR registers for `binding.name`); the names of
// NetworkAttachmentDefinitions for `multus.networkName` (the VM's namespace first, others as `namespace/name`); the
// names of networks no interface uses for an interface's `name`, and the reverse; models, protocols, states and
// other enumerations; and snippets that add an interface and its network in one go (snippets.ts).

import type { FileAnalysis } from '../analyze';
import { docAt } from '../analyze';
import type { NadRef } from '../context/context';
import { COUNTED_BINDINGS } from '../model/bindings';
import { obj } from '../model/values';
import { INTERFACE_MODELS } from '../rules/net/interface-model';
import { INTERFACE_STATES } from '../rules/net/interface-state';
import { PORT_PROTOCOLS } from '../rules/net/port-configuration';
import type { Path, Span } from '../types';
import type { TextEdit } from '../fixes/fix';
import { BINDINGS } from './bindings';
import { cursorAt, type Cursor } from './cursor';
import { pairSnippets } from './snippets';
import { enumAt, keysAt, schemaAt, type KeyInfo } from './vocabulary';
import { localPath, specPathOf, valueAt, vmView, type VmView } from './vm';

export type CompletionKind = 'property' | 'value' | 'enum' | 'reference' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The text that replaces `span`; a snippet (`$1`, `${1:x}`, `${1|a,b|}`) when `snippet`. */
  insert: string;
  snippet: boolean;
  span: Span;
  /** Edits elsewhere in the file (the other half of a pair snippet). */
  additionalEdits?: TextEdit[];
  sortText?: string;
  /** Chosen by default. */
  preselect?: boolean;
}

export interface CompletionResult {
  items: CompletionEntry[];
}

const EMPTY: CompletionResult = { items: [] };

/** Where the cursor is relative to the VM's spec: `rel` below the spec. */
interface Place {
  file: FileAnalysis;
  vm: VmView;
  cursor: Cursor;
  rel: Path;
}

/** The completions at `offset`. */
export function completionsAt(file: FileAnalysis, offset: number): CompletionResult {
  const doc = docAt(file, offset);
  if (!doc) return EMPTY;
  const cursor = cursorAt(file.text, offset, doc.start);
  if (!cursor) return EMPTY;
  const vm = vmView(doc);
  const spec = specPathOf(doc);
  const local = localPath(doc, cursor.path);
  if (!vm || !spec || !local || local.length < spec.length || spec.some((seg, i) => local[i] !== seg)) return EMPTY;
  const place: Place = { file, vm, cursor, rel: local.slice(spec.length) };
  const items = cursor.mode === 'value' ? valueCompletions(place) : keyCompletions(place);
  return { items };
}

// ------------------------------------------------------------------------------------------------------- keys

const isInterface = (rel: Path): boolean =>
  rel.length === 4 && rel[0] === 'domain' && rel[1] === 'devices' && rel[2] === 'interfaces' && typeof rel[3] === 'number';
const isNetwork = (rel: Path): boolean => rel.length === 2 && rel[0] === 'networks' && typeof rel[1] === 'number';

function keyCompletions(place: Place): CompletionEntry[] {
  const { rel } = place;
  // a new item of a list (no `-` typed yet, or right below the list's key): the item's keys, written with the dash;
  // the item's keys then sit two columns right of it
  const itemOf = place.cursor.mode === 'item' || schemaAt(rel)?.node.type === 'array' ? rel : undefined;
  const cursor =
    itemOf && place.cursor.mode !== 'item' ? { ...place.cursor, column: place.cursor.column + 2, newItem: true } : place.cursor;
  const p = { ...place, cursor };
  const mapRel = itemOf ? [...rel, nextIndex(p, rel)] : rel;
  const out: CompletionEntry[] = [];
  const starting = cursor.newItem && itemIsEmpty(p, mapRel);
  if (starting && (isInterface(mapRel) || isNetwork(mapRel)))
    out.push(...pairSnippets(p.file, p.vm, cursor, isInterface(mapRel) ? 'interface' : 'network', !!itemOf));
  const written = obj(valueAt(p.vm.doc.value, [...p.vm.spec, ...mapRel])) ?? {};
  const version = p.file.context.kubevirtVersion;
  const keys = keysAt(mapRel, version).filter((k) => !(k.key in written));
  const hasBinding = BINDING_KEY_SET.some((b) => b in written);
  for (const k of keys) {
    if (isInterface(mapRel) && BINDING_KEY_SET.includes(k.key)) {
      if (!hasBinding) out.push(...bindingEntries(p, k, !!itemOf));
      continue;
    }
    out.push(keyEntry(p, k, !!itemOf));
  }
  return out;
}

const BINDING_KEY_SET: readonly string[] = COUNTED_BINDINGS;

/** The index a new item of the list at `rel` gets. */
function nextIndex(p: Place, rel: Path): number {
  const list = valueAt(p.vm.doc.value, [...p.vm.spec, ...rel]);
  return Array.isArray(list) ? list.length : 0;
}

function itemIsEmpty(p: Place, rel: Path): boolean {
  const v = valueAt(p.vm.doc.value, [...p.vm.spec, ...rel]);
  const o = obj(v);
  return v === undefined || v === null || (o !== undefined && Object.keys(o).length === 0);
}

/** The text that follows a completed key (its value's layout), as a snippet; `column` is the key's. */
function valueLayout(k: KeyInfo, column: number, step = 2): string {
  const ind = ' '.repeat(column + step);
  switch (k.shape) {
    case 'empty-object':
      return ' {}';
    case 'list':
      return `\n${ind}- $0`;
    case 'object':
      return `\n${ind}$0`;
    case 'boolean':
      return ' ${1|true,false|}';
    default:
      return ' $0';
  }
}

function keyEntry(p: Place, k: KeyInfo, dash: boolean): CompletionEntry {
  return {
    label: k.key,
    kind: 'property',
    detail: k.required ? 'required' : undefined,
    documentation: k.doc,
    insert: `${dash ? '- ' : ''}${k.key}:${valueLayout(k, p.cursor.column)}`,
    snippet: true,
    span: p.cursor.span,
    sortText: `${k.required ? '02' : '1'}-${k.key}`,
  };
}

/** The binding methods (each with what it gives the guest) and the cluster's registered plugins. */
function bindingEntries(p: Place, k: KeyInfo, dash: boolean): CompletionEntry[] {
  const lead = dash ? '- ' : '';
  const onPod = networkOfCursorInterface(p)?.source;
  if (k.key === 'binding') {
    const plugins = Object.keys(p.file.context.networkBindings ?? {}).sort();
    const ind = ' '.repeat(p.cursor.column + 2);
    if (plugins.length === 0) {
      return [
        {
          label: 'binding',
          kind: 'property',
          detail: 'a network binding plugin',
          documentation: k.doc,
          insert: `${lead}binding:\n${ind}name: $0`,
          snippet: true,
          span: p.cursor.span,
          sortText: '01-binding',
        },
      ];
    }
    return plugins.map((name) => ({
      label: `binding: ${name}`,
      kind: 'property' as const,
      detail: "network binding plugin registered in the cluster's KubeVirt CR",
      documentation: k.doc,
      insert: `${lead}binding:\n${ind}name: ${name}`,
      snippet: true,
      span: p.cursor.span,
      sortText: `01-binding-${name}`,
    }));
  }
  const facts = BINDINGS[k.key as keyof typeof BINDINGS];
  // the bindings that work on this interface's network first
  const fits = !onPod || facts.networks === 'any' || facts.networks === (onPod === 'pod' ? 'pod' : 'multus');
  return [
    {
      label: k.key,
      kind: 'property',
      detail: facts.detail,
      documentation: k.doc,
      insert: `${lead}${k.key}: {}`,
      snippet: false,
      span: p.cursor.span,
      // the binding methods first (an interface needs exactly one), those that work on its network before the others
      sortText: `${fits ? '00' : '01'}-binding-${k.key}`,
    },
  ];
}

/** The network of the interface the cursor is in (by name), if there is one. */
function networkOfCursorInterface(p: Place) {
  if (!isInterface(p.rel) && !(p.rel.length === 3 && p.rel[2] === 'interfaces')) return undefined;
  const i = p.rel[3];
  const name = typeof i === 'number' ? p.vm.interfaces[i]?.name : undefined;
  return name === undefined ? undefined : p.vm.networks.find((n) => n.name === name);
}

// ------------------------------------------------------------------------------------------------------ values

function valueCompletions(p: Place): CompletionEntry[] {
  const { rel, cursor } = p;
  const key = cursor.key!;
  const at = [...rel, key];
  const list = (values: readonly string[], detail: string, kind: CompletionKind = 'enum'): CompletionEntry[] =>
    values.map((v, i) => ({ label: v, kind, detail, insert: v, snippet: false, span: cursor.span, sortText: String(i).padStart(3, '0') }));
  if (key === 'name' && isInterface(rel)) {
    const used = new Set(p.vm.interfaces.filter((x) => x.index !== rel[3]).map((x) => x.name));
    return list(
      p.vm.networks.map((n) => n.name).filter((n): n is string => !!n && !used.has(n)),
      'network without an interface',
      'reference',
    );
  }
  if (key === 'name' && isNetwork(rel)) {
    const used = new Set(p.vm.networks.filter((x) => x.index !== rel[1]).map((x) => x.name));
    return list(
      p.vm.interfaces.map((n) => n.name).filter((n): n is string => !!n && !used.has(n)),
      'interface without a network',
      'reference',
    );
  }
  if (key === 'networkName' && rel.length === 3 && rel[0] === 'networks' && rel[2] === 'multus') return nadEntries(p);
  if (key === 'name' && rel.length === 5 && rel[2] === 'interfaces' && rel[4] === 'binding') {
    return list(
      Object.keys(p.file.context.networkBindings ?? {}).sort(),
      'network binding plugin registered in the KubeVirt CR',
      'reference',
    );
  }
  if (key === 'model' && isInterface(rel)) return list(INTERFACE_MODELS, 'NIC model');
  if (key === 'state' && isInterface(rel)) return list(INTERFACE_STATES, 'interface state');
  if (key === 'protocol' && (rel[4] === 'ports' || rel[4] === 'portRanges')) return list(PORT_PROTOCOLS, 'protocol');
  const e = enumAt(at);
  if (e) return list(e, 'allowed value');
  const shape = keysAt(rel, p.file.context.kubevirtVersion).find((k) => k.key === key)?.shape;
  if (shape === 'boolean') return list(['true', 'false'], 'boolean');
  if (shape === 'empty-object') return list(['{}'], 'empty');
  return [];
}

/** NetworkAttachmentDefinitions for `multus.networkName`: the VM's own namespace first (by name), then others. */
function nadEntries(p: Place): CompletionEntry[] {
  const nads: NadRef[] = p.file.context.nads ?? [];
  const vmNs = p.vm.namespace;
  const seen = new Set<string>();
  const out: CompletionEntry[] = [];
  for (const n of nads) {
    const own = n.namespace === undefined || n.namespace === vmNs;
    const label = own ? n.name : `${n.namespace}/${n.name}`;
    if (seen.has(label)) continue;
    seen.add(label);
    const where = n.namespace === undefined ? 'no namespace' : `namespace ${n.namespace}`;
    out.push({
      label,
      kind: 'reference',
      detail: `${n.via ?? 'NetworkAttachmentDefinition'} (${where})`,
      insert: label,
      snippet: false,
      span: p.cursor.span,
      sortText: `${own ? '0' : '1'}-${label}`,
    });
  }
  return out;
}
