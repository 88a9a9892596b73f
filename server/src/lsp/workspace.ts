// Cluster context found in the workspace: KubeVirt CRs and NetworkAttachmentDefinitions in YAML files,
// plus the files named in the settings. Scanning is bounded so a huge workspace cannot stall the server.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PARSE_OPTIONS } from '../core/parse/yaml11';
import { defaultContext, type Context, type NadRef } from '../core/context/context';
import {
  contextFromJSON, contextFromKubeVirtCR, KUBEVIRT_VERSION_VALUES, nadFromObject, withKubevirtVersion, withNads,
} from '../core/context/load';

export interface Settings {
  /** Path of a YAML file with a KubeVirt CR (absolute, or relative to the first workspace folder). */
  clusterContext?: string;
  /** Path of a runtime-context JSON file, or the object itself. */
  runtimeContext?: string | Record<string, unknown>;
  /** The KubeVirt release to judge as: auto (default), v1.5 … v1.9, main. */
  kubevirtVersion?: string;
}

const MAX_FILES = 2000;
const MAX_BYTES = 2 * 1024 * 1024;
const INTERESTING = /\bkind:\s*['"]?(KubeVirt|NetworkAttachmentDefinition)\b/;

export interface WorkspaceFacts {
  kubevirtCRs: { file: string; object: unknown }[];
  nads: NadRef[];
}

function objectsOf(text: string): unknown[] {
  try {
    return parseAllDocuments(text, PARSE_OPTIONS).flatMap((d) => ('toJS' in d ? [d.toJS()] : []));
  } catch {
    return [];
  }
}

export function scanFile(file: string, text: string, facts: WorkspaceFacts): void {
  if (!INTERESTING.test(text)) return;
  for (const o of objectsOf(text)) {
    if (!o || typeof o !== 'object') continue;
    const r = o as Record<string, unknown>;
    if (r.kind === 'KubeVirt' && typeof r.apiVersion === 'string' && r.apiVersion.startsWith('kubevirt.io/')) {
      facts.kubevirtCRs.push({ file, object: o });
    } else if (r.kind === 'NetworkAttachmentDefinition') {
      const n = nadFromObject(o);
      if (n) facts.nads.push(n);
    }
  }
}

export function scanFolders(folders: string[]): WorkspaceFacts {
  const facts: WorkspaceFacts = { kubevirtCRs: [], nads: [] };
  let seen = 0;
  const walk = (dir: string, depth: number): void => {
    if (depth > 12 || seen >= MAX_FILES) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (seen >= MAX_FILES) return;
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === 'out') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && /\.ya?ml$/i.test(e.name)) {
        seen++;
        try {
          if (fs.statSync(p).size > MAX_BYTES) continue;
          scanFile(p, fs.readFileSync(p, 'utf8'), facts);
        } catch {
          /* unreadable: skip */
        }
      }
    }
  };
  for (const f of folders) walk(f, 0);
  return facts;
}

function resolve(p: string, folders: string[]): string {
  return path.isAbsolute(p) || folders.length === 0 ? p : path.join(folders[0]!, p);
}

/** The context: defaults ← runtime context ← KubeVirt CR (settings, else the workspace's) ← workspace NADs. */
export function contextFrom(
  settings: Settings,
  facts: WorkspaceFacts,
  folders: string[],
): { ctx: Context; notes: string[]; warnings: string[] } {
  const notes: string[] = [];
  const warnings: string[] = [];
  let ctx = defaultContext();
  const kv = typeof settings.kubevirtVersion === 'string' ? settings.kubevirtVersion : undefined;
  const versioned = withKubevirtVersion(ctx, kv);
  if (versioned) ctx = versioned;
  else {
    warnings.push(
      `Virtwire: unknown virtwire.kubevirtVersion "${String(kv).slice(0, 40)}" (use ${KUBEVIRT_VERSION_VALUES}); judging as auto.`,
    );
  }
  const rc = settings.runtimeContext;
  if (rc && typeof rc === 'object') ctx = contextFromJSON(rc, ctx);
  else if (typeof rc === 'string' && rc.trim() !== '') {
    try {
      const file = resolve(rc, folders);
      const obj = objectsOf(fs.readFileSync(file, 'utf8'))[0] as Record<string, unknown> | undefined;
      ctx = contextFromJSON(obj && 'context' in obj ? obj.context : obj, ctx);
      notes.push(`runtime context from ${file}`);
    } catch (e) {
      notes.push(`cannot read virtwire.runtimeContext ${rc}: ${String(e)}`);
    }
  }
  let cr: unknown;
  if (settings.clusterContext && settings.clusterContext.trim() !== '') {
    const file = resolve(settings.clusterContext, folders);
    try {
      cr = objectsOf(fs.readFileSync(file, 'utf8')).find((o) => (o as Record<string, unknown>)?.kind === 'KubeVirt');
      notes.push(cr ? `cluster context from ${file}` : `${file} holds no KubeVirt resource`);
    } catch (e) {
      notes.push(`cannot read virtwire.clusterContext ${file}: ${String(e)}`);
    }
  } else if (facts.kubevirtCRs.length > 0) {
    cr = facts.kubevirtCRs[0]!.object;
    notes.push(`cluster context from ${facts.kubevirtCRs[0]!.file}`);
  }
  if (cr) ctx = contextFromKubeVirtCR(cr, ctx);
  ctx = withNads(ctx, facts.nads);
  notes.push(`judging as KubeVirt ${ctx.kubevirtVersion} (${ctx.kubevirtVersionSource})`);
  return { ctx, notes, warnings };
}
