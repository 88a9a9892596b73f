// Back-pressure for pushed diagnostics. A client that does not read what the server writes would otherwise make
// it queue every publish in memory (each keystroke's diagnostics of a large file). While more than `limit` bytes
// wait to be written, documents are only marked stale; when the output drains, each stale document is analysed
// once, in its latest version, and published. Work for versions nobody will see is never done.

export interface Output {
  /** Bytes written but not yet taken by the client (0 when the transport cannot tell). */
  pending(): number;
  /** Calls `f` once the output has drained. */
  onDrain(f: () => void): void;
}

/** The stdio transport's output (the server's stdout); other transports report nothing pending. */
export function stdoutOutput(): Output {
  const usesStdio = !process.argv.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  if (!usesStdio) return { pending: () => 0, onDrain: (f) => setImmediate(f) };
  return {
    pending: () => process.stdout.writableLength ?? 0,
    onDrain: (f) => process.stdout.once('drain', f),
  };
}

export class PushQueue {
  private readonly stale = new Set<string>();
  private waiting = false;
  constructor(
    private readonly output: Output,
    /** Analyses and publishes one document (its latest version). */
    private readonly publish: (uri: string) => void,
    private readonly limit = 1024 * 1024,
  ) {}

  /** True when a push may go out now; otherwise the document is remembered and pushed after the drain. */
  admit(uri: string): boolean {
    if (this.output.pending() <= this.limit) return true;
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
