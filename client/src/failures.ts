// A language server that cannot start or that crashes is never silent: the user gets a notification with a
// button that opens the "Virtwire" output channel (where the server's own error output is), and, once the
// client has given up restarting it, a button to try again.

import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';

export const SHOW_OUTPUT = 'Show Output';
export const RESTART = 'Restart';
const RESTART_COMMAND = 'virtwire.restartServer';

/** Crashes within this window count towards MAX_RESTARTS. */
const CRASH_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/** Shows an error notification; its buttons open the output channel or restart the server. */
export function notifyFailure(output: vscode.OutputChannel, message: string, opts: { restart?: boolean } = {}): void {
  const buttons = opts.restart ? [SHOW_OUTPUT, RESTART] : [SHOW_OUTPUT];
  void vscode.window.showErrorMessage(`Virtwire: ${message}`, ...buttons).then((picked) => {
    if (picked === SHOW_OUTPUT) output.show(true);
    else if (picked === RESTART) void vscode.commands.executeCommand(RESTART_COMMAND);
  });
}

/**
 * vscode-languageclient's error handler, with visible outcomes: a crash of a running server is announced and
 * the server restarted (at most MAX_RESTARTS times in CRASH_WINDOW_MS), then the client stops and says so. A
 * server that dies while starting is not restarted here: the failed start() reports it (see extension.ts).
 */
export class VisibleErrorHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly state: () => State | undefined,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // the library's policy: a few transport errors are tolerated, then the connection is shut down
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    if (this.state() !== State.Running) return { action: CloseAction.DoNotRestart, handled: true };
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t <= CRASH_WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) {
      const message = `the language server stopped unexpectedly; restarting it (restart ${this.crashes.length} of at most ${MAX_RESTARTS} in 3 minutes).`;
      this.output.error(message);
      // one notification per series of crashes; the output channel has each of them
      if (this.crashes.length === 1) notifyFailure(this.output, message);
      return { action: CloseAction.Restart, handled: true };
    }
    const message = `the language server crashed ${this.crashes.length} times in 3 minutes and was not restarted again.`;
    this.output.error(message);
    notifyFailure(this.output, message, { restart: true });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** A restart asked for by the user starts the count again. */
  reset(): void {
    this.crashes = [];
  }
}
