import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { MASQ_IF, vmYaml } from '../helpers/manifests';

const CASES = path.join(FIXTURES, 'cases', 'wiring');

test('explain --format json: file, document, kind, name and the wiring in the cases shape', () => {
  const yamlFile = path.join(CASES, '026-multiple-multus-hashed.yaml');
  const r = runCli(['explain', '--format', 'json', yamlFile]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.resources.length, 1);
  const res = out.resources[0];
  assert.deepEqual(Object.keys(res), ['file', 'document', 'kind', 'name', 'kubevirtVersion', 'interfaces', 'podAnnotations', 'errors']);
  assert.deepEqual([res.file, res.document, res.kind, res.name], [yamlFile, 0, 'VirtualMachineInstance', 'vmi-multi']);
  assert.equal(typeof res.interfaces[0].nftables[0], 'string');
  assert.equal(typeof res.interfaces[0].domainXml, 'string');
  assert.equal(typeof res.podAnnotations['k8s.v1.cni.cncf.io/networks'], 'string');
});

test('explain text: the table, the nft ruleset and the compact XML', () => {
  const r = runCli(['explain', path.join(CASES, '001-masquerade-default.yaml')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /INTERFACE\s+BINDING\s+POD IFACE\s+BRIDGE\s+TAP\s+GUEST IP \/ GW/);
  assert.match(r.stdout, /default\s+masquerade\s+eth0\s+k6t-eth0\s+tap0\s+10\.0\.2\.2\/24 gw 10\.0\.2\.1/);
  assert.match(r.stdout, /\tchain KUBEVIRT_PREINBOUND \{\n\t\tcounter dnat to 10\.0\.2\.2\n\t\}/);
  assert.ok(r.stdout.includes('<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target>'), r.stdout);
});

test('explain: a runtime failure names the field of the value that causes it, as check places it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-'));
  const file = path.join(dir, 'vm.yaml');
  fs.writeFileSync(
    file,
    vmYaml({ name: 'small', interfaces: [MASQ_IF], networks: [{ name: 'default', pod: { vmNetworkCIDR: '10.0.0.0/31' } }] }),
  );
  const r = runCli(['explain', '--format', 'json', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).resources[0].errors, [
    {
      phase: 'virt-handler',
      field: 'spec.template.spec.networks[0].pod.vmNetworkCIDR',
      message: 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.0.0/31',
    },
  ]);
  const check = runCli(['check', '--format', 'json', file]);
  const n07 = JSON.parse(check.stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'N-07');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.equal(lines[n07.range.start.line]!.slice(n07.range.start.character, n07.range.end.character), '10.0.0.0/31');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('explain exits 2 on a missing file', () => {
  assert.equal(runCli(['explain', '/nonexistent/file.yaml']).code, 2);
});
