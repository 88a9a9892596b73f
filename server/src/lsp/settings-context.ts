// The context from the settings and the workspace. A workspace's settings come from the repository the user
// opened, so they are untrusted: files are read bounded (regular files only, never a FIFO or a device), a bad
// value becomes a warning the user sees (what was wrong, what is used instead), and nothing from a file or a
// setting is quoted beyond a short escaped excerpt.

import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  CLUSTER_PROFILES, contextFromJSON, contextFromKubeVirtCR, defaultContext, errorText, excerpt, isClusterProfile,
  KUBEVIRT_VERSION_VALUES, LineIndex, PARSE_OPTIONS, pitfallCode, withClusterProfile, withKubevirtVersion, withNads,
  withServices, type Context,
} from '../core/index';
import { MAX_CONTEXT_BYTES, ReadError, readBounded } from '../io/read';
import type { WorkspaceFacts } from './workspace';

export interface Settings {
  /** Path of a YAML file with a KubeVirt CR (absolute, or relative to the first workspace folder). */
  clusterContext?: string;
  /** Path of a runtime-context JSON file, or the object itself. */
  runtimeContext?: string | Record<string, unknown>;
  /** The KubeVirt release to judge as: auto (default), v1.5 … v1.9, main. */
  kubevirtVersion?: string;
  /** Distribution defaults under the KubeVirt CR: kubevirt (default) or openshift (HyperConverged). */
  clusterProfile?: string;
  /** NAD-MISSING on or off (default on). */
  checkNetworkAttachmentDefinitions?: boolean;
  /** Pitfalls switched on or off by code (`{"MAC-UNPINNED": false}`); the others keep their default. */
  pitfalls?: Record<string, unknown>;
}

export interface ContextResult {
  ctx: Context;
  /** For the log. */
  notes: string[];
  /** For the user (window/showMessage): a setting that could not be used. */
  warnings: string[];
  /** The files the settings name (a change to one of them reloads the context). */
  files: string[];
}

function resolve(p: string, folders: string[]): string {
  return path.isAbsolute(p) || folders.length === 0 ? p : path.join(folders[0]!, p);
}

