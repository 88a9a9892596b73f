// Hostile and odd input on the command line: devices, FIFOs, huge files, `- -`, symbolic links (and loops),
// unreadable files, context files that are not what they claim. Never a hang, a crash or unbounded memory:
// a clear message, the other files still checked, exit 2 at the end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { runCli } from '../helpers/run-cli';
import { CLI, FIXTURES, ROOT } from '../helpers/paths';
import { deepManifest } from '../helpers/hostile';

const good = path.join(FIXTURES, 'core', 'valid.yaml');
const bad = path.join(FIXTURES, 'core', 'missing-network.yaml');
const unix = process.platform !== 'win32';

function tmpdir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-hostile-'));
  fs.chmodSync(d, 0o755);
  return d;
}

function mkfifo(p: string): boolean {
  return spawnSync('mkfifo', [p]).status === 0;
}

test('a device as PATH: a clear message, the other files checked, exit 2', { skip: !unix }, () => {
  const r = runCli(['check', '/dev/zero', good]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /cannot read \/dev\/zero: is a device, not a regular file/);
  assert.match(r.stdout, /1 file checked.*: 0 errors/);
});

test('a device as --kubevirt-cr or --context: exit 2 at once, no usage text', { skip: !unix }, () => {
  for (const opt of ['--kubevirt-cr', '--context']) {
    const r = runCli(['check', opt, '/dev/zero', good]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`${opt}: cannot read /dev/zero: is a device`));
    assert.doesNotMatch(r.stderr, /usage:/);
    assert.equal(r.stdout, '');
  }
});

test('a FIFO as PATH, as --kubevirt-cr and as --context is refused without waiting for a writer', { skip: !unix }, () => {
  const dir = tmpdir();
  const fifo = path.join(dir, 'pipe.yaml');
  if (!mkfifo(fifo)) return;
  const r = runCli(['check', fifo, good]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /is a FIFO \(named pipe\), not a regular file/);
  assert.match(r.stdout, /1 file checked\b/);
  for (const opt of ['--kubevirt-cr', '--context']) {
    const c = runCli(['check', opt, fifo, good]);
    assert.equal(c.code, 2, c.stderr);
    assert.match(c.stderr, /is a FIFO/);
  }
});

test('a file over the size limit is not read (a sparse 17 MiB file)', () => {
  const dir = tmpdir();
  const big = path.join(dir, 'big.yaml');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 17 * 1024 * 1024);
  const r = runCli(['check', big, good]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /big\.yaml: is larger than 16 MiB \(17 MiB\): not read/);
  assert.match(r.stdout, /1 file checked\b/);
});

test('`check - -`: standard input given twice is a usage error, not silence', () => {
  const r = runCli(['check', '-', '-'], fs.readFileSync(good, 'utf8'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /standard input \(-\) can be given only once/);
});

test('`check -` still reads standard input once', () => {
  const r = runCli(['check', '--format', 'json', '-'], fs.readFileSync(bad, 'utf8'));
  assert.equal(r.code, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).files[0].file, '-');
});

test('symbolic links in a folder are followed inside it; loops and links out of it are not', { skip: !unix }, () => {
  const root = tmpdir();
  const outside = tmpdir();
  fs.mkdirSync(path.join(root, 'real'));
  fs.copyFileSync(good, path.join(root, 'real', 'a.yaml'));
  fs.copyFileSync(good, path.join(root, 'real', 'z.yaml'));
  fs.copyFileSync(bad, path.join(outside, 'secret.yaml'));
  fs.symlinkSync(path.join(root, 'real', 'a.yaml'), path.join(root, 'link.yaml')); // file link, inside
  fs.symlinkSync(path.join(root, 'real'), path.join(root, 'linked-dir')); // folder link, inside (walked once)
  fs.symlinkSync(root, path.join(root, 'real', 'loop')); // a loop back to the root
  fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'out.yaml')); // out of the folder
  const t0 = Date.now();
  const r = runCli(['check', '--format', 'json', root]);
  assert.ok(Date.now() - t0 < 20_000);
  assert.equal(r.code, 0, r.stderr);
  const files = JSON.parse(r.stdout).files.map((f: { file: string }) => path.relative(root, f.file));
  // each file once, by the first way to it in name order
  assert.deepEqual(files, ['link.yaml', path.join('linked-dir', 'z.yaml')]);
  assert.match(r.stderr, /out\.yaml: symbolic link not followed: it leads out of/);
});

