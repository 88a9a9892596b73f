// What `npm run package` gives a user: a .vsix under 2 MB with a LICENSE, the bundles, schemas and docs, and no
// tests, TypeScript sources, source maps or node_modules; unpacked where no node_modules folder can be found,
// its CLI and its language server run and report the VM KubeVirt rejects.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E_FIXTURES, ROOT } from '../helpers/paths';
import { readZip, type ZipEntry } from '../helpers/zip';
import { checkRejected, nodeModulesAbove, REJECTED_FIELD, run, scratch, serverDiagnostics } from '../helpers/package';

const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let dir = '';
let vsix = '';
let entries: ZipEntry[] = [];
let unpacked = '';

before(() => {
  dir = scratch('vsix');
  vsix = path.join(dir, `virtwire-${pkg.version}.vsix`);
  // what `npm run package` runs after the build (npm test runs on a current build of dist/): package:vsix's arguments
  const args = (pkg.scripts['package:vsix'] as string).split(/\s+/);
  assert.equal(args[0], 'vsce');
  const r = run(process.execPath, [VSCE, ...args.slice(1), '--out', vsix], { cwd: ROOT });
  assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
  entries = readZip(fs.readFileSync(vsix));
  unpacked = path.join(dir, 'unpacked');
  for (const e of entries) {
    const to = path.join(unpacked, e.name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, e.data());
  }
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the .vsix is under 2 MB and carries a LICENSE, the README, the CHANGELOG and the icon', () => {
  const size = fs.statSync(vsix).size;
  assert.ok(size < 2 * 1024 * 1024, `${size} bytes`);
  const names = entries.map((e) => e.name);
  for (const n of [
    'extension/LICENSE.txt',
    'extension/readme.md',
    'extension/changelog.md',
    'extension/package.json',
    'extension/images/icon.png',
  ]) {
    assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  }
  assert.match(
    entries
      .find((e) => e.name === 'extension/LICENSE.txt')!
      .data()
      .toString('utf8'),
    /Apache License\s+Version 2\.0/,
  );
});

test('the .vsix ships only what runs: bundles, schemas, docs; no tests, sources, maps or node_modules', () => {
  const files = entries.map((e) => e.name).filter((n) => n.startsWith('extension/'));
  const offenders = files.filter((n) =>
    /\.ts$|\.map$|\/node_modules\/|\/test\/|\/out\/|\/client\/|\/server\/|\/bench\/|\.vsix$|\.tgz$/.test(n),
  );
  assert.deepEqual(offenders, []);
  const manifest = JSON.parse(
    entries
      .find((e) => e.name === 'extension/package.json')!
      .data()
      .toString('utf8'),
  );
  assert.ok(files.includes(`extension/${manifest.main.replace(/^\.\//, '')}`), `main ${manifest.main} is in the package`);
  assert.deepEqual(Object.keys(manifest.bin).sort(), ['virtwire', 'virtwire-language-server']);
  for (const bin of Object.values(manifest.bin) as string[]) assert.ok(files.includes(`extension/${bin}`), `bin ${bin} is in the package`);
  assert.ok(
    files.some((n) => /^extension\/schemas\/.+\.schema\.json$/.test(n)),
    'schemas',
  );
});

test('the packaged manifest names the repository whose README documents the diagnostic codes', () => {
  const manifest = JSON.parse(
    entries
      .find((e) => e.name === 'extension/package.json')!
      .data()
      .toString('utf8'),
  );
  assert.equal(manifest.repository.url, 'https://github.com/virtwire/virtwire.git');
  assert.equal(manifest.license, 'Apache-2.0');
  assert.ok(manifest.homepage && manifest.bugs?.url && manifest.keywords?.length && manifest.icon);
});

test("the packaged README links only what the README links: KubeVirt's PR numbers do not become our issues", () => {
  const packaged = entries
    .find((e) => e.name === 'extension/readme.md')!
    .data()
    .toString('utf8');
  const source = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const ours = (text: string) => new Set(text.match(/https:\/\/github\.com\/virtwire\/virtwire\/(?:issues|pull)\/\d+/g) ?? []);
  const added = [...ours(packaged)].filter((l) => !ours(source).has(l));
  assert.deepEqual(added, [], 'vsce turned "#N" into links to this repository');
  const prs = source.match(/PR #\d+/g) ?? [];
  for (const pr of prs) assert.ok(packaged.includes(pr), `${pr} kept as written`);
});

test('unpacked with no node_modules in reach, its CLI exits 1 on a rejected VM and names the field', () => {
  assert.deepEqual(nodeModulesAbove(unpacked), [], 'no node_modules above the unpacked extension');
  const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'extension', 'package.json'), 'utf8'));
  const r = checkRejected([process.execPath, path.join(unpacked, 'extension', manifest.bin.virtwire)]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /x\.yaml:20:5: error SCHEMA-03 /);
  assert.ok(r.stdout.includes(`[${REJECTED_FIELD}]`), r.stdout);
});

test('unpacked with no node_modules in reach, its language server publishes that diagnostic over stdio', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'extension', 'package.json'), 'utf8'));
  const ds = await serverDiagnostics(path.join(unpacked, 'extension', manifest.bin['virtwire-language-server']));
  const d = ds.find((x) => x.code === 'SCHEMA-03');
  assert.ok(d, JSON.stringify(ds));
  assert.equal(d.line, 19);
  // KubeVirt's message (which names the field) first, then the plain-language line
  const [kubevirt, plain] = d.message.split('\n');
  assert.ok(kubevirt!.includes(REJECTED_FIELD.replace(/\[(\d+)\]/g, '.$1')), d.message);
  assert.match(plain ?? '', /`networkName` is required here/);
});

test('unpacked with no node_modules in reach, its CLI draws the wiring diagram (elkjs ships as dist/elk-layout.js)', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'extension', 'package.json'), 'utf8'));
  assert.ok(
    entries.some((e) => e.name === 'extension/dist/elk-layout.js'),
    'dist/elk-layout.js is in the package',
  );
  const vm = path.join(E2E_FIXTURES, 'vm-diagram.yaml');
  const r = run(process.execPath, [path.join(unpacked, 'extension', manifest.bin.virtwire), 'explain', '--format', 'svg', vm], {
    cwd: dir,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(r.stdout.includes('>k6t-eth0</text>'), r.stdout.slice(0, 400));
});
