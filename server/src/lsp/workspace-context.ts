// The server's cluster context over time: settings (untrusted: bounded reads, warnings the user sees), the
// workspace scan (asynchronous, honest when it stops early) and file watching (KubeVirt CRs and NADs created,
// changed or deleted without being opened). Loads are serialised; the newest one wins.

import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type Connection,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver/node';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultContext, type Context } from '../core/index';
import { contextFrom, type Settings } from './settings-context';
import { MAX_SCAN_FILES, WorkspaceIndex, type ScanResult } from './workspace';

/** How long the first diagnostics wait for the initial workspace scan at most (then they go without it). */
export const FIRST_SCAN_WAIT_MS = 300;

export function uriToPath(uri: string): string {
  try {
    return typeof uri === 'string' && uri.startsWith('file:') ? fileURLToPath(uri) : String(uri);
  } catch {
    return String(uri);
  }
}

export class WorkspaceContext {
  settings: Settings = {};
  folders: string[] = [];
  ctx: Context = defaultContext();
  readonly index = new WorkspaceIndex();
  /** The initial scan (resolved when it ends). */
  scanned: Promise<ScanResult | undefined> = Promise.resolve(undefined);
  /** The initial scan's context facts (resolved before its navigation pass). */
  private factsScanned: Promise<void> = Promise.resolve();
  private scanning = false;
  private shownWarnings = '';
  private settingFiles = new Set<string>();
  private loads = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    /** The open documents' paths and current text (they win over their saved copies). */
    private readonly openTexts: () => Map<string, string>,
    private readonly hasConfiguration: () => boolean,
    private readonly log: (m: string) => void,
  ) {}

  /** Re-reads the settings and the files they name; resolves with the new context (the newest load wins). */
  load(): Promise<Context> {
    const mine = ++this.loads;
    const run = async (): Promise<Context> => {
      if (mine !== this.loads) return this.ctx; // a newer load follows
      if (this.hasConfiguration()) {
        try {
          const s = (await this.connection.workspace.getConfiguration('virtwire')) as Settings | null;
          if (s && typeof s === 'object') this.settings = s;
        } catch {
          /* client without configuration support */
        }
      }
      const r = await contextFrom(this.settings, this.index.facts(this.openTexts()), this.folders);
      this.ctx = r.ctx;
      this.settingFiles = new Set(r.files);
      for (const n of r.notes) this.log(n);
      const warnings = r.warnings.join('\n');
      if (warnings !== this.shownWarnings) {
        this.shownWarnings = warnings;
        for (const w of r.warnings) {
          this.log(w);
          void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: w });
        }
      }
      return this.ctx;
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Starts the workspace scan in the background; `onChange` runs when it found something. */
  startScan(onChange: () => void): void {
    if (this.folders.length === 0) return;
    this.scanning = true;
    let factsDone = (): void => {};
    this.factsScanned = new Promise<void>((r) => (factsDone = r));
    const isOpen = (file: string): boolean => this.openTexts().has(file);
    this.scanned = this.index.scan(this.folders, undefined, { factsDone, isOpen }).then(
      (r) => {
        this.scanning = false;
        const f = this.index.facts();
        this.log(
          `workspace: ${r.files} YAML file(s) scanned in ${Math.round(r.ms)} ms: ${f.kubevirtCRs.length} KubeVirt CR(s), ` +
            `${f.nads.length} NetworkAttachmentDefinition(s)${r.skipped ? `; ${r.skipped} not read (too large or not regular files)` : ''}`,
        );
        if (r.stoppedEarly && r.files >= MAX_SCAN_FILES) {
          const m =
            `Virtwire: the workspace has more than ${MAX_SCAN_FILES.toLocaleString('en')} YAML files; KubeVirt CRs and ` +
            `NetworkAttachmentDefinitions were looked for in the first ${MAX_SCAN_FILES.toLocaleString('en')} only. ` +
            "Set virtwire.clusterContext to name the cluster's KubeVirt CR.";
          this.log(m);
          void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: m });
        }
        if (f.kubevirtCRs.length || f.nads.length) onChange();
        return r;
      },
      () => {
        this.scanning = false;
        return undefined;
      },
    );
  }

  /**
   * Waits for a context load under way (an open document's own CR or NADs count at once), and a little for the
   * initial scan's context facts, so the first diagnostics rarely change once it ends (not for its navigation pass).
   */
  async settle(): Promise<void> {
    await this.chain;
    if (!this.scanning) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.factsScanned, new Promise((r) => (timer = setTimeout(r, FIRST_SCAN_WAIT_MS)))]);
    clearTimeout(timer);
  }

  /** A document closed in the editor: navigation reads its saved copy again (the scan skipped it while open). */
  closed(file: string): void {
    const inside = this.folders.some((f) => {
      const rel = path.relative(f, file);
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    });
    if (inside && /\.ya?ml$/i.test(file)) void this.index.renav(file);
  }

  /** Asks the client to tell about YAML files created, changed or deleted (dynamic registration). */
  watchFiles(capabilities: ClientCapabilities): void {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    void this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] })
      .catch(() => undefined);
  }

  /** Updates the index from watched-file events; true when the context may have changed. */
  async filesChanged(params: DidChangeWatchedFilesParams): Promise<boolean> {
    let changed = false;
    const open = this.openTexts();
    for (const c of Array.isArray(params?.changes) ? params.changes : []) {
      const file = uriToPath(c?.uri);
      if (this.settingFiles.has(file)) changed = true;
      if (open.has(file)) continue; // its open text is what counts
      if (c.type === FileChangeType.Deleted) changed = this.index.remove(file) || changed;
      else changed = (await this.index.update(file)) || changed;
    }
    return changed;
  }
}
