// The analysis pipeline of one file: split into documents → parse (YAML 1.1 like kubectl) → find the
// resource → schema checks (stop on error) → admission (defaulting + rules) → place findings in the text.
// Each document's result is cached by its text and the context, so a one-line edit in a 200-document
// file re-checks one document. Wiring is computed lazily (for hover and explain) and cached the same way.

import { createHash } from 'node:crypto';
import { splitDocuments } from './parse/split';
import { parseYamlDocument, toPlain, topLevelScalar, spanFor, type ParsedDocument } from './parse/document';
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

export class AnalysisCache {
  private readonly map = new Map<string, CachedDoc>();
  constructor(private readonly max = 5000) {}
  get(key: string): CachedDoc | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, v: CachedDoc): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, v);
  }
  /** Stores a document analysed elsewhere (e.g. in a worker thread). */
  put(key: string, docText: string, data: DocData): void {
    this.set(key, cachedDoc(docText, data));
  }
  get size(): number {
    return this.map.size;
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

/** Context contributed by the file itself: a KubeVirt CR and NADs in it. */
export function fileContext(text: string, base: Context, cache: AnalysisCache = defaultCache): Context {
  if (!/\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition)\b/.test(text)) return base;
  let ctx = base;
  const nads: NadRef[] = [];
  for (const chunk of splitDocuments(text)) {
    const docText = text.slice(chunk.start, chunk.end);
    if (!/\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition)\b/.test(docText)) continue;
    const d = analyzeDocument(docText, base, cache);
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
  const parsed = parseYamlDocument(docText);
  const result = cachedDoc(docText, analyzeParsed(parsed, ctx), parsed);
  cache.set(k, result);
  return result;
}

/**
 * Analyses one document's text in a context; the result is plain data (see DocData), with the source
 * index of a VM document so it can be hovered where the syntax tree is not (another thread).
 */
export function analyzeDocumentData(docText: string, ctx: Context): DocData {
  return analyzeParsed(parseYamlDocument(docText), ctx, true);
}

function analyzeParsed(parsed: ParsedDocument, ctx: Context, withIndex = false): DocData {
  const { docKind, vmKind } = kindOf(parsed) as { docKind: DocKind; vmKind?: VmResource['kind'] };
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
    message: `Virtwire could not finish its ${what} on this document: ${e instanceof Error ? e.message : String(e)}`,
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
  const ctx = fileContext(text, base, cache);
  const ctxId = contextId(contextKey(ctx));
  const docs: DocAnalysis[] = [];
  const all: PlacedFinding[] = [];
  splitDocuments(text).forEach((chunk, index) => {
    const docText = text.slice(chunk.start, chunk.end);
    const cached = analyzeDocument(docText, ctx, cache, keyOf(docText, ctxId));
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
  return { text, docs, findings: all, context: ctx };
}

function wiringOf(doc: CachedDoc, ctx: Context): ResourceWiring | undefined {
  if (doc.wiring !== undefined) return doc.wiring ?? undefined;
  if (!doc.resource) {
    doc.wiring = null;
    return undefined;
  }
  const admission = doc.admission ?? admit(doc.resource, ctx);
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
      w = wire(doc.resource, admission.spec, admission.defaulted, ctx);
    } catch (e) {
      w = { interfaces: [], podAnnotations: {}, errors: [{ phase: 'virtwire', field: null, message: String(e) }] };
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
