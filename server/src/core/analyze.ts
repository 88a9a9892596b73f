// The analysis pipeline of one file: split into documents → parse (YAML 1.1 like kubectl) → find the
// resource → schema checks (stop on error) → admission (defaulting + rules) → place findings in the text.
// Each document's result is cached by its text and the context, so a one-line edit in a 200-document
// file re-checks one document. Wiring is computed lazily (for hover and explain) and cached the same way.

import { createHash } from 'node:crypto';
import { isMap, isScalar } from 'yaml';
import { splitDocuments } from './parse/split';
import { decodePlain, locate, parseYamlDocument, topLevelScalar, spanFor, type ParsedDocument } from './parse/document';
import { firstTooDeep, MAX_DEPTH } from './parse/depth';
import { errorText } from './excerpt';
import { buildSourceIndex, IndexedSource, TreeSource, type DocSource, type SourceIndex } from './parse/source-index';
import { classify, buildResource, holdsContextKinds, type DocKind } from './model/detect';
import { describeNesting, nestedObjects } from './model/nested';
import { unservedVm } from './model/unserved';
import { restsOnParam } from './model/template-params';
import { neutralise, structuralMarker, templateMarkers } from './parse/templated';
import type { VmResource } from './model/resource';
import { contextFromKubeVirtCR, nadsFromObject, serviceFromObject, withNads, withServices } from './context/load';
import { contextKey, type Context, type NadRef, type ServiceRef } from './context/context';
import { checkSchema } from './schema/check';
import { admit, type AdmissionResult } from './admission/admit';
import { beyondSchemaErrors } from './admission/beyond';
import { wire, type ResourceWiring } from './wiring/wire';
import { noAnnotations } from './wiring/pod-annotations';
import type { Finding, Path, PlacedFinding, Span } from './types';
import { isObject } from './model/values';

export interface DocAnalysis {
  /** Index of the document in the file (0-based). */
  index: number;
  /** Offset of the document in the file. */
  start: number;
  end: number;
  kind: DocKind;
  parsed: ParsedDocument;
  /** The plain-JSON value (only computed for documents we care about). */
  value: unknown;
  resource?: VmResource;
  admission?: AdmissionResult;
  /** Findings placed in the file (absolute offsets). */
  findings: PlacedFinding[];
  /** Source map of a VM document: what is under an offset, where a path is (offsets relative to `start`). */
  readonly source: DocSource | undefined;
  /** Wiring of the resource (computed on first use). */
  wiring(): ResourceWiring | undefined;
  /** For a resource nested in the document (Template objects, list items): where it sits. */
  nested?: NestedInfo;
}

export interface NestedInfo {
  /** Path of the resource in its document. */
  root: Path;
  /** `Template "fedora" objects[0]`. */
  where: string;
  /** The resource's range in the file. */
  extent: Span;
}

export interface FileAnalysis {
  text: string;
  docs: DocAnalysis[];
  findings: PlacedFinding[];
  /** The context the file was judged in (after the file's own KubeVirt CR and NADs). */
  context: Context;
  /** The cache keys this analysis uses (a long-lived process retains them while the file is open). */
  keys: string[];
  /**
   * Where each document was and its cache key (the next analysis of the same file, after an edit, takes the key of
   * a document whose text did not change from here instead of building and hashing it again).
   */
  chunks?: ChunkKey[];
}

/** A document of an analysed file: its range and cache key, in the context of `ctxId`. */
interface ChunkKey {
  start: number;
  end: number;
  key: string;
  ctxId: string;
}

/** A finding placed relative to its document's start. */
export type DocFinding = Finding & { span: Span; relatedSpans: { span: Span; message: string }[] };

/**
 * What analysing one document yields, as plain data (it can cross a worker boundary): spans are
 * relative to the document's start, so the result is reusable wherever the document moves in its file.
 */
export interface DocData {
  kind: DocKind;
  value: unknown;
  resource?: VmResource;
  admission?: AdmissionResult;
  findings: DocFinding[];
  /** Source map of a VM document (for hover without the syntax tree). */
  index?: SourceIndex;
  /** VM resources nested in this document (Template objects, list items), each analysed on its own. */
  nested?: NestedData[];
  /** A document with template syntax where YAML structure is: checked in a neutral copy (parse/templated.ts). */
  templated?: { marker: number; checked: boolean };
}

