// Cluster context found in the workspace: KubeVirt CRs, NetworkAttachmentDefinitions and Services in YAML files, kept per
// file so that one file's change (a watched-file event, an edit) updates only that file's facts. The scan is
// asynchronous (requests are answered while it runs), reads are bounded, and it says when it stops early. The same
// reads keep each file's navigation index (its NADs, networkName references, VMs, binding plugins: core/ide).

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AnalysisCache,
  contextDocuments,
  defaultContext,
  holdsContextKinds,
  indexText,
  mayIndex,
  nadsFromObject,
  serviceFromObject,
  type FileIndex,
  type NadRef,
  type ServiceRef,
} from '../core/index';
import { MAX_MANIFEST_BYTES, ReadError, readBounded } from '../io/read';

export interface WorkspaceFacts {
  kubevirtCRs: { file: string; object: unknown }[];
  nads: NadRef[];
  services?: ServiceRef[];
}

/** What one file contributes. */
interface FileFacts {
  kubevirtCRs: unknown[];
  nads: NadRef[];
  services?: ServiceRef[];
}

/** The scan looks at this many YAML files at most, and says so when a workspace has more. */
export const MAX_SCAN_FILES = 10_000;
const MAX_SCAN_DEPTH = 16;
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'vendor']);
const YAML_NAME = /\.ya?ml$/i;

/** What the scan's caller learns early, and what the scan leaves to the open documents. */
export interface ScanHooks {
  /** Called once the context facts (KubeVirt CRs, NADs, Services) of every file are in, before the navigation pass. */
  factsDone?: () => void;
  /** An open file: its navigation index comes from its open text (workspace-view.ts), so the scan does not parse it. */
  isOpen?: (file: string) => boolean;
}

export interface ScanResult {
  files: number;
  /** True when the scan stopped at MAX_SCAN_FILES (or was cancelled) before seeing every YAML file. */
  stoppedEarly: boolean;
  /** Files skipped because they could not be read or are too large. */
  skipped: number;
  ms: number;
}

/** The KubeVirt CRs and NADs of one file's text (only the documents that name those kinds are parsed). */
function factsOfText(text: string, cache: AnalysisCache): FileFacts {
  const out: FileFacts = { kubevirtCRs: [], nads: [] };
  if (!holdsContextKinds(text)) return out;
  for (const d of contextDocuments(text, defaultContext(), cache)) {
    if (d.kind === 'kubevirt') out.kubevirtCRs.push(d.value);
    else if (d.kind === 'service') {
      const svc = serviceFromObject(d.value);
      if (svc) (out.services ??= []).push(svc);
    } else out.nads.push(...nadsFromObject(d.value));
  }
  return out;
}

const empty = (f: FileFacts): boolean => f.kubevirtCRs.length === 0 && f.nads.length === 0 && !f.services?.length;

export class WorkspaceIndex {
  private readonly byFile = new Map<string, FileFacts>();
  /** Navigation indexes of the files that have something to navigate to or from. */
  private readonly nav = new Map<string, FileIndex>();
  /** A small cache of its own: the scan's documents are not the editor's. */
  private readonly cache = new AnalysisCache(4 * 1024 * 1024, 500);
  private generation = 0;

  /** Facts of every file, the saved copies of open files replaced by their current text. */
  facts(open: ReadonlyMap<string, string> = new Map()): WorkspaceFacts {
    const out: WorkspaceFacts = { kubevirtCRs: [], nads: [] };
    const add = (file: string, f: FileFacts): void => {
      for (const cr of f.kubevirtCRs) out.kubevirtCRs.push({ file, object: cr });
      out.nads.push(...f.nads);
      if (f.services?.length) (out.services ??= []).push(...f.services);
    };
    const files = new Set([...this.byFile.keys(), ...open.keys()]);
    for (const file of [...files].sort()) {
      const text = open.get(file);
      if (text !== undefined) add(file, factsOfText(text, this.cache));
      else add(file, this.byFile.get(file)!);
    }
    return out;
  }

