// Runs every compiled unit/integration test (out/test/**/*.test.js, except the in-editor E2E suite)
// with Node's test runner, so the output ends in its `# pass N` / `# fail N` lines. Builds first (`npm run build`)
// only when the build is missing or older than a source, so a fresh clone's `npm test` works and CI, whose
// `npm ci` has just built, builds once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = new URL('..', import.meta.url).pathname;
const root = join(ROOT, 'out/test');

/** The newest modification time under the build's inputs. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'fixtures') visit(join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['client/src', 'server/src', 'server/package.json', 'test', 'schemas', 'scripts', 'tsconfig.json', 'package.json'])
    visit(join(ROOT, p));
  return newest;
}

// the bundler writes the notices last: the build is as new as they are
const stamp = mtimeOf(join(ROOT, 'dist/THIRD-PARTY-NOTICES.txt'));
if (!existsSync(root) || stamp === undefined || newestSource() > stamp) {
  console.error(stamp === undefined ? 'no build yet: npm run build' : 'sources changed since the last build: npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

function mtimeOf(p) {
  return statSync(p, { throwIfNoEntry: false })?.mtimeMs;
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'e2e') walk(p);
    } else if (name.endsWith('.test.js') && existsSync(join(ROOT, p.slice(join(ROOT, 'out').length + 1).replace(/\.js$/, '.ts')))) {
      files.push(p); // tsc leaves the output of a deleted test behind: only tests whose source exists run
    }
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