/** A VM nested in a document: its analysis, with paths relative to the VM and spans relative to the document. */
export interface NestedData extends DocData {
  root: Path;
  where: string;
  /** The VM's range in the document. */
  extent: Span;
}

/** A cached document: its data, its syntax tree (parsed again on demand when the data came from a worker). */
interface CachedDoc extends DocData {
  readonly parsed: ParsedDocument;
  wiring?: ResourceWiring | null;
  indexed?: DocSource | null;
  /** The findings placed at the file offset `start` the last time (a document that did not move keeps them). */
  placed?: { start: number; findings: PlacedFinding[] };
}

function cachedDoc(docText: string, data: DocData, parsed?: ParsedDocument): CachedDoc {
  let tree = parsed;
  return Object.defineProperty(data, 'parsed', {
    get(): ParsedDocument {
      tree ??= parseYamlDocument(data.templated ? neutralise(docText).text : docText);
      return tree;
    },
    enumerable: false,
  }) as CachedDoc;
}

/**
 * Analysed documents by text and context. Bounded: least recently used entries go first once the texts
 * held pass `maxChars` (or `maxEntries`); a long-lived process also releases the entries of a file's
 * previous version and of closed files (retain/release count the open files that use an entry).
 */
export class AnalysisCache {
  private readonly map = new Map<string, CachedDoc>();
  private readonly refs = new Map<string, number>();
  private chars = 0;
  constructor(
    private readonly maxChars = 64 * 1024 * 1024,
    private readonly maxEntries = 20_000,
  ) {}
  get(key: string): CachedDoc | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      // most recently used last
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, v: CachedDoc): void {
    this.delete(key);
    this.map.set(key, v);
    this.chars += key.length;
    for (const k of this.map.keys()) {
      if (this.chars <= this.maxChars && this.map.size <= this.maxEntries) break;
      if (k === key) continue;
      this.delete(k);
    }
  }
  delete(key: string): void {
    if (this.map.delete(key)) this.chars -= key.length;
  }
  /** Stores a document analysed elsewhere (e.g. in a worker thread). */
  put(key: string, docText: string, data: DocData): void {
    this.set(key, cachedDoc(docText, data));
  }
  /** Counts one more user of each key (an open file's current analysis). */
  retain(keys: readonly string[]): void {
    for (const k of new Set(keys)) this.refs.set(k, (this.refs.get(k) ?? 0) + 1);
  }
  /** Drops the entries of `keys` that no open file uses (work done for a text nobody has, e.g. fix-all rounds). */
  dropUnretained(keys: readonly string[]): void {
    for (const k of keys) if (!this.refs.has(k)) this.delete(k);
  }
  /** One user fewer; entries nobody uses any more are dropped at once. */
  release(keys: readonly string[]): void {
    for (const k of new Set(keys)) {
      const n = (this.refs.get(k) ?? 0) - 1;
      if (n > 0) this.refs.set(k, n);
      else {
        this.refs.delete(k);
        this.delete(k);
      }
    }
  }
  get size(): number {
    return this.map.size;
  }
  /** Characters of document text held (each entry's key holds its text). */
  get heldChars(): number {
    return this.chars;
  }
}

const defaultCache = new AnalysisCache();

/** The cache key of a document's text in a context. */
export function docKey(docText: string, ctx: Context): string {
  return keyOf(docText, contextId(contextKey(ctx)));
}

/** A short, stable id of a context (computed once per file analysis). */
const contextIds = new Map<string, string>();
function contextId(ctxKey: string): string {
  let id = contextIds.get(ctxKey);
  if (id === undefined) {
    if (contextIds.size > 100) contextIds.clear();
    id = createHash('sha1').update(ctxKey).digest('base64').slice(0, 12);
    contextIds.set(ctxKey, id);
  }
  return id;
}

/** The document text itself is the key (a Map hashes it faster than any digest); the context id prefixes it. */
function keyOf(text: string, ctxId: string): string {
  return `${ctxId}\n${text}`;
}

