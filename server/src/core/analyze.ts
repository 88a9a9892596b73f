// The analysis pipeline of one file: split into documents → parse (YAML 1.1 like kubectl) → find the
// resource → schema checks (stop on error) → admission (defaulting + rules) → place findings in the text.
// Each document's result is cached by its text and the context, so a one-line edit in a 200-document
// file re-checks one document. Wiring is computed lazily (for hover and explain) and cached the same way.

import { createHash } from 'node:crypto';
import { splitDocuments } from './parse/split';
import { parseYamlDocument, toPlain, topLevelScalar, spanFor, type ParsedDocument } from './parse/document';
import { firstTooDeep, MAX_DEPTH } from './parse/depth';
import { errorText } from './excerpt';
import { buildSourceIndex, IndexedSource, TreeSource, type DocSource, type SourceIndex } from './parse/source-index';
import { classify, buildResource, type DocKind } from './model/detect';
import type { VmResource } from './model/resource';
import { contextFromKubeVirtCR, nadFromObject, withNads } from './context/load';
import { contextKey, type Context, type NadRef } from './context/context';
import { checkSchema } from './schema/check';
import { admit, type AdmissionResult } from './admission/admit';
import { wire, type ResourceWiring } from './wiring/wire';
import type { Finding, PlacedFinding, Span } from './types';

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
}

export interface FileAnalysis {
  text: string;
  docs: DocAnalysis[];
  findings: PlacedFinding[];
  /** The context the file was judged in (after the file's own KubeVirt CR and NADs). */
  context: Context;
  /** The cache keys this analysis uses (a long-lived process retains them while the file is open). */
  keys: string[];
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
}

/** A cached document: its data, its syntax tree (parsed again on demand when the data came from a worker). */
interface CachedDoc extends DocData {
  readonly parsed: ParsedDocument;
  wiring?: ResourceWiring | null;
  indexed?: DocSource | null;
}

function cachedDoc(docText: string, data: DocData, parsed?: ParsedDocument): CachedDoc {
  let tree = parsed;
  return Object.defineProperty(data, 'parsed', {
    get(): ParsedDocument {
      tree ??= parseYamlDocument(docText);
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

const CONTEXT_KIND = /\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition)\b/;

/** The KubeVirt CRs and NADs of a file, as plain values, with the cache keys of their documents. */
export function contextDocuments(
  text: string,
  base: Context,
  cache: AnalysisCache = defaultCache,
): { kind: 'kubevirt' | 'nad'; value: unknown; key: string }[] {
  const out: { kind: 'kubevirt' | 'nad'; value: unknown; key: string }[] = [];
  if (!CONTEXT_KIND.test(text)) return out;
  for (const chunk of splitDocuments(text)) {
    const docText = text.slice(chunk.start, chunk.end);
    if (!CONTEXT_KIND.test(docText)) continue;
    const key = docKey(docText, base);
    const d = analyzeDocument(docText, base, cache, key);
    if ((d.kind === 'kubevirt' || d.kind === 'nad') && d.value !== undefined) out.push({ kind: d.kind, value: d.value, key });
  }
  return out;
}

/** Context contributed by the file itself: a KubeVirt CR and NADs in it. */
export function fileContext(text: string, base: Context, cache: AnalysisCache = defaultCache): Context {
  return contextOf(contextDocuments(text, base, cache), base);
}

function contextOf(docs: { kind: 'kubevirt' | 'nad'; value: unknown }[], base: Context): Context {
  let ctx = base;
  const nads: NadRef[] = [];
  for (const d of docs) {
    if (d.kind === 'kubevirt') ctx = contextFromKubeVirtCR(d.value, ctx);
    if (d.kind === 'nad') {
      const n = nadFromObject(d.value);
      if (n) nads.push(n);
    }
  }
  return withNads(ctx, nads);
}

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
  const { docKind, vmKind } = kindOf(parsed) as { docKind: DocKind; vmKind?: VmResource['kind'] };
  const deep = tooDeep(parsed, docKind);
  if (deep) return deep;
  const result: DocData = { kind: docKind, value: undefined, findings: [] };
  const place = (f: Finding): void => {
    result.findings.push({
      ...f,
      span: spanFor(parsed, f.at, f.part),
      relatedSpans: (f.related ?? []).map((r) => ({ span: spanFor(parsed, r.at, r.part), message: r.message })),
    });
  };
  const interesting = docKind === 'vm' || docKind === 'kubevirt' || docKind === 'nad';
  if (interesting) result.value = toPlain(parsed);

  // Parse problems: the API server could not decode the object at all, nothing else is judged.
  if (parsed.problems.length > 0) {
    for (const p of parsed.problems) {
      result.findings.push({
        code: p.code,
        severity: 'error',
        message: p.message,
        field: null,
        at: [],
        span: p.span,
        relatedSpans: [],
      });
    }
    if (docKind === 'vm' && isObject(result.value)) result.resource = buildResource(vmKind!, result.value);
    return result;
  }

  if (docKind === 'vm' && isObject(result.value)) {
    const resource = buildResource(vmKind!, result.value);
    result.resource = resource;
    if (withIndex) result.index = buildSourceIndex(parsed);
    const schema = guarded(() => checkSchema(resource), 'schema checks');
    for (const f of schema) place(f);
    if (!schema.some((f) => f.severity === 'error')) {
      try {
        const admission = admit(resource, ctx);
        result.admission = admission;
        for (const f of admission.findings) place(f);
      } catch (e) {
        place(internalError('admission rules', e));
      }
    }
  }
  return result;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
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

/** Analyzes a whole file in the given context (plus the file's own KubeVirt CR and NADs). */
export function analyzeText(text: string, base: Context, cache: AnalysisCache = defaultCache): FileAnalysis {
  const own = contextDocuments(text, base, cache);
  const ctx = contextOf(own, base);
  const ctxId = contextId(contextKey(ctx));
  const docs: DocAnalysis[] = [];
  const all: PlacedFinding[] = [];
  const keys = own.map((d) => d.key);
  splitDocuments(text).forEach((chunk, index) => {
    const docText = text.slice(chunk.start, chunk.end);
    const key = keyOf(docText, ctxId);
    keys.push(key);
    const cached = analyzeDocument(docText, ctx, cache, key);
    const shift = (s: Span): Span => ({ start: s.start + chunk.start, end: s.end + chunk.start });
    const findings: PlacedFinding[] = cached.findings.map((f) => ({
      ...f,
      span: shift(f.span),
      relatedSpans: f.relatedSpans.map((r) => ({ span: shift(r.span), message: r.message })),
    }));
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
  });
  return { text, docs, findings: all, context: ctx, keys };
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
      podAnnotations: {},
      errors: errors.map((f) => ({ phase: 'admission', field: f.field, message: f.message })),
    };
  } else {
    try {
      const admission = doc.admission ?? admit(doc.resource, ctx);
      w = wire(doc.resource, admission.spec, admission.defaulted, ctx);
    } catch (e) {
      w = { interfaces: [], podAnnotations: {}, errors: [{ phase: 'virtwire', field: null, message: errorText(e) }] };
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

/** The document that contains `offset`. */
export function docAt(file: FileAnalysis, offset: number): DocAnalysis | undefined {
  return file.docs.find((d) => offset >= d.start && offset < d.end) ?? file.docs[file.docs.length - 1];
}
