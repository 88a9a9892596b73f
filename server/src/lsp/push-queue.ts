// Back-pressure for pushed diagnostics. A client that does not read what the server writes would otherwise make
// it queue every publish in memory (each keystroke's diagnostics of a large file). While the output is
// congested, documents are only marked stale; when it drains, each stale document is analysed once, in its
// latest version, and published. Work for versions nobody will see is never done.

export interface Output {
  /** Too much written and not yet taken by the client. */
  congested(): boolean;
  /** Calls `f` once the output has drained. */
  onDrain(f: () => void): void;
}

/** Bytes waiting on stdout before pushes wait. */
const STDOUT_LIMIT = 1024 * 1024;
/** Messages waiting on the IPC channel (their write not yet done) before pushes wait. */
const IPC_LIMIT = 16;

/** The transport's output: stdout for --stdio, the IPC channel for --node-ipc (VS Code's); others: never congested. */
export function transportOutput(proc: NodeJS.Process = process, argv: string[] = process.argv): Output {
  if (argv.includes('--node-ipc') && typeof proc.send === 'function') return ipcOutput(proc);
  if (argv.some((a) => a.startsWith('--socket') || a.startsWith('--pipe')))
    return { congested: () => false, onDrain: (f) => setImmediate(f) };
  return {
    congested: () => (proc.stdout.writableLength ?? 0) > STDOUT_LIMIT,
    onDrain: (f) => proc.stdout.once('drain', f),
  };
}

/**
 * Node does not tell how much waits on an IPC channel, so process.send is wrapped to count the messages whose
 * write has not completed (the LSP writer passes a callback; a client that does not read keeps them pending).
 */
function ipcOutput(proc: NodeJS.Process): Output {
  let pending = 0;
  const waiters: (() => void)[] = [];
  const send = proc.send!.bind(proc) as (...args: unknown[]) => boolean;
  proc.send = ((...args: unknown[]) => {
    const at = args.findIndex((a) => typeof a === 'function');
    const cb = at >= 0 ? (args[at] as (e: Error | null) => void) : undefined;
    const done = (e: Error | null): void => {
      pending--;
      if (pending === 0) waiters.splice(0).forEach((f) => f());
      cb?.(e);
    };
    if (at >= 0) args[at] = done;
    else args.push(done);
    pending++;
    return send(...args);
  }) as NodeJS.Process['send'];
  return {
    congested: () => pending > IPC_LIMIT,
    onDrain: (f) => (pending === 0 ? setImmediate(f) : waiters.push(f)),
  };
}

export class PushQueue {
  private readonly stale = new Set<string>();
  private waiting = false;
  constructor(
    private readonly output: Output,
    /** Analyses and publishes one document (its latest version). */
    private readonly publish: (uri: string) => void,
  ) {}

  /** True when a push may go out now; otherwise the document is remembered and pushed after the drain. */
  admit(uri: string): boolean {
    if (!this.output.congested()) return true;
    this.stale.add(uri);
    if (!this.waiting) {
      this.waiting = true;
      this.output.onDrain(() => this.drained());
    }
    return false;
  }

  forget(uri: string): void {
    this.stale.delete(uri);
  }

  get staleCount(): number {
    return this.stale.size;
  }

  private drained(): void {
    this.waiting = false;
    const uris = [...this.stale];
    this.stale.clear();
    for (const u of uris) this.publish(u);
  }
}