/** Quick look at a document's kind without converting it. */
function kindOf(parsed: ParsedDocument): ReturnType<typeof classify> | { docKind: 'empty' } {
  if (parsed.yaml.contents === null) return { docKind: 'empty' };
  return classify(topLevelScalar(parsed, 'apiVersion'), topLevelScalar(parsed, 'kind'));
}

/** The KubeVirt CRs and NADs of a file, as plain values, with the cache keys of their documents. */
export function contextDocuments(
  text: string,
  base: Context,
  cache: AnalysisCache = defaultCache,
): { kind: ContextDocKind; value: unknown; key: string }[] {
  const out: { kind: ContextDocKind; value: unknown; key: string }[] = [];
  if (!holdsContextKinds(text)) return out;
  for (const chunk of splitDocuments(text)) {
    const docText = text.slice(chunk.start, chunk.end);
    if (!holdsContextKinds(docText)) continue;
    const key = docKey(docText, base);
    const d = analyzeDocument(docText, base, cache, key);
    if ((d.kind === 'kubevirt' || d.kind === 'nad' || d.kind === 'service') && d.value !== undefined)
      out.push({ kind: d.kind, value: d.value, key });
  }
  return out;
}

/** Context contributed by the file itself: a KubeVirt CR and NADs in it. */
export function fileContext(text: string, base: Context, cache: AnalysisCache = defaultCache): Context {
  return contextOf(contextDocuments(text, base, cache), base);
}

function contextOf(docs: { kind: ContextDocKind; value: unknown }[], base: Context): Context {
  let ctx = base;
  const nads: NadRef[] = [];
  const services: ServiceRef[] = [];
  for (const d of docs) {
    if (d.kind === 'kubevirt') ctx = contextFromKubeVirtCR(d.value, ctx);
    if (d.kind === 'nad') nads.push(...nadsFromObject(d.value).map((n) => ({ ...n, local: true })));
    const svc = d.kind === 'service' ? serviceFromObject(d.value) : undefined;
    if (svc) services.push({ ...svc, local: true });
  }
  return withServices(withNads(ctx, nads), services);
}

/** Documents that are cluster context rather than something to check. */
export type ContextDocKind = 'kubevirt' | 'nad' | 'service';

function analyzeDocument(docText: string, ctx: Context, cache: AnalysisCache, key?: string): CachedDoc {
  const k = key ?? docKey(docText, ctx);
  const hit = cache.get(k);
  if (hit) return hit;
  let result: CachedDoc;
  try {
    const parsed = parseYamlDocument(docText);
    result = cachedDoc(docText, analyzeParsed(parsed, ctx), parsed);
  } catch (e) {
    // never a crash: the document gets a diagnostic, the file's other documents are analysed as usual
    result = cachedDoc(docText, failedDocument(e), parseYamlDocument(''));
  }
  cache.set(k, result);
  return result;
}

/**
 * Analyses one document's text in a context; the result is plain data (see DocData), with the source
 * index of a VM document so it can be hovered where the syntax tree is not (another thread).
 */
export function analyzeDocumentData(docText: string, ctx: Context): DocData {
  try {
    return analyzeParsed(parseYamlDocument(docText), ctx, true);
  } catch (e) {
    return failedDocument(e);
  }
}

function failedDocument(e: unknown): DocData {
  return { kind: 'other', value: undefined, findings: [{ ...internalError('analysis', e), span: { start: 0, end: 0 }, relatedSpans: [] }] };
}

/** A document nested deeper than MAX_DEPTH: not analysed, and said so where the limit is passed. */
function tooDeep(parsed: ParsedDocument, docKind: DocKind): DocData | undefined {
  let at = firstTooDeep(parsed.yaml.contents);
  if (!at) {
    const exhausted = parsed.yaml.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    if (!exhausted) return undefined;
    at = { start: exhausted.pos[0], end: Math.max(exhausted.pos[0] + 1, exhausted.pos[1]) };
  }
  const eol = parsed.text.indexOf('\n', at.start);
  const span = { start: at.start, end: Math.max(at.start + 1, Math.min(at.end, eol < 0 ? parsed.text.length : eol)) };
  return {
    kind: docKind,
    value: undefined,
    findings: [
      {
        code: 'VIRTWIRE-LIMIT',
        severity: 'warning',
        message: `this document nests more than ${MAX_DEPTH} levels deep here; Virtwire does not check it (kubectl accepts up to 10,000 levels)`,
        field: null,
        at: [],
        span,
        relatedSpans: [],
      },
    ],
  };
}