test('a path that cannot be read is reported and the others are checked (exit 2 at the end)', { skip: !unix }, () => {
  const dir = tmpdir();
  fs.copyFileSync(bad, path.join(dir, 'a.yaml'));
  fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'b.yaml')); // dangling
  mkfifo(path.join(dir, 'c.yaml'));
  fs.copyFileSync(good, path.join(dir, 'd.yaml'));
  const r = runCli(['check', '--format', 'json', dir, path.join(dir, 'missing.yaml')]);
  assert.equal(r.code, 2, r.stderr);
  const files = JSON.parse(r.stdout).files.map((f: { file: string }) => path.basename(f.file));
  assert.deepEqual(files, ['a.yaml', 'd.yaml']);
  assert.match(r.stderr, /b\.yaml: broken symbolic link/);
  assert.match(r.stderr, /missing\.yaml: no such file or directory/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

/**
 * Permission denied: as root, chmod does not stop reads, so the CLI runs as `nobody` through setpriv when
 * that is possible; otherwise (root without setpriv) the test is skipped.
 */
test('an unreadable file (EACCES) is reported without a stack trace; the other files are checked', { skip: !unix }, (t) => {
  const dir = tmpdir();
  fs.copyFileSync(good, path.join(dir, 'a.yaml'));
  fs.copyFileSync(bad, path.join(dir, 'b.yaml'));
  fs.chmodSync(path.join(dir, 'a.yaml'), 0o644);
  fs.chmodSync(path.join(dir, 'b.yaml'), 0o000);
  let r;
  if (process.getuid?.() === 0) {
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--version']);
    if (probe.status !== 0) {
      t.skip('running as root without setpriv: chmod cannot make a file unreadable');
      return;
    }
    // `nobody` may not reach the checkout (a clone inside `mktemp -d` is private): it runs a copy of the
    // self-contained CLI bundle, what users install, from a directory it can read
    const bundle = path.join(ROOT, 'dist', 'virtwire.js');
    if (!fs.existsSync(bundle)) {
      t.skip('no dist/virtwire.js: run npm run build');
      return;
    }
    const bin = path.join(tmpdir(), 'virtwire.js');
    fs.copyFileSync(bundle, bin);
    fs.chmodSync(bin, 0o644);
    const args = [bin, 'check', '--format', 'json', dir];
    r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' });
  } else r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', dir], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /b\.yaml: permission denied/);
  assert.doesNotMatch(r.stderr, /EACCES|\n\s+at /);
  assert.deepEqual(
    JSON.parse(r.stdout).files.map((f: { file: string }) => path.basename(f.file)),
    ['a.yaml'],
  );
});

test('a --kubevirt-cr with a syntax error is reported with its position (exit 2)', () => {
  const dir = tmpdir();
  const cr = path.join(dir, 'kv.yaml');
  fs.writeFileSync(cr, 'apiVersion: kubevirt.io/v1\nkind: KubeVirt\nspec: [\n');
  const r = runCli(['check', '--kubevirt-cr', cr, good]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--kubevirt-cr: .*kv\.yaml:\d+:\d+: not valid YAML/);
  assert.equal(r.stdout, '');
});

test('a --context that is not a context object (a private key) is refused with a short excerpt only', () => {
  const dir = tmpdir();
  const key = path.join(dir, 'id_ed25519');
  const body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ';
  fs.writeFileSync(key, `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
  const r = runCli(['check', '--context', key, good]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /holds no runtime-context object/);
  assert.ok(!r.stderr.includes(body.slice(0, 12)), r.stderr);
  assert.ok(r.stderr.length < 300, r.stderr);
});

test('a 2,000-deep nested mapping: one VIRTWIRE-LIMIT warning, the other files reported, no stack trace', () => {
  const dir = tmpdir();
  const deep = path.join(dir, 'deep.yaml');
  fs.writeFileSync(deep, deepManifest(2000));
  const r = runCli(['check', '--format', 'json', deep, bad]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout);
  assert.equal(out.files.length, 2);
  assert.deepEqual(
    out.files[0].diagnostics.map((d: { code: string }) => d.code),
    ['VIRTWIRE-LIMIT'],
  );
  assert.ok(out.files[1].diagnostics.some((d: { code: string }) => d.code === 'YAML-DUPKEY'));
  // explain too
  const e = runCli(['explain', deep, good]);
  assert.equal(e.code, 0, e.stderr);
});

test("`virtwire check … | head`: the rest of the output is dropped quietly, the exit code stays the check's", async () => {
  const dir = tmpdir();
  const file = path.join(dir, 'many.yaml');
  // far more output than a pipe holds (64 KiB), so the CLI is still writing when the reader closes
  fs.writeFileSync(file, Array.from({ length: 400 }, () => fs.readFileSync(bad, 'utf8')).join('\n---\n'));
  const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(stderr, '');
  assert.equal(code, 1, 'the check found errors');
  fs.rmSync(dir, { recursive: true, force: true });
});
