// A minimal LSP client that drives the language server over stdio the way an editor does.

import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER } from './paths';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    code?: string;
    source?: string;
    severity?: number;
    message: string;
    relatedInformation?: unknown[];
    codeDescription?: { href: string };
  }>;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  private readonly published: PublishedDiagnostics[] = [];
  private readonly waiters: Array<() => void> = [];
  settings: Record<string, unknown> = {};
  /** window/showMessage and window/logMessage texts received, in order. */
  readonly messages: { type: number; message: string; shown: boolean }[] = [];
  /** client/registerCapability registrations received. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];

  constructor(args: string[] = ['--stdio'], env: Record<string, string> = {}, server = SERVER) {
    this.proc = spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.messages.push({ ...p, shown: false });
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push({ ...p, shown: true });
      this.waiters.splice(0).forEach((w) => w());
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section ? (this.settings[i.section] ?? null) : this.settings)),
    );
    this.conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.listen();
  }

  async initialize(
    opts: { pull?: boolean; rootUri?: string | null; initializationOptions?: unknown; watchFiles?: boolean } = {},
  ): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
      initializationOptions: opts.initializationOptions,
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          publishDiagnostics: { relatedInformation: true },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          ...(opts.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Forgets the diagnostics published so far (a later wait sees only new ones). */
  forgetDiagnostics(): void {
    this.published.length = 0;
  }

  /** Resolves with the first publish for `uri` that satisfies `pred` (event-driven, bounded by a timeout). */
  waitForDiagnostics(
    uri: string,
    pred: (p: PublishedDiagnostics) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        const hit = [...this.published].reverse().find((p) => p.uri === uri && pred(p));
        if (hit) {
          clearTimeout(timer);
          resolve(hit);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Resolves with the first window/showMessage that satisfies `pred` (bounded by a timeout). */
  waitForMessage(pred: (m: string) => boolean, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching window/showMessage within ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        const hit = this.messages.find((m) => m.shown && pred(m.message));
        if (hit) {
          clearTimeout(timer);
          resolve(hit.message);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  /** Resolves with the first window/logMessage that satisfies `pred` (e.g. the workspace scan's summary). */
  waitForLog(pred: (m: string) => boolean, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching window/logMessage within ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        const hit = this.messages.find((m) => !m.shown && pred(m.message));
        if (hit) {
          clearTimeout(timer);
          resolve(hit.message);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

/** Runs `body` with a fresh client (and language server process), which is always shut down afterwards. */
export async function withClient(body: (c: TestClient) => Promise<void>, args?: string[], env?: Record<string, string>): Promise<void> {
  const c = new TestClient(args, env);
  try {
    await body(c);
  } finally {
    await c.shutdown();
  }
}
