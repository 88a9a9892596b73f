// The VM a position is in, as the editor features need it: its document, where its VMI spec is in that document,
// and its interfaces and networks with their names, bindings and sources, each with the range of its name in the
// file. Read from the document's value and syntax tree (both cached by the pipeline).

import { isScalar } from 'yaml';
import { docAt, type DocAnalysis, type FileAnalysis } from '../analyze';
import { locate } from '../parse/document';
import { SPEC_PATHS } from '../model/resource';
import { bindingKey, type BindingKey } from '../model/bindings';
import { obj } from '../model/values';
import type { Path, Segment, Span } from '../types';

export interface NamedItem {
  index: number;
  name: string | undefined;
  /** Document path of the item. */
  path: Path;
  /** The name's value in the file (undefined when the item has no name written). */
  nameSpan?: Span;
  /** The whole item in the file. */
  span: Span;
}

export interface VmInterface extends NamedItem {
  binding: BindingKey | undefined;
  bindingSpan?: Span;
  pluginName?: string;
  pluginSpan?: Span;
}

export interface VmNetwork extends NamedItem {
  source: 'pod' | 'multus' | 'resourceClaim' | 'none';
  networkName?: string;
  networkNameSpan?: Span;
  default?: boolean;
}

export interface VmView {
  doc: DocAnalysis;
  /** Document path of the VMI spec. */
  spec: Path;
  kind: string;
  name: string;
  namespace: string | undefined;
  interfaces: VmInterface[];
  networks: VmNetwork[];
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The plain value at a path of a value (undefined where a step is missing). */
export function valueAt(v: unknown, path: Path): unknown {
  let cur = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

// Paths here are the document's object paths; for a VM nested in a Template or a list they are relative to the VM
// (as its findings' are): localPath() turns a path of the whole document into one.

/** A path of the whole document as a path of `doc` (a nested VM's paths start at the VM). */
export function localPath(doc: DocAnalysis, path: Path): Path | undefined {
  const root = doc.nested?.root;
  if (!root) return path;
  if (path.length < root.length || root.some((seg, i) => path[i] !== seg)) return undefined;
  return path.slice(root.length);
}

/** Where the VMI spec of a document is: the resource's own path, else guessed from the kind (a VM being written). */
export function specPathOf(doc: DocAnalysis): Path | undefined {
  if (doc.resource) return doc.resource.specPath;
  const kind = obj(doc.value)?.['kind'];
  return typeof kind === 'string' ? SPEC_PATHS[kind as keyof typeof SPEC_PATHS] : undefined;
}

/** A document's text span of the node at `path` (key or value), when it exists exactly. */
export function exactSpan(doc: DocAnalysis, path: Path, part: 'key' | 'value' = 'value'): Span | undefined {
  const loc = locate(doc.parsed, path);
  if (loc.depth !== path.length) return undefined;
  const s = part === 'key' ? loc.keySpan : loc.valueSpan;
  return s ? { start: s.start + doc.start, end: s.end + doc.start } : undefined;
}

/** The scalar text at a path, if the node there is a scalar. */
function scalarAt(doc: DocAnalysis, path: Path): string | undefined {
  const loc = locate(doc.parsed, path);
  if (loc.depth !== path.length || !isScalar(loc.node)) return undefined;
  return loc.node.value === null || loc.node.value === undefined ? undefined : String(loc.node.value);
}

/** The VM view of a document with a VM resource (also one being written: a VM kind whose spec is incomplete). */
export function vmView(doc: DocAnalysis): VmView | undefined {
  const spec = specPathOf(doc);
  if (!spec) return undefined;
  const object = doc.value;
  const specValue = obj(valueAt(object, spec));
  const ifPath: Segment[] = [...spec, 'domain', 'devices', 'interfaces'];
  const netPath: Segment[] = [...spec, 'networks'];
  const itemSpan = (p: Path): Span => exactSpan(doc, p) ?? { start: doc.start, end: doc.start };
  const name = (p: Path): { name?: string; nameSpan?: Span } => {
    const n = scalarAt(doc, [...p, 'name']);
    return { name: n, nameSpan: n === undefined ? undefined : exactSpan(doc, [...p, 'name']) };
  };
  const interfaces = arr(obj(obj(specValue?.['domain'])?.['devices'])?.['interfaces']).map((item, index): VmInterface => {
    const p = [...ifPath, index];
    const o = obj(item) ?? {};
    const binding = bindingKey(o);
    const plugin = binding === 'binding' ? scalarAt(doc, [...p, 'binding', 'name']) : undefined;
    return {
      index,
      path: p,
      span: itemSpan(p),
      ...name(p),
      binding,
      bindingSpan: binding ? exactSpan(doc, [...p, binding], 'key') : undefined,
      pluginName: plugin,
      pluginSpan: plugin !== undefined ? exactSpan(doc, [...p, 'binding', 'name']) : undefined,
    } as VmInterface;
  });
  const networks = arr(specValue?.['networks']).map((item, index): VmNetwork => {
    const p = [...netPath, index];
    const o = obj(item) ?? {};
    const source =
      o['pod'] !== undefined ? 'pod' : o['multus'] !== undefined ? 'multus' : o['resourceClaim'] !== undefined ? 'resourceClaim' : 'none';
    const nn = source === 'multus' ? scalarAt(doc, [...p, 'multus', 'networkName']) : undefined;
    return {
      index,
      path: p,
      span: itemSpan(p),
      ...name(p),
      source,
      networkName: nn,
      networkNameSpan: nn !== undefined ? exactSpan(doc, [...p, 'multus', 'networkName']) : undefined,
      default: source === 'multus' && obj(o['multus'])?.['default'] === true,
    } as VmNetwork;
  });
  const meta = obj(obj(object)?.['metadata']);
  return {
    doc,
    spec,
    kind: doc.resource?.kind ?? String(obj(doc.value)?.['kind'] ?? ''),
    name: doc.resource?.name ?? (typeof meta?.['name'] === 'string' ? (meta['name'] as string) : ''),
    namespace: doc.resource?.namespace ?? (typeof meta?.['namespace'] === 'string' ? (meta['namespace'] as string) : undefined),
    interfaces,
    networks,
  };
}

/** The VM at a file offset. */
export function vmAt(file: FileAnalysis, offset: number): VmView | undefined {
  const doc = docAt(file, offset);
  return doc ? vmView(doc) : undefined;
}

/** Every VM of a file, in order. */
export function vmsOf(file: FileAnalysis): VmView[] {
  const out: VmView[] = [];
  for (const d of file.docs) {
    if (!d.resource) continue;
    const v = vmView(d);
    if (v) out.push(v);
  }
  return out;
}
