// `virtwire doctor --live VMI` against a fake kubectl on PATH that prints recorded output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI } from '../helpers/paths';
import { DOCTOR_FIXTURES, fixtureText, healthy, podOf, statusOf, vmiOf, type Obj } from './helpers';

const FAKE_BIN = path.join(DOCTOR_FIXTURES, 'fake-kubectl');

function record(list: Obj, files: Record<string, string | undefined> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-kubectl-'));
  const write = (name: string, text: string | undefined) => text !== undefined && fs.writeFileSync(path.join(dir, name), text);
  write('vmi.json', JSON.stringify(vmiOf(list)));
  write('pods.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [podOf(list)] }));
  write('handler.txt', 'pod/virt-handler-x2b9k\n');
  const defaults: Record<string, string | undefined> = {
    'ip-addr.json': fixtureText('healthy.ip-addr.json'),
    'domain.xml': fixtureText('healthy.domain.xml'),
    'nft.json': fixtureText('healthy.nft.json'),
  };
  for (const [k, v] of Object.entries({ ...defaults, ...files })) write(k, v);
  return dir;
}

function live(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'doctor', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PATH: `${FAKE_BIN}${path.delimiter}${process.env.PATH}`, VIRTWIRE_FAKE_KUBECTL: dir },
  });
  const calls = fs
    .readFileSync(path.join(dir, 'calls.log'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as string[]);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, calls };
}

test("--live fetches the VMI, its pod and the in-pod outputs with the user's context; the healthy VM passes every check", () => {
  const dir = record(healthy());
  const r = live(dir, ['--live', 'testvmi', '--context', 'prod', '-n', 'default', '--format', 'json']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  // every check ran, on every dump fetched
  assert.deepEqual(out.checked, ['pod', 'status', 'guest', 'links', 'nft', 'domain']);
  assert.deepEqual(out.notChecked, []);
  assert.deepEqual(out.next, []);
  // every call carries the context; the first names the namespace; exec lines target compute / virt-handler
  for (const c of r.calls) assert.equal(c[0], '--context=prod');
  assert.deepEqual(r.calls[0], ['--context=prod', 'get', 'vmi', 'testvmi', '-n', 'default', '-o', 'json']);
  const ip = r.calls.find((c) => c.includes('ip'))!;
  assert.deepEqual(ip.slice(1), ['exec', '-n', 'default', 'virt-launcher-testvmi-x7k2p', '-c', 'compute', '--', 'ip', '-d', '-j', 'addr']);
  const nft = r.calls.find((c) => c.some((a) => a.includes('nft -j')))!;
  assert.deepEqual(nft.slice(1, 7), ['exec', '-n', 'kubevirt', 'virt-handler-x2b9k', '-c', 'virt-handler']);
  assert.ok(r.calls.some((c) => c.includes('--field-selector') && c.includes('spec.nodeName=node01')));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--live finds what is wrong the same way as a dump', () => {
  const list = healthy();
  statusOf(list, 'blue').mac = '02:00:00:aa:bb:99';
  const dir = record(list);
  const r = live(dir, ['--live', 'testvmi', '--format', 'json']);
  assert.equal(r.code, 1);
  assert.ok(JSON.parse(r.stdout).findings.some((f: { code: string }) => f.code === 'DR-STATUS-03'));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--live: an in-pod command that fails is a note and its check is listed as not done', () => {
  const dir = record(healthy(), { 'domain.xml': undefined });
  const r = live(dir, ['--live', 'testvmi']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /--live: domxml: kubectl exited 1/);
  assert.match(r.stdout, /domain: no `virsh dumpxml` output/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("--live: a VMI kubectl cannot read is exit 2 with kubectl's message", () => {
  const dir = record(healthy());
  fs.rmSync(path.join(dir, 'vmi.json'));
  const r = live(dir, ['--live', 'nosuchvm']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /kubectl get vmi nosuchvm failed/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--context without --live is a usage error', () => {
  const r = spawnSync(process.execPath, [CLI, 'doctor', '--context', 'x', 'dump.yaml'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
});
