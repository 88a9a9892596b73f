// The "must show": exit codes and findings of `virtwire doctor` on dumps written from KubeVirt's formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { cliOn, DOCTOR_FIXTURES, healthy, healthyIpAddr, networkStatus, podOf, setNetworkStatus, statusOf, vmiOf } from './helpers';

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  interface: string | null;
  expected: string | null;
  actual: string | null;
  check: string;
}

function json(stdout: string): { findings: JsonFinding[] } {
  return JSON.parse(stdout);
}

test('a healthy masquerade + Multus bridge VM: exit 0, nothing above information', () => {
  const r = cliOn(healthy(), { ipAddr: healthyIpAddr() }, ['--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = json(r.stdout);
  assert.deepEqual(
    out.findings.filter((f) => f.severity !== 'information'),
    [],
  );
  for (const f of out.findings) {
    assert.deepEqual(Object.keys(f).sort(), ['actual', 'check', 'code', 'expected', 'interface', 'message', 'severity']);
  }
});

test('the healthy VM with every optional dump (ip -j addr, nft -j, virsh dumpxml): exit 0, every check ran, nothing above information', () => {
  const files = ['healthy.yaml', 'healthy.ip-addr.json', 'healthy.nft.json', 'healthy.domain.xml'].map((f) =>
    path.join(DOCTOR_FIXTURES, f),
  );
  const r = runCli(['doctor', '--format', 'json', ...files]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.checked, ['pod', 'status', 'guest', 'links', 'nft', 'domain']);
  assert.deepEqual(out.notChecked, []);
  assert.deepEqual(
    out.findings.filter((f: JsonFinding) => f.severity !== 'information'),
    [],
  );
});

test('the fixture files as a user passes them: text output, exit 0, next commands for nft and the domain XML', () => {
  const r = runCli(['doctor', path.join(DOCTOR_FIXTURES, 'healthy.yaml'), path.join(DOCTOR_FIXTURES, 'healthy.ip-addr.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /0 error\(s\), 0 warning\(s\)/);
  assert.match(r.stdout, /run next:\n/);
  assert.match(
    r.stdout,
    /kubectl exec -n default virt-launcher-testvmi-x7k2p -c compute -- virsh -c 'qemu\+unix:\/\/\/session\?socket=\/var\/run\/libvirt\/virtqemud-sock' dumpxml default_testvmi > domain.xml/,
  );
  assert.match(r.stdout, /nsenter -t .* -n -- nft -j list ruleset' > nft\.json/);
});

test('a VM without a guest agent is healthy (exit 0): the missing agent is stated as information', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.status.conditions = vmi.status.conditions.filter((c: { type: string }) => c.type !== 'AgentConnected');
  for (const s of vmi.status.interfaces) {
    s.infoSource = s.infoSource.replace(', guest-agent', '');
    delete s.interfaceName;
  }
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 0, r.stdout);
  const f = json(r.stdout).findings.find((x) => x.code === 'DR-STATUS-07');
  assert.equal(f?.severity, 'information');
});

test('a pod interface attached under another name: exit 1, the finding names the interface and both names', () => {
  const list = healthy();
  const entries = networkStatus(list);
  entries[1]!.interface = 'eth1';
  setNetworkStatus(list, entries);
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 1);
  const f = json(r.stdout).findings.find((x) => x.code === 'DR-POD-02');
  assert.ok(f, r.stdout);
  assert.equal(f.severity, 'error');
  assert.equal(f.interface, 'blue');
  assert.equal(f.expected, 'pod16477688c0e');
  assert.equal(f.actual, 'eth1');
  assert.equal(f.check, 'pod');
});

test('a secondary network never attached: exit 1, the finding names the interface, the expected pod interface and what was found', () => {
  const list = healthy();
  setNetworkStatus(list, networkStatus(list).slice(0, 1));
  const s = statusOf(list, 'blue');
  s.infoSource = 'domain, guest-agent';
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 1);
  const findings = json(r.stdout).findings;
  const f = findings.find((x) => x.code === 'DR-POD-01');
  assert.ok(f, r.stdout);
  assert.equal(f.interface, 'blue');
  assert.match(f.expected!, /pod16477688c0e/);
  assert.equal(f.actual, 'not in network-status');
  assert.ok(findings.some((x) => x.code === 'DR-STATUS-06' && x.interface === 'blue'));
});

test("a bridge guest with an address other than its pod interface's: exit 1, both addresses", () => {
  const list = healthy();
  const s = statusOf(list, 'blue');
  s.ipAddress = '192.168.100.77';
  s.ipAddresses = ['192.168.100.77'];
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 1);
  const f = json(r.stdout).findings.find((x) => x.code === 'DR-GUEST-03');
  assert.ok(f, r.stdout);
  assert.equal(f.severity, 'error');
  assert.equal(f.interface, 'blue');
  assert.equal(f.expected, '192.168.100.5');
  assert.equal(f.actual, '192.168.100.77');
});

test("a MAC other than the spec's: exit 1, both MACs", () => {
  const list = healthy();
  statusOf(list, 'blue').mac = '02:00:00:aa:bb:99';
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 1);
  const f = json(r.stdout).findings.find((x) => x.code === 'DR-STATUS-03');
  assert.ok(f, r.stdout);
  assert.equal(f.interface, 'blue');
  assert.equal(f.expected, '02:00:00:aa:bb:01');
  assert.equal(f.actual, '02:00:00:aa:bb:99');
});

test('a legacy pod with ordinal names (net1) is healthy: KubeVirt switches to the ordinal scheme', () => {
  const list = healthy();
  const entries = networkStatus(list);
  entries[1]!.interface = 'net1';
  setNetworkStatus(list, entries);
  statusOf(list, 'blue').podInterfaceName = 'net1';
  const r = cliOn(list, {}, ['--format', 'json']);
  assert.equal(r.code, 0, r.stdout);
});

test('usage and I/O errors exit 2', () => {
  assert.equal(runCli(['doctor']).code, 2);
  assert.equal(runCli(['doctor', '--format', 'xml', 'x.yaml']).code, 2);
  assert.equal(runCli(['doctor', '/nonexistent/dump.yaml']).code, 2);
  const noVmi = runCli(['doctor', '-'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n');
  assert.equal(noVmi.code, 2);
  assert.match(noVmi.stderr, /no VirtualMachineInstance/);
  const manifest = runCli(['doctor', '-'], 'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata: {name: x}\nspec: {}\n');
  assert.equal(manifest.code, 2);
  assert.match(manifest.stderr, /has no status/);
});

test('several VMIs need --vmi; --vmi picks one', () => {
  const list = healthy();
  const other = structuredClone(vmiOf(list));
  other.metadata.name = 'other';
  other.metadata.uid = 'ffffffff-0000-0000-0000-000000000000';
  list.items.push(other);
  const r = cliOn(list);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--vmi NAME/);
  const picked = cliOn(list, {}, ['--vmi', 'testvmi', '--format', 'json']);
  assert.equal(picked.code, 0, picked.stdout + picked.stderr);
});

test('standard input: the dump can be piped', () => {
  const list = healthy();
  void podOf(list);
  const { stringify } = require('yaml') as typeof import('yaml');
  const r = runCli(['doctor', '--format', 'json', '-'], stringify(list));
  assert.equal(r.code, 0, r.stderr);
});

test('--kubevirt-version: the release is reported; an unknown one is a usage error', () => {
  const r = cliOn(healthy(), {}, ['--kubevirt-version', 'v1.6', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).kubevirtVersion, 'v1.6');
  assert.equal(cliOn(healthy(), {}, ['--kubevirt-version', 'v0.1']).code, 2);
});
