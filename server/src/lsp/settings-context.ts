// The context from the settings and the workspace. A workspace's settings come from the repository the user
// opened, so they are untrusted: files are read bounded (regular files only, never a FIFO or a device), a bad
// value becomes a warning the user sees (what was wrong, what is used instead), and nothing from a file or a
// setting is quoted beyond a short escaped excerpt.

import * as path from 'node:path';
import { CLUSTER_PROFILES, errorText, excerpt, isObject, KUBEVIRT_VERSION_VALUES, pitfallCode, type Context } from '../core/index';
import { loadContext, type ContextRequest, type FileProblem } from '../io/context';
import { ReadError } from '../io/read';
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
  /** Inlay hints after interface names (default on). */
  inlayHints?: { enabled?: boolean };
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
    warnings.push(
      `Virtwire: virtwire.pitfalls must be a mapping of pitfall codes to true or false, not ${describe(value)}; every pitfall keeps its default.`,
    );
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
    warnings.push(
      `Virtwire: virtwire.pitfalls: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''} ${unknown.length === 1 ? 'is' : 'are'} not a pitfall code with true or false; ignored.`,
    );
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A context file's problem as a short phrase (no content quoted). */
function fileProblem(p: FileProblem): string {
  switch (p.kind) {
    case 'read':
      return p.error instanceof ReadError ? p.error.reason : 'cannot be read';
    case 'yaml':
      return `is not valid YAML or JSON (line ${p.line}, column ${p.column})`;
    case 'data':
      return `cannot be read as data (${errorText(p.error, 60)})`;
  }
}

/** The context (io/context.ts): defaults ← runtime context ← KubeVirt CR (settings, else the workspace's) ← workspace NADs. */
export async function contextFrom(settings: Settings, facts: WorkspaceFacts, folders: string[]): Promise<ContextResult> {
  const notes: string[] = [];
  const files: string[] = [];
  // warnings in the order of the settings they concern: release, profile, runtime context, cluster context
  const ranked: { rank: number; text: string }[] = [];
  const warn = (rank: number, text: string): number => ranked.push({ rank, text });
  const request: ContextRequest = { clusterProfile: settings.clusterProfile, nads: facts.nads, services: facts.services ?? [] };
  const kv = settings.kubevirtVersion as unknown;
  if (typeof kv === 'string') request.kubevirtVersion = kv;
  if (settings.checkNetworkAttachmentDefinitions === false) request.nadCheck = false;
  const pitfallWarnings: string[] = [];
  const switches = pitfallSwitches(settings.pitfalls as unknown, pitfallWarnings);
  if (switches) request.pitfalls = switches;
  for (const w of pitfallWarnings) warn(1.5, w);

  const rc = settings.runtimeContext as unknown;
  const noRuntime = 'no runtime context is used (KubeVirt defaults).';
  if (isObject(rc)) request.runtime = { object: rc };
  else if (typeof rc === 'string' && rc.trim() !== '') request.runtime = { file: resolve(rc, folders) };
  else if (rc !== undefined && rc !== null && rc !== '') {
    warn(2, `Virtwire: virtwire.runtimeContext must be a path or an object, not ${describe(rc)}; ${noRuntime}`);
  }

  const fallback = facts.kubevirtCRs[0];
  if (fallback) request.fallbackCR = fallback.object;
  const instead = fallback
    ? `the workspace's KubeVirt CR (${excerpt(fallback.file, 120)}) is used instead.`
    : "KubeVirt's defaults are used instead.";
  const cc = settings.clusterContext as unknown;
  if (typeof cc === 'string' && cc.trim() !== '') request.kubevirtCR = { file: resolve(cc, folders) };
  else if (cc !== undefined && cc !== null && cc !== '') {
    warn(3, `Virtwire: virtwire.clusterContext must be a path, not ${describe(cc)}; ${instead}`);
  }
  for (const f of [request.runtime, request.kubevirtCR]) if (f && 'file' in f) files.push(f.file);

  const loaded = await loadContext(request, (p) => {
    switch (p.about) {
      case 'kubevirtVersion':
        warn(0, `Virtwire: unknown virtwire.kubevirtVersion ${excerpt(p.value)} (use ${KUBEVIRT_VERSION_VALUES}); judging as auto.`);
        break;
      case 'clusterProfile':
        warn(
          1,
          `Virtwire: unknown virtwire.clusterProfile ${excerpt(String(p.value))} (use ${CLUSTER_PROFILES.join(' or ')}); using kubevirt.`,
        );
        break;
      case 'runtime': {
        const found = p.problem.kind === 'not-object' ? describe(p.problem.found) : '';
        const why = p.problem.kind === 'not-object' ? `holds no runtime-context object (found ${found})` : fileProblem(p.problem);
        warn(2, `Virtwire: virtwire.runtimeContext ${excerpt(String(rc), 80)} ${why}; ${noRuntime}`);
        break;
      }
      case 'kubevirtCR': {
        const why = p.problem.kind === 'no-cr' ? 'holds no KubeVirt CR' : fileProblem(p.problem);
        warn(3, `Virtwire: virtwire.clusterContext ${excerpt(String(cc), 80)} ${why}; ${instead}`);
        break;
      }
    }
  });
  if (loaded.runtimeFrom) notes.push(`runtime context from ${loaded.runtimeFrom}`);
  if (loaded.crFrom === 'file') notes.push(`cluster context from ${request.kubevirtCR!.file}`);
  if (loaded.crFrom === 'fallback') notes.push(`cluster context from ${fallback!.file}`);
  const ctx = loaded.ctx;
  notes.push(`judging as KubeVirt ${ctx.kubevirtVersion} (${ctx.kubevirtVersionSource})`);
  const warnings = ranked.sort((a, b) => a.rank - b.rank).map((w) => w.text);
  return { ctx, notes, warnings, files };
}
