// Runs every compiled unit/integration test (out/test/**/*.test.js, except the in-editor E2E suite)
// with Node's test runner, so the output ends in its `# pass N` / `# fail N` lines.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('../out/test', import.meta.url).pathname;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'e2e') walk(p);
    } else if (name.endsWith('.test.js')) files.push(p);
  }
};
walk(root);
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...chosen], { stdio: 'inherit' });
process.exit(r.status ?? 1);