function analyzeParsed(parsed: ParsedDocument, ctx: Context, withIndex = false): DocData {
  const markers = parsed.text.includes('{') ? templateMarkers(parsed.text) : [];
  if (markers.length > 0) {
    const at = structuralMarker(
      parsed.yaml,
      parsed.problems.some((p) => p.code === 'YAML-SYNTAX'),
      markers,
    );
    if (at !== undefined) return analyzeTemplated(parsed.text, at, ctx, withIndex);
  }
  return analyzeKubectlDocument(parsed, ctx, withIndex);
}

/** Codes whose verdict rests on how many items there are or on other items: unsure once template actions are blanked. */
const STRUCTURAL =
  /^(YAML-DUPKEY|DEFAULTED|DEF-|SCHEMA-0[123]|NET-0[12378]|IFACE-0[12]|PORT-01|PR-0[249]|DHCP-01|BOOT-02|DRA-0[2678]|PROBE-01|DNS-0[4-6]|DNS-08|N-10|NAD-MISSING)/;

/** A templated document: what its neutral copy shows, without syntax errors (the file notice covers those). */
function analyzeTemplated(text: string, marker: number, ctx: Context, withIndex: boolean): DocData {
  const neutral = neutralise(text);
  const parsed = parseYamlDocument(neutral.text);
  // both branches of an if/else stay in the neutral copy: a key written in each is no duplicate
  parsed.problems = parsed.problems.filter((p) => p.code !== 'YAML-DUPKEY');
  const checked = !parsed.problems.some((p) => p.code === 'YAML-SYNTAX');
  const result: DocData = checked
    ? analyzeKubectlDocument(parsed, ctx, withIndex, true)
    : { kind: 'other', value: undefined, findings: [] };
  const keep = (f: DocFinding): boolean => !(neutral.actionLines > 0 && STRUCTURAL.test(f.code)) && f.code !== 'YAML-SYNTAX';
  result.findings = result.findings.filter(keep);
  for (const n of result.nested ?? []) n.findings = n.findings.filter(keep);
  result.templated = { marker, checked };
  return result;
}

function analyzeKubectlDocument(parsed: ParsedDocument, ctx: Context, withIndex = false, opaque = false): DocData {
  const { docKind, vmKind } = kindOf(parsed) as { docKind: DocKind; vmKind?: VmResource['kind'] };
  const deep = tooDeep(parsed, docKind);
  if (deep) return deep;
  const result: DocData = { kind: docKind, value: undefined, findings: [] };
  const placed = placer(parsed);
  const place = (f: Finding): void => {
    result.findings.push(placed(f));
  };
  const problem = (code: string, message: string, span: Span, severity: Finding['severity'] = 'error'): void => {
    result.findings.push({ code, severity, message, field: null, at: [], span, relatedSpans: [] });
  };

  // A key written twice in one mapping: kubectl keeps the last value and sends that; the rest is judged as usual.
  for (const p of parsed.problems) if (p.code === 'YAML-DUPKEY') problem(p.code, p.message, p.span, 'warning');
  const fatal = parsed.problems.filter((p) => p.code !== 'YAML-DUPKEY');
  // Parse problems: the API server could not decode the object at all, nothing else is judged.
  if (fatal.length > 0) {
    for (const p of fatal) problem(p.code, p.message, p.span);
    if (docKind === 'vm') {
      const v = decodePlain(parsed).value;
      result.value = v;
      if (isObject(v)) result.resource = buildResource(vmKind!, v);
    }
    return result;
  }
  const end = parsed.documentEnd;
  // go-yaml needs the whole value for everything but a document that cannot hold a VM; there, only
  // aliases and merges can make kubectl fail (a cheap look at the text first).
  const mayNest = docKind === 'other' && (topLevelKey(parsed, 'objects') || topLevelKey(parsed, 'items'));
  const needsValue = docKind !== 'other' || mayNest || mayLookLikeVm(parsed) || /\*[^\s*]|<</.test(parsed.text);
  if (needsValue) {
    const decoded = decodePlain(parsed);
    if (decoded.problem) {
      problem(decoded.problem.code, decoded.problem.message, decoded.problem.span);
      return result;
    }
    if (docKind !== 'other' || mayNest) result.value = decoded.value;
    else {
      const unserved = unservedVm(decoded.value);
      if (unserved) place(apiVersionFinding(unserved));
    }
  }
  if (end) {
    const kept = result.findings.length;
    // what kubectl sends is the part above the `...`: judge it, then say why in one diagnostic
    analyzeResource(parsed, result, docKind, vmKind, ctx, withIndex, place);
    const errors = result.findings.slice(kept).filter((f) => f.severity === 'error' && !f.blockedBy);
    result.findings.splice(kept);
    result.findings.push(documentEndFinding(end, errors, docKind === 'vm'));
    return result;
  }
  const keep = opaque && isObject(result.value) && vmKind ? opaqueFilter(result.value, vmKind) : undefined;
  analyzeResource(parsed, result, docKind, vmKind, ctx, withIndex, place, keep);
  if (mayNest && isObject(result.value)) result.nested = analyzeNested(parsed, result.value, ctx, withIndex, opaque);
  return result;
}

