// The CLI as an npm package: `npm pack` gives a tarball that installs on its own (no registry: --offline) into
// an empty global prefix, and the installed `virtwire` checks a file in an empty folder; the installed
// `virtwire-language-server` is the same bundled server.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/paths';
import { checkRejected, REJECTED_FIELD, run, scratch, serverDiagnostics } from '../helpers/package';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let dir = '';
let prefix = '';
let tarball = '';

before(() => {
  dir = scratch('pack');
  // as a user packs: the root has no pack or install scripts (npm ci builds through the server workspace's prepare)
  const packed = run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  assert.equal(packed.status, 0, packed.stderr);
  tarball = path.join(dir, JSON.parse(packed.stdout)[0].filename);
  prefix = path.join(dir, 'prefix');
  // npm 11.19's strict check lstat()s prefix/lib before creating it
  fs.mkdirSync(path.join(prefix, 'lib'), { recursive: true });
  // --strict-allow-scripts (npm 11.19+; older npm ignores it): an install script in the manifest, even one npm would
  // not run for a tarball, such as `prepare`, is then an error, as for users who set that policy
  const installed = run(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--strict-allow-scripts', tarball],
    { cwd: dir },
  );
  assert.equal(installed.status, 0, `npm i -g failed:\n${installed.stdout}\n${installed.stderr}`);
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the tarball holds the bundles, schemas and license, and needs no dependencies', () => {
  const home = path.join(prefix, 'lib', 'node_modules', pkg.name);
  const manifest = JSON.parse(fs.readFileSync(path.join(home, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.dependencies ?? {}, {});
  const installScripts = Object.keys(manifest.scripts ?? {}).filter((k) => /^(pre|post)?install$|^prepare$/.test(k));
  assert.deepEqual(installScripts, [], 'no install-time scripts in the packed manifest');
  assert.ok(!fs.existsSync(path.join(home, 'node_modules')), 'nothing installed beside it');
  for (const f of [
    'LICENSE',
    'README.md',
    'dist/virtwire.js',
    'dist/virtwire-language-server.js',
    'dist/analysis-worker.js',
    'schemas/vmi.schema.json',
  ]) {
    assert.ok(fs.existsSync(path.join(home, f)), f);
  }
  assert.ok(!fs.readdirSync(path.join(home, 'dist')).some((f) => f.endsWith('.map')), 'no source maps');
});

test('the globally installed `virtwire check` runs in an empty folder and exits 1 on a rejected VM', () => {
  const bin = path.join(prefix, 'bin', 'virtwire');
  const r = checkRejected([bin]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.ok(r.stdout.includes(`[${REJECTED_FIELD}]`), r.stdout);
  assert.match(r.stdout, /1 file checked\b.*: 1 error/);
  const v = run(bin, ['--version'], { cwd: dir });
  assert.equal(v.stdout.trim(), `virtwire ${pkg.version}`);
});

test('the globally installed `virtwire-language-server` publishes the diagnostic over stdio', async () => {
  const bin = path.join(prefix, 'bin', 'virtwire-language-server');
  const ds = await serverDiagnostics(fs.realpathSync(bin));
  // KubeVirt's message names the field (dotted, as go-openapi writes it)
  assert.ok(
    ds.some((d) => d.code === 'SCHEMA-03' && d.message.includes(REJECTED_FIELD.replace(/\[(\d+)\]/g, '.$1'))),
    JSON.stringify(ds),
  );
});
