// The in-editor suite, in @vscode/test-electron's contract: `run()` resolves when every test passed, rejects
// otherwise. The tests are node:test files run inside the extension host's process (isolation 'none', Node >= 22.8;
// the VS Code server of code-server 4.139.1 runs Node 24), so `require('vscode')` works in them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as runTests } from 'node:test';
import { spec } from 'node:test/reporters';

const SUITE_TIMEOUT_MS = 240_000;

interface TestEvent {
  name: string;
  nesting: number;
  skip?: boolean | string;
  todo?: boolean | string;
  details?: { error?: Error & { cause?: Error } };
}

export function run(): Promise<void> {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 22 || (major === 22 && minor < 8)) {
    return Promise.reject(new Error(`the e2e suite needs Node >= 22.8 in the extension host (has ${process.versions.node})`));
  }
  const only = process.env.VIRTWIRE_E2E_GREP;
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && (!only || f.includes(only)))
    .sort()
    .map((f) => path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    // In-process, node:test ends its stream only when the process is about to exit, which an extension host
    // never is: count the top-level tests instead of waiting for 'end'.
    let enqueued = 0;
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let settle: NodeJS.Timeout | undefined;
    const timeout = setTimeout(() => finish(new Error(`suite did not finish within ${SUITE_TIMEOUT_MS} ms`)), SUITE_TIMEOUT_MS);
    let done = false;
    const finish = (err?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timeout);
      console.log(`# tests ${enqueued}\n# pass ${passed}\n# fail ${failed}\n# skipped ${skipped}`);
      if (err) reject(err);
      else if (failed > 0) reject(new Error(`${failed} test(s) failed`));
      else resolve();
    };
    const maybeDone = (): void => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (passed + failed + skipped >= enqueued) finish();
      }, 300);
    };

    const stream = runTests({ files, isolation: 'none', concurrency: 1 } as Parameters<typeof runTests>[0]);
    stream.on('test:enqueue', (d: TestEvent) => {
      if (d.nesting === 0) enqueued++;
    });
    stream.on('test:pass', (d: TestEvent) => {
      if (d.nesting !== 0) return;
      if (d.skip !== undefined && d.skip !== false) skipped++;
      else passed++;
      maybeDone();
    });
    stream.on('test:fail', (d: TestEvent) => {
      const e = d.details?.error;
      console.log(`  FAILED ${d.name}: ${e?.cause?.stack ?? e?.stack ?? String(e)}`);
      if (d.nesting === 0) {
        failed++;
        maybeDone();
      }
    });
    let buf = '';
    stream.compose(new spec()).on('data', (chunk: Buffer | string) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) console.log(l);
    });
    if (files.length === 0) finish(new Error(`no *.test.js files in ${__dirname}`));
  });
}