/** Findings that do not rest on a template parameter or expression. */
function opaqueFilter(object: Record<string, unknown>, kind: VmResource['kind']): (f: Finding) => boolean {
  const specPath = specPathOf(kind);
  return (f) => !restsOnParam(f, object, specPath);
}

function topLevelKey(parsed: ParsedDocument, key: string): boolean {
  const root = parsed.yaml.contents;
  return isMap(root) && root.items.some((p) => isScalar(p.key) && p.key.value === key);
}

/** A VM kind without a served apiVersion, or a VM spec without apiVersion and kind (see model/unserved.ts). */
function mayLookLikeVm(parsed: ParsedDocument): boolean {
  const kind = topLevelScalar(parsed, 'kind');
  if (typeof kind === 'string') return /VirtualMachine/.test(kind);
  return topLevelScalar(parsed, 'apiVersion') === undefined && topLevelKey(parsed, 'spec');
}

/** Turns a finding's object path into spans relative to the document. */
function placer(parsed: ParsedDocument): (f: Finding) => DocFinding {
  return (f) => ({
    ...f,
    span: spanFor(parsed, f.at, f.part),
    relatedSpans: (f.related ?? []).map((r) => ({ span: spanFor(parsed, r.at, r.part), message: r.message })),
  });
}

/** Schema checks, then (if they pass) admission, of the VM resource of a document or of a nested view. */
function analyzeResource(
  parsed: ParsedDocument,
  result: DocData,
  docKind: DocKind,
  vmKind: VmResource['kind'] | undefined,
  ctx: Context,
  withIndex: boolean,
  place: (f: Finding) => void,
  keep: (f: Finding) => boolean = () => true,
): void {
  if (docKind !== 'vm' || !isObject(result.value)) return;
  const resource = buildResource(vmKind!, result.value);
  result.resource = resource;
  if (withIndex) result.index = buildSourceIndex(parsed);
  const schema = guarded(() => checkSchema(resource, ctx), 'schema checks').filter(keep);
  for (const f of schema) place(f);
  if (!schema.some((f) => f.severity === 'error')) {
    try {
      const admission = admit(resource, ctx);
      result.admission = admission;
      for (const f of admission.findings) if (keep(f)) place(f);
    } catch (e) {
      place(internalError('admission rules', e));
    }
    return;
  }
  // KubeVirt stops here; what it will reject once these are fixed is reported too, marked blockedBy
  const written = (path: Path): string | undefined => {
    const loc = locate(parsed, path);
    return loc.depth === path.length && loc.valueSpan ? parsed.text.slice(loc.valueSpan.start, loc.valueSpan.end) : undefined;
  };
  for (const f of guarded(() => beyondSchemaErrors(resource, schema, ctx, written), 'look past the schema errors')) if (keep(f)) place(f);
}

