// Back-pressure with VS Code's transport (IPC), where Node tells nothing about what waits: the server counts the
// messages whose write has not completed; while too many wait, pushes wait and only the latest is published.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { PushQueue, transportOutput } from '../../server/src/lsp/push-queue';

/** A process whose IPC writes complete only when the test says so (a client that does not read). */
function fakeIpcProcess(): { proc: NodeJS.Process; complete: () => void; sent: unknown[] } {
  const callbacks: ((e: Error | null) => void)[] = [];
  const sent: unknown[] = [];
  const proc = Object.assign(new EventEmitter(), {
    send: (msg: unknown, _h: unknown, _o: unknown, cb: (e: Error | null) => void) => {
      sent.push(msg);
      callbacks.push(cb);
      return true;
    },
  }) as unknown as NodeJS.Process;
  return { proc, sent, complete: () => callbacks.splice(0).forEach((cb) => cb(null)) };
}

test('IPC: pushes wait while writes are pending, and the latest version goes out once they complete', async () => {
  const { proc, complete, sent } = fakeIpcProcess();
  const output = transportOutput(proc, ['node', 'server', '--node-ipc']);
  const published: string[] = [];
  const queue = new PushQueue(output, (uri) => published.push(uri));
  let writerErrors = 0;
  // the LSP writer's calls, with its callback
  for (let i = 0; i < 20; i++) proc.send!({ n: i }, undefined, undefined, (e: Error | null) => void (e && writerErrors++));
  assert.equal(output.congested(), true);
  assert.equal(queue.admit('file:///a.yaml'), false);
  assert.equal(queue.admit('file:///a.yaml'), false);
  assert.equal(queue.admit('file:///b.yaml'), false);
  assert.equal(queue.staleCount, 2);
  assert.deepEqual(published, []);
  complete();
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(published.sort(), ['file:///a.yaml', 'file:///b.yaml'], 'each stale document once');
  assert.equal(output.congested(), false);
  assert.equal(queue.admit('file:///a.yaml'), true);
  assert.equal(sent.length, 20);
  assert.equal(writerErrors, 0, "the writer's own callbacks still run");
});
