// The server's start-up timeline, for bench/cold-start.mjs: with VIRTWIRE_TIMING=1 set, each mark is written to
// stderr as `[virtwire-timing] <name> <epoch ms>`, on the same clock as the client's (performance.timeOrigin).
// Without it, mark() does nothing.

const ON = !!process.env.VIRTWIRE_TIMING;

export function mark(name: string): void {
  if (ON) process.stderr.write(`[virtwire-timing] ${name} ${(performance.timeOrigin + performance.now()).toFixed(2)}\n`);
}

/** When the process started: its time origin. */
export function markProcessStart(): void {
  if (ON) process.stderr.write(`[virtwire-timing] process ${performance.timeOrigin.toFixed(2)}\n`);
}