/** VMs inside Template objects and list items, each judged as kubectl would create it. */
function analyzeNested(
  parsed: ParsedDocument,
  value: Record<string, unknown>,
  ctx: Context,
  withIndex: boolean,
  opaque: boolean,
): NestedData[] | undefined {
  const out: NestedData[] = [];
  for (const n of nestedObjects(value)) {
    const { docKind, vmKind } = classify(n.object.apiVersion, n.object.kind);
    const loc = locate(parsed, n.root);
    if (loc.depth !== n.root.length) continue;
    const view: ParsedDocument = { ...parsed, root: loc.node ?? null, documentEnd: undefined };
    const where = describeNesting(n);
    const extent = loc.valueSpan ?? { start: 0, end: 0 };
    const data: NestedData = { kind: docKind, value: n.object, findings: [], root: n.root, where, extent };
    const placed = placer(view);
    const itemSpan = spanFor(parsed, n.root);
    const place = (f: Finding): void => {
      const d = placed(f);
      data.findings.push({ ...d, relatedSpans: [...d.relatedSpans, { span: itemSpan, message: `in ${where}` }] });
    };
    if (docKind === 'vm') {
      const inTemplate = opaque || n.containers.some((c) => c.field === 'objects');
      const keep = inTemplate ? opaqueFilter(n.object, vmKind!) : undefined;
      guardedNested(() => analyzeResource(view, data, docKind, vmKind, ctx, withIndex, place, keep), place);
      out.push(data);
    } else if (docKind === 'other') {
      const unserved = unservedVm(n.object);
      if (unserved) {
        place(apiVersionFinding(unserved));
        out.push(data);
      }
    }
  }
  return out.length > 0 ? out : undefined;
}

function specPathOf(kind: VmResource['kind']): Path {
  return buildResource(kind, {}).specPath;
}

function guardedNested(run: () => void, place: (f: Finding) => void): void {
  try {
    run();
  } catch (e) {
    place(internalError('analysis of a nested resource', e));
  }
}

function apiVersionFinding(u: { message: string; at: Path; part: 'key' | 'value' }): Finding {
  return { code: 'VM-APIVERSION', severity: 'warning', message: u.message, field: null, at: u.at, part: u.part };
}

/** One diagnostic for a `...` followed by text: kubectl sends the part above and never reads the rest. */
function documentEndFinding(end: NonNullable<ParsedDocument['documentEnd']>, errors: DocFinding[], vm: boolean): DocFinding {
  const lines = `${end.ignoredLines} line${end.ignoredLines === 1 ? '' : 's'}`;
  const base = `\`...\` ends the YAML document here: kubectl reads only the lines above it and ignores the ${lines} below it up to the next \`---\``;
  const rejected = errors[0];
  const message = rejected
    ? `${base}; what it sends is rejected (${rejected.message})${vm ? '. If `...` stands for omitted lines, this is a snippet, not a manifest' : ''}`
    : `${base}. If \`...\` stands for omitted lines, remove it; to start another document, use \`---\``;
  return {
    code: 'YAML-DOCEND',
    severity: rejected ? 'error' : 'warning',
    message,
    field: null,
    at: [],
    span: end.marker,
    relatedSpans: [
      { span: end.ignored, message: 'kubectl never reads this' },
      ...errors.map((e) => ({ span: e.span, message: `rejected: ${e.message}` })),
    ],
  };
}

function internalError(what: string, e: unknown): Finding {
  return {
    code: 'VIRTWIRE-INTERNAL',
    severity: 'warning',
    message: `Virtwire could not finish its ${what} on this document: ${errorText(e)}`,
    field: null,
    at: [],
  };
}

function guarded(run: () => Finding[], what: string): Finding[] {
  try {
    return run();
  } catch (e) {
    return [internalError(what, e)];
  }
}

/**
 * The key of a document of `text` whose text is unchanged since `previous` (the same file before an edit), found
 * without building a key: the document at the same index, or at the same distance from the end (an edit that added or
 * removed documents shifts the ones after it), compared in place. Undefined when there is none.
 */