/** A context file's documents as plain values, or why not (a short phrase, no content quoted). */
async function readDocuments(file: string): Promise<{ docs: unknown[] } | { problem: string }> {
  let text: string;
  try {
    text = await readBounded(file, MAX_CONTEXT_BYTES);
  } catch (e) {
    return { problem: e instanceof ReadError ? e.reason : 'cannot be read' };
  }
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS);
    const list = Array.isArray(docs) ? docs : [docs];
    for (const d of list) {
      const err = d.errors[0];
      if (err) {
        const at = new LineIndex(text).position(err.pos[0]);
        return { problem: `is not valid YAML or JSON (line ${at.line + 1}, column ${at.character + 1})` };
      }
    }
    return { docs: list.map((d) => d.toJS({ maxAliasCount: 1000 })) };
  } catch (e) {
    return { problem: `cannot be read as data (${errorText(e, 60)})` };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** `virtwire.pitfalls` as code → on/off; what cannot be used is said once (codes quoted as short excerpts). */
function pitfallSwitches(value: unknown, warnings: string[]): Record<string, boolean> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    warnings.push(`Virtwire: virtwire.pitfalls must be a mapping of pitfall codes to true or false, not ${describe(value)}; every pitfall keeps its default.`);
    return undefined;
  }
  const out: Record<string, boolean> = {};
  const unknown: string[] = [];
  for (const [k, v] of Object.entries(value).slice(0, 200)) {
    const code = pitfallCode(k);
    if (code && typeof v === 'boolean') out[code] = v;
    else unknown.push(excerpt(k, 40));
  }
  if (unknown.length > 0) {
    warnings.push(`Virtwire: virtwire.pitfalls: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''} ${unknown.length === 1 ? 'is' : 'are'} not a pitfall code with true or false; ignored.`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The context: defaults ← runtime context ← KubeVirt CR (settings, else the workspace's) ← workspace NADs. */
export async function contextFrom(settings: Settings, facts: WorkspaceFacts, folders: string[]): Promise<ContextResult> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const files: string[] = [];
  let ctx = defaultContext();
  const kv = typeof settings.kubevirtVersion === 'string' ? settings.kubevirtVersion : undefined;
  const versioned = withKubevirtVersion(ctx, kv);
  if (versioned) ctx = versioned;
  else {
    warnings.push(
      `Virtwire: unknown virtwire.kubevirtVersion ${excerpt(String(kv))} (use ${KUBEVIRT_VERSION_VALUES}); judging as auto.`,
    );
  }

  const profile = settings.clusterProfile as unknown;
  if (profile !== undefined && profile !== '' && !isClusterProfile(profile)) {
    warnings.push(`Virtwire: unknown virtwire.clusterProfile ${excerpt(String(profile))} (use ${CLUSTER_PROFILES.join(' or ')}); using kubevirt.`);
  } else ctx = withClusterProfile(ctx, isClusterProfile(profile) ? profile : undefined);
  if (settings.checkNetworkAttachmentDefinitions === false) ctx = { ...ctx, nadCheck: false };
  const switches = pitfallSwitches(settings.pitfalls as unknown, warnings);
  if (switches) ctx = { ...ctx, pitfalls: switches };

  const rc = settings.runtimeContext as unknown;
  const noRuntime = 'no runtime context is used (KubeVirt defaults).';
  if (isObject(rc)) ctx = contextFromJSON(rc, ctx);
  else if (typeof rc === 'string' && rc.trim() !== '') {
    const file = resolve(rc, folders);
    files.push(file);
    const r = await readDocuments(file);
    const obj = 'docs' in r ? r.docs[0] : undefined;
    const problem = 'problem' in r ? r.problem : !isObject(obj) ? `holds no runtime-context object (found ${describe(obj)})` : undefined;
    if (problem) warnings.push(`Virtwire: virtwire.runtimeContext ${excerpt(rc, 80)} ${problem}; ${noRuntime}`);
    else {
      const o = obj as Record<string, unknown>;
      ctx = contextFromJSON('context' in o ? o.context : o, ctx);
      notes.push(`runtime context from ${file}`);
    }
  } else if (rc !== undefined && rc !== null && rc !== '') {
    warnings.push(`Virtwire: virtwire.runtimeContext must be a path or an object, not ${describe(rc)}; ${noRuntime}`);
  }

  const fallback = facts.kubevirtCRs[0];
  const instead = fallback
    ? `the workspace's KubeVirt CR (${excerpt(fallback.file, 120)}) is used instead.`
    : "KubeVirt's defaults are used instead.";
  let cr: unknown;
  const cc = settings.clusterContext as unknown;
  if (typeof cc === 'string' && cc.trim() !== '') {
    const file = resolve(cc, folders);
    files.push(file);
    const r = await readDocuments(file);
    if ('problem' in r) warnings.push(`Virtwire: virtwire.clusterContext ${excerpt(cc, 80)} ${r.problem}; ${instead}`);
    else {
      cr = r.docs.find((o) => isObject(o) && o.kind === 'KubeVirt');
      if (cr) notes.push(`cluster context from ${file}`);
      else warnings.push(`Virtwire: virtwire.clusterContext ${excerpt(cc, 80)} holds no KubeVirt CR; ${instead}`);
    }
  } else if (cc !== undefined && cc !== null && cc !== '') {
    warnings.push(`Virtwire: virtwire.clusterContext must be a path, not ${describe(cc)}; ${instead}`);
  }
  if (!cr && fallback) {
    cr = fallback.object;
    notes.push(`cluster context from ${fallback.file}`);
  }
  if (cr) ctx = contextFromKubeVirtCR(cr, ctx);
  ctx = withServices(withNads(ctx, facts.nads), facts.services ?? []);
  notes.push(`judging as KubeVirt ${ctx.kubevirtVersion} (${ctx.kubevirtVersionSource})`);
  return { ctx, notes, warnings, files };
}
