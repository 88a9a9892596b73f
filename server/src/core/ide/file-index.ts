// What navigation needs to know about a file without opening it: the NetworkAttachmentDefinitions it defines, the
// `multus.networkName` references its VMs make, its VMs, and the binding plugins its KubeVirt CR registers — each
// with the range of its name. Built from an open file's analysis, or from any file's text with a light parse (no
// admission), so a workspace of many YAML files is indexed quickly and each entry stays small.

import { isScalar } from 'yaml';
import type { FileAnalysis } from '../analyze';
import { classify } from '../model/detect';
import { SPEC_PATHS } from '../model/resource';
import { obj } from '../model/values';
import { decodePlain, locate, parseYamlDocument, type ParsedDocument } from '../parse/document';
import { splitDocuments } from '../parse/split';
import { LineIndex, type Position } from '../text';
import type { Path, Span, VmKind } from '../types';

export interface Range {
  start: Position;
  end: Position;
}

/** A place in a file: offsets and line/character positions. */
export interface Place {
  span: Span;
  range: Range;
}

export interface IndexedNad extends Place {
  name: string;
  namespace: string | undefined;
  /** `UserDefinedNetwork x` when OVN-Kubernetes generates it. */
  via?: string;
}

export interface IndexedRef extends Place {
  /** As written: `name` or `namespace/name`. */
  networkName: string;
  /** The NAD it names: its name, and its namespace (written, else the VM's; undefined when neither says). */
  nad: string;
  namespace: string | undefined;
  /** Whether the namespace was written in the reference. */
  qualified: boolean;
  vm: string;
}

export interface IndexedVm extends Place {
  kind: VmKind;
  name: string;
  namespace: string | undefined;
  /** The whole document. */
  extent: Span;
}

export interface IndexedPlugin extends Place {
  name: string;
}

export interface FileIndex {
  nads: IndexedNad[];
  refs: IndexedRef[];
  vms: IndexedVm[];
  plugins: IndexedPlugin[];
}

const RELEVANT = /\bkind:\s*['"]?(VirtualMachine\w*|NetworkAttachmentDefinition|KubeVirt|UserDefinedNetwork|ClusterUserDefinedNetwork)\b/;

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface Doc {
  start: number;
  end: number;
  parsed: ParsedDocument;
  value: unknown;
}

function emptyIndex(): FileIndex {
  return { nads: [], refs: [], vms: [], plugins: [] };
}

/** Whether a text may hold anything the index keeps (a cheap look before parsing). */
export function mayIndex(text: string): boolean {
  return RELEVANT.test(text);
}

/** The index of any file's text (documents that name none of the kinds are not parsed). */
export function indexText(text: string): FileIndex {
  if (!mayIndex(text)) return emptyIndex();
  const docs: Doc[] = [];
  for (const chunk of splitDocuments(text)) {
    const docText = text.slice(chunk.start, chunk.end);
    if (!RELEVANT.test(docText)) continue;
    try {
      const parsed = parseYamlDocument(docText);
      docs.push({ start: chunk.start, end: chunk.end, parsed, value: decodePlain(parsed).value });
    } catch {
      // an unreadable document contributes nothing
    }
  }
  return indexDocs(text, docs);
}

const memo = new WeakMap<FileAnalysis, FileIndex>();

/** The index of an open file, from its analysis (memoised per analysis). */
export function indexAnalysis(file: FileAnalysis): FileIndex {
  let hit = memo.get(file);
  if (!hit) {
    const docs = file.docs.filter((d) => !d.nested && d.kind !== 'other' && d.kind !== 'empty');
    hit = mayIndex(file.text)
      ? indexDocs(
          file.text,
          docs.map((d) => ({ start: d.start, end: d.end, parsed: d.parsed, value: d.value })),
        )
      : emptyIndex();
    memo.set(file, hit);
  }
  return hit;
}

function indexDocs(text: string, docs: Doc[]): FileIndex {
  const out = emptyIndex();
  let lines: LineIndex | undefined;
  const place = (d: Doc, path: Path, part: 'key' | 'value' = 'value'): Place | undefined => {
    const loc = locate(d.parsed, path);
    if (loc.depth !== path.length) return undefined;
    const s = part === 'key' ? loc.keySpan : loc.valueSpan;
    if (!s || (part === 'value' && !isScalar(loc.node))) return undefined;
    const span = { start: s.start + d.start, end: s.end + d.start };
    lines ??= new LineIndex(text);
    return { span, range: { start: lines.position(span.start), end: lines.position(span.end) } };
  };
  for (const d of docs) {
    const v = obj(d.value);
    if (!v) continue;
    const { docKind, vmKind } = classify(v['apiVersion'], v['kind']);
    const meta = obj(v['metadata']);
    const name = typeof meta?.['name'] === 'string' ? (meta['name'] as string) : undefined;
    const namespace = typeof meta?.['namespace'] === 'string' ? (meta['namespace'] as string) : undefined;
    if (docKind === 'nad' && name !== undefined) {
      const p = place(d, ['metadata', 'name']);
      if (p)
        out.nads.push({
          ...p,
          name,
          namespace,
          ...(v['kind'] !== 'NetworkAttachmentDefinition' ? { via: `${String(v['kind'])} ${name}` } : {}),
        });
    } else if (docKind === 'kubevirt') {
      const bindings = obj(obj(obj(obj(v['spec'])?.['configuration'])?.['network'])?.['binding']);
      const bindingsAt = ['spec', 'configuration', 'network', 'binding'];
      for (const plugin of Object.keys(bindings ?? {})) {
        const p = place(d, [...bindingsAt, plugin], 'key');
        if (p) out.plugins.push({ ...p, name: plugin });
      }
    } else if (docKind === 'vm' && vmKind) {
      const p =
        place(d, ['metadata', 'name']) ??
        (() => {
          lines ??= new LineIndex(text);
          return { span: { start: d.start, end: d.start }, range: { start: lines.position(d.start), end: lines.position(d.start) } };
        })();
      out.vms.push({ ...p, kind: vmKind, name: name ?? '', namespace, extent: { start: d.start, end: d.end } });
      const spec = SPEC_PATHS[vmKind];
      let s: unknown = v;
      for (const seg of spec) s = obj(s)?.[seg as string];
      arr(obj(s)?.['networks']).forEach((net, i) => {
        const nn = obj(obj(net)?.['multus'])?.['networkName'];
        if (typeof nn !== 'string' || nn === '') return;
        const rp = place(d, [...spec, 'networks', i, 'multus', 'networkName']);
        if (!rp) return;
        const slash = nn.indexOf('/');
        out.refs.push({
          ...rp,
          networkName: nn,
          nad: slash < 0 ? nn : nn.slice(slash + 1),
          namespace: slash < 0 ? namespace : nn.slice(0, slash),
          qualified: slash >= 0,
          vm: name ?? '',
        });
      });
    }
  }
  return out;
}

/** Whether a reference may name a NAD: same name, and namespaces that agree (an unknown one agrees with any). */
export function refersTo(
  ref: { nad: string; namespace: string | undefined },
  nad: { name: string; namespace: string | undefined },
): boolean {
  return ref.nad === nad.name && (ref.namespace === undefined || nad.namespace === undefined || ref.namespace === nad.namespace);
}