function unchangedKey(docText: string, index: number, count: number, ctxId: string, previous?: FileAnalysis): string | undefined {
  const prev = previous?.chunks;
  if (!prev) return undefined;
  for (const c of [prev[index], prev[prev.length - count + index]]) {
    if (!c || c.ctxId !== ctxId || c.end - c.start !== docText.length) continue;
    if (previous.text.startsWith(docText, c.start)) return c.key;
  }
  return undefined;
}

/**
 * Analyzes a whole file in the given context (plus the file's own KubeVirt CR and NADs). `previous`, the analysis of
 * the same file before an edit, lets the documents the edit did not touch be found in the cache without hashing their
 * text again.
 */
export function analyzeText(text: string, base: Context, cache: AnalysisCache = defaultCache, previous?: FileAnalysis): FileAnalysis {
  const own = contextDocuments(text, base, cache);
  const ctx = contextOf(own, base);
  const ctxId = contextId(contextKey(ctx));
  const docs: DocAnalysis[] = [];
  const all: PlacedFinding[] = [];
  const keys = own.map((d) => d.key);
  const chunks: ChunkKey[] = [];
  const cachedTemplated = new Map<number, NonNullable<DocData['templated']>>();
  const split = splitDocuments(text);
  split.forEach((chunk, index) => {
    const docText = text.slice(chunk.start, chunk.end);
    const key = unchangedKey(docText, index, split.length, ctxId, previous) ?? keyOf(docText, ctxId);
    keys.push(key);
    chunks.push({ start: chunk.start, end: chunk.end, key, ctxId });
    const cached = analyzeDocument(docText, ctx, cache, key);
    if (cached.templated) cachedTemplated.set(index, cached.templated);
    // every range inside its document (a parser error at the end of the text may point one past it), and no
    // position between the \r and the \n of a line end (no such column exists)
    const clamp = (n: number): number => {
      let o = Math.min(Math.max(0, n), docText.length);
      if (o > 0 && docText.charCodeAt(o - 1) === 13 && docText.charCodeAt(o) === 10) o--;
      return o + chunk.start;
    };
    const shift = (s: Span): Span => ({ start: clamp(s.start), end: clamp(Math.max(s.start, s.end)) });
    const placeAll = (fs: DocFinding[]): PlacedFinding[] =>
      fs.map((f) => ({
        ...f,
        span: shift(f.span),
        relatedSpans: f.relatedSpans.map((r) => ({ span: shift(r.span), message: r.message })),
      }));
    // a document that did not move keeps its placed findings (a templated file's notice is added to a copy below)
    if (cached.placed?.start !== chunk.start) cached.placed = { start: chunk.start, findings: placeAll(cached.findings) };
    const findings = cached.templated ? cached.placed.findings.slice() : cached.placed.findings;
    all.push(...findings);
    docs.push({
      index,
      start: chunk.start,
      end: chunk.end,
      kind: cached.kind,
      get parsed() {
        return cached.parsed;
      },
      get source() {
        if (cached.indexed === undefined) {
          // the worker's index when a worker analysed it, else the syntax tree we already have
          if (!cached.resource) cached.indexed = null;
          else cached.indexed = cached.index ? new IndexedSource(docText, cached.index) : new TreeSource(cached.parsed);
        }
        return cached.indexed ?? undefined;
      },
      value: cached.value,
      resource: cached.resource,
      admission: cached.admission,
      findings,
      wiring: () => wiringOf(cached, ctx),
    });
    for (const n of cached.nested ?? []) {
      const nf = placeAll(n.findings);
      all.push(...nf);
      const view = n as NestedData & { view?: ParsedDocument; indexed?: DocSource | null; wiring?: ResourceWiring | null };
      const parsedView = (): ParsedDocument => {
        if (!view.view) {
          const p = cached.parsed;
          view.view = { ...p, root: locate(p, n.root).node ?? null, documentEnd: undefined };
        }
        return view.view;
      };
      docs.push({
        index,
        start: chunk.start,
        end: chunk.end,
        kind: n.kind,
        get parsed() {
          return parsedView();
        },
        get source() {
          if (view.indexed === undefined) {
            if (!n.resource) view.indexed = null;
            else view.indexed = n.index ? new IndexedSource(docText, n.index) : new TreeSource(parsedView());
          }
          return view.indexed ?? undefined;
        },
        value: n.value,
        resource: n.resource,
        admission: n.admission,
        findings: nf,
        wiring: () => wiringOf(view as unknown as CachedDoc, ctx),
        nested: { root: n.root, where: n.where, extent: shift(n.extent) },
      });
    }
  });
  const templated = docs.filter((d) => cachedTemplated.get(d.index));
  if (templated.length > 0) {
    const first = templated[0]!;
    const unchecked = [...cachedTemplated.values()].filter((t) => !t.checked).length;
    const notice = templatedNotice(text, first.start + cachedTemplated.get(first.index)!.marker, templated.length, docs, unchecked);
    first.findings.unshift(notice);
    all.unshift(notice);
  }
  return { text, docs, findings: all, context: ctx, keys, chunks };
}