  /** Re-reads one file (a watched-file event); true when what it contributes changed. */
  async update(file: string): Promise<boolean> {
    let f: FileFacts = { kubevirtCRs: [], nads: [] };
    let text = '';
    try {
      text = await readBounded(file, MAX_MANIFEST_BYTES);
      f = factsOfText(text, this.cache);
    } catch {
      /* unreadable, too large or not a regular file: it contributes nothing */
    }
    this.setNav(file, text);
    return this.set(file, f);
  }

  /** A deleted file; true when it contributed something. */
  remove(file: string): boolean {
    this.nav.delete(file);
    return this.set(file, { kubevirtCRs: [], nads: [] });
  }

  /** The navigation indexes of the workspace's files (saved copies), by path. */
  navIndexes(): ReadonlyMap<string, FileIndex> {
    return this.nav;
  }

  private setNav(file: string, text: string): void {
    let index: FileIndex | undefined;
    try {
      index = mayIndex(text) ? indexText(text) : undefined;
    } catch {
      index = undefined;
    }
    if (index && (index.nads.length || index.refs.length || index.vms.length || index.plugins.length)) this.nav.set(file, index);
    else this.nav.delete(file);
  }

  private set(file: string, f: FileFacts): boolean {
    const before = this.byFile.get(file);
    const changed = JSON.stringify(before ?? { kubevirtCRs: [], nads: [] }) !== JSON.stringify(f);
    if (empty(f)) this.byFile.delete(file);
    else this.byFile.set(file, f);
    return changed;
  }

  /**
   * Scans the folders for YAML files, one file at a time (every read yields to the event loop, so requests
   * are served meanwhile); each file's facts count as soon as it is read. Then, once every file's facts are in
   * (`hooks.factsDone`: the first diagnostics wait for those only), a second pass reads the files that may hold
   * something to navigate and keeps their navigation index: that parses every VM document of the workspace, which
   * the context does not need. A newer scan cancels an older one. Symbolic links are not followed.
   */
  async scan(folders: string[], maxFiles = MAX_SCAN_FILES, hooks: ScanHooks = {}): Promise<ScanResult> {
    const gen = ++this.generation;
    const t0 = performance.now();
    const result: ScanResult = { files: 0, stoppedEarly: false, skipped: 0, ms: 0 };
    const seen = new Set<string>();
    /** Files whose text may hold something to navigate, indexed in the second pass. */
    const toIndex: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_SCAN_DEPTH || result.stoppedEarly) return;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (gen !== this.generation) return;
        if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p, depth + 1);
        else if (e.isFile() && YAML_NAME.test(e.name)) {
          if (result.files >= maxFiles) {
            result.stoppedEarly = true;
            return;
          }
          result.files++;
          seen.add(p);
          let f: FileFacts = { kubevirtCRs: [], nads: [] };
          let text = '';
          try {
            text = await readBounded(p, MAX_MANIFEST_BYTES);
            f = factsOfText(text, this.cache);
          } catch (err) {
            if (err instanceof ReadError) result.skipped++;
          }
          if (gen !== this.generation) return;
          this.set(p, f);
          if (mayIndex(text)) toIndex.push(p);
          else this.nav.delete(p);
        }
        if (result.stoppedEarly) return;
      }
    };
    try {
      for (const f of folders) await walk(f, 0);
      if (gen === this.generation && !result.stoppedEarly) {
        // a complete scan: files that are gone no longer contribute
        for (const k of Array.from(this.byFile.keys())) if (!seen.has(k)) this.byFile.delete(k);
        for (const k of Array.from(this.nav.keys())) if (!seen.has(k)) this.nav.delete(k);
      }
    } finally {
      hooks.factsDone?.();
    }
    for (const p of toIndex) {
      await new Promise<void>((r) => setImmediate(r)); // a request or an analysis goes first
      if (gen !== this.generation) break;
      if (hooks.isOpen?.(p)) continue;
      await this.renav(p);
    }
    if (gen !== this.generation) result.stoppedEarly = true;
    result.ms = performance.now() - t0;
    return result;
  }

  /** Reads one file again for its navigation index only (the second pass; a file closed in the editor). */
  async renav(file: string): Promise<void> {
    let text = '';
    try {
      text = await readBounded(file, MAX_MANIFEST_BYTES);
    } catch {
      /* unreadable: nothing to navigate */
    }
    this.setNav(file, text);
  }
}
