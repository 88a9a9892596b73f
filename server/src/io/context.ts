// The one context loader of both shells: what a file is judged in, from what the user gave (the CLI's options, the
// editor's settings) and what was found elsewhere (the workspace's KubeVirt CR and NADs). The order is fixed:
// KubeVirt's defaults ← release, cluster profile, pitfall switches ← runtime context ← KubeVirt CR ← NADs, Services. Files are read bounded
// (io/read.ts). What cannot be used is handed to the caller as a ContextProblem, as data: the CLI stops on it
// (exit 2), the server shows it as a warning and goes on with what it has; each words it its own way.

import { parseAllDocuments } from 'yaml';
import {
  contextFromJSON,
  contextFromKubeVirtCR,
  defaultContext,
  isClusterProfile,
  isObject,
  LineIndex,
  PARSE_OPTIONS,
  withClusterProfile,
  withKubevirtVersion,
  withNads,
  withServices,
  type Context,
  type NadRef,
  type ServiceRef,
} from '../core/index';
import { MAX_CONTEXT_BYTES, readBounded } from './read';

/** Why a context file's documents could not be had. */
export type FileProblem =
  | { kind: 'read'; error: unknown }
  | { kind: 'yaml'; line: number; column: number; message: string }
  | { kind: 'data'; error: unknown };

/** A context file: its YAML (or JSON) documents as plain values, or why not. */
export type ContextFile = { docs: unknown[] } | { problem: FileProblem };

export async function readContextFile(file: string): Promise<ContextFile> {
  let text: string;
  try {
    text = await readBounded(file, MAX_CONTEXT_BYTES);
  } catch (error) {
    return { problem: { kind: 'read', error } };
  }
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS);
    const list = Array.isArray(docs) ? docs : [docs];
    const lines = new LineIndex(text);
    for (const d of list) {
      const err = d.errors[0];
      if (err) {
        const at = lines.position(err.pos[0]);
        return { problem: { kind: 'yaml', line: at.line + 1, column: at.character + 1, message: err.message } };
      }
    }
    return { docs: list.map((d) => d.toJS({ maxAliasCount: 1000 })) };
  } catch (error) {
    return { problem: { kind: 'data', error } };
  }
}

export interface ContextRequest {
  /** auto (or nothing), v1.5 … v1.9, main; 1.8 and v1.8.3 mean v1.8. */
  kubevirtVersion?: string;
  /** kubevirt (or nothing) or openshift. */
  clusterProfile?: unknown;
  /** false turns NAD-MISSING off. */
  nadCheck?: boolean;
  /** Pitfalls switched on or off by code (the CLI's --pitfall/--no-pitfall, the virtwire.pitfalls setting). */
  pitfalls?: Record<string, boolean>;
  /** A runtime-context file (YAML or JSON: a context object, or a case file with a `context` key), or the object. */
  runtime?: { file: string } | { object: Record<string, unknown> };
  /** A file holding the cluster's KubeVirt CR. */
  kubevirtCR?: { file: string };
  /** The KubeVirt CR to use when `kubevirtCR` gives none (the workspace's). */
  fallbackCR?: unknown;
  /** NADs and Services known from elsewhere (the workspace's). */
  nads?: NadRef[];
  services?: ServiceRef[];
}

export type ContextProblem =
  | { about: 'kubevirtVersion'; value: string }
  | { about: 'clusterProfile'; value: unknown }
  | { about: 'runtime'; file: string; problem: FileProblem | { kind: 'not-object'; found: unknown } }
  | { about: 'kubevirtCR'; file: string; problem: FileProblem | { kind: 'no-cr' } };

export interface LoadedContext {
  ctx: Context;
  /** Where the runtime context and the KubeVirt CR came from (for a log). */
  runtimeFrom?: string;
  crFrom?: 'file' | 'fallback';
}

/**
 * The context of a request. Each problem is handed to `onProblem` when it is met (it may throw to stop); what it
 * concerns is then left out (an unknown release counts as auto, an unknown profile as kubevirt).
 */
export async function loadContext(req: ContextRequest, onProblem: (p: ContextProblem) => void): Promise<LoadedContext> {
  let ctx = defaultContext();
  const out: Omit<LoadedContext, 'ctx'> = {};
  const versioned = withKubevirtVersion(ctx, req.kubevirtVersion);
  if (versioned) ctx = versioned;
  else onProblem({ about: 'kubevirtVersion', value: String(req.kubevirtVersion) });

  const profile = req.clusterProfile;
  if (profile !== undefined && profile !== '' && !isClusterProfile(profile)) onProblem({ about: 'clusterProfile', value: profile });
  else ctx = withClusterProfile(ctx, isClusterProfile(profile) ? profile : undefined);
  if (req.nadCheck === false) ctx = { ...ctx, nadCheck: false };
  if (req.pitfalls) ctx = { ...ctx, pitfalls: { ...ctx.pitfalls, ...req.pitfalls } };

  if (req.runtime && 'object' in req.runtime) ctx = contextFromJSON(req.runtime.object, ctx);
  else if (req.runtime) {
    const file = req.runtime.file;
    const r = await readContextFile(file);
    const first = 'docs' in r ? r.docs[0] : undefined;
    if ('problem' in r) onProblem({ about: 'runtime', file, problem: r.problem });
    else if (!isObject(first)) onProblem({ about: 'runtime', file, problem: { kind: 'not-object', found: first } });
    else {
      // a bare context object, or a case file with a `context` key
      ctx = contextFromJSON('context' in first ? first.context : first, ctx);
      out.runtimeFrom = file;
    }
  }

  let cr: unknown;
  if (req.kubevirtCR) {
    const file = req.kubevirtCR.file;
    const r = await readContextFile(file);
    if ('problem' in r) onProblem({ about: 'kubevirtCR', file, problem: r.problem });
    else {
      cr = r.docs.find((d) => isObject(d) && d.kind === 'KubeVirt');
      if (cr) out.crFrom = 'file';
      else onProblem({ about: 'kubevirtCR', file, problem: { kind: 'no-cr' } });
    }
  }
  if (!cr && req.fallbackCR !== undefined) {
    cr = req.fallbackCR;
    out.crFrom = 'fallback';
  }
  if (cr) ctx = contextFromKubeVirtCR(cr, ctx);
  if (req.nads) ctx = withNads(ctx, req.nads);
  if (req.services) ctx = withServices(ctx, req.services);
  return { ctx, ...out };
}