function wiringOf(doc: CachedDoc, ctx: Context): ResourceWiring | undefined {
  if (doc.wiring !== undefined) return doc.wiring ?? undefined;
  if (!doc.resource) {
    doc.wiring = null;
    return undefined;
  }
  let w: ResourceWiring;
  const errors = doc.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    w = {
      interfaces: [],
      annotations: noAnnotations(),
      errors: errors.map((f) => ({ phase: 'admission', field: f.field, message: f.message })),
    };
  } else {
    try {
      const admission = doc.admission ?? admit(doc.resource, ctx);
      w = wire(doc.resource, admission.spec, admission.defaulted, ctx);
    } catch (e) {
      w = { interfaces: [], annotations: noAnnotations(), errors: [{ phase: 'virtwire', field: null, message: errorText(e) }] };
    }
  }
  doc.wiring = w;
  return w;
}

/** The documents of `text` that are not in the cache yet, with their keys (for analysing them elsewhere). */
export function pendingDocuments(text: string, ctx: Context, cache: AnalysisCache): { key: string; text: string }[] {
  const ctxId = contextId(contextKey(ctx));
  const out: { key: string; text: string }[] = [];
  for (const chunk of splitDocuments(text)) {
    const docText = text.slice(chunk.start, chunk.end);
    const key = keyOf(docText, ctxId);
    if (!cache.has(key)) out.push({ key, text: docText });
  }
  return out;
}

/** One notice for a templated file: what was checked, and how to check the rendered manifests. */
function templatedNotice(text: string, at: number, templated: number, docs: DocAnalysis[], unchecked: number): PlacedFinding {
  const top = docs.filter((d) => !d.nested);
  const eol = text.indexOf('\n', at);
  const lineEnd = eol > 0 && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol; // not between \r and \n
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, at + 80);
  const parts = top.length > 1 ? `${templated} of its ${top.length} documents use template syntax` : 'it uses template syntax';
  return {
    code: 'TEMPLATED',
    severity: 'information',
    message:
      `This file is a template (Helm, Go template or Jinja syntax): ${parts}, so it is not a manifest until it is rendered. ` +
      `Virtwire checked what it could without rendering (template expressions are opaque values${unchecked ? `; ${unchecked} templated document${unchecked === 1 ? '' : 's'} could not be read at all` : ''}). ` +
      'To check the manifests themselves, render them first, e.g. `helm template RELEASE CHART | virtwire check -`.',
    field: null,
    at: [],
    span: { start: at, end: Math.max(end, Math.min(at + 2, lineEnd < 0 ? text.length : lineEnd)) },
    relatedSpans: [],
  };
}

/** The document that contains `offset` (a nested resource when the offset is inside one). */
export function docAt(file: FileAnalysis, offset: number): DocAnalysis | undefined {
  const top = file.docs.find((d) => !d.nested && offset >= d.start && offset < d.end) ?? file.docs.filter((d) => !d.nested).pop();
  if (!top) return undefined;
  const inner = file.docs.filter(
    (d) => d.nested && d.index === top.index && offset >= d.nested.extent.start && offset <= d.nested.extent.end,
  );
  // the innermost one (a VM in a Template in a List)
  return inner.sort((a, b) => a.nested!.extent.end - a.nested!.extent.start - (b.nested!.extent.end - b.nested!.extent.start))[0] ?? top;
}
