// `npm run test:e2e`: runs the in-editor suite in a desktop VS Code downloaded by @vscode/test-electron (needs
// internet). Offline machines and CI use `npm run test:e2e:harness` (test/e2e/harness/run.mjs) instead; both run
// the same out/test/e2e/suite/index.js.

import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  await runTests({
    version: process.env.VIRTWIRE_E2E_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/e2e/suite/index.js'),
    launchArgs: [path.join(root, 'test/e2e/fixtures'), '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e: unknown) => {
  console.error(`e2e: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
