// NAD-MISSING through the whole pipeline: namespace-aware, aware of NADs generated for OVN-Kubernetes
// (Cluster)UserDefinedNetworks, silent without evidence, and switched off by setting or flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../helpers/manifests';
import { defaultContext } from '../../server/src/core/context/context';
import { withNads } from '../../server/src/core/context/load';
import { contextFrom } from '../../server/src/lsp/settings-context';
import { runCli } from '../helpers/run-cli';

const vm = (ns: string | undefined, networkName: string): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm${ns ? `\n  namespace: ${ns}` : ''}
spec:
  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            masquerade: {}
          - name: sec
            bridge: {}
            macAddress: 02:00:00:00:00:01
      networks:
      - name: default
        pod: {}
      - name: sec
        multus:
          networkName: ${networkName}
`;
const nad = (name: string, ns?: string): string =>
  `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: ${name}${ns ? `\n  namespace: ${ns}` : ''}\nspec:\n  config: '{}'\n`;
const codes = (text: string, ctx = defaultContext()): string[] => analyze(text, ctx).findings.map((f) => f.code);

test('a NAD in the VM namespace, or named with namespace/name, is found; a wrong namespace is reported', () => {
  assert.deepEqual(codes([nad('br', 'red'), vm('red', 'br')].join('---\n')), []);
  assert.deepEqual(codes([nad('br', 'red'), vm('blue', 'red/br')].join('---\n')), []);
  const wrong = analyze([nad('br', 'red'), vm('blue', 'br')].join('---\n'));
  assert.deepEqual(
    wrong.findings.map((f) => f.code),
    ['NAD-MISSING'],
  );
  assert.match(
    wrong.findings[0]!.message,
    /blue\/br is not defined, but red\/br is: a networkName without a namespace refers to the VM's own namespace/,
  );
});

test('one NAD somewhere does not make every other Multus network warn', () => {
  const workspace = withNads(defaultContext(), [
    { namespace: 'net-team', name: 'storage' },
    { namespace: undefined, name: 'other' },
  ]);
  assert.deepEqual(codes(vm('app', 'frontend'), workspace), []);
  assert.deepEqual(codes(vm(undefined, 'frontend'), workspace), []);
  // the same file's NADs are evidence about the file's own (unwritten) namespace
  assert.deepEqual(codes([nad('frontent'), vm(undefined, 'frontend')].join('---\n')), ['NAD-MISSING']);
  assert.match(analyze([nad('frontent'), vm(undefined, 'frontend')].join('---\n')).findings[0]!.message, /did you mean "frontent"/);
});

test('NADs generated for UserDefinedNetworks and ClusterUserDefinedNetworks count', () => {
  const udn =
    'apiVersion: k8s.ovn.org/v1\nkind: UserDefinedNetwork\nmetadata:\n  name: tenant\n  namespace: red\nspec:\n  topology: Layer2\n';
  assert.deepEqual(codes([nad('x', 'red'), udn, vm('red', 'tenant')].join('---\n')), []);
  const cudn = (values: string): string =>
    `apiVersion: k8s.ovn.org/v1\nkind: ClusterUserDefinedNetwork\nmetadata:\n  name: localnet\nspec:\n  namespaceSelector:\n    matchExpressions:\n    - key: kubernetes.io/metadata.name\n      operator: In\n      values: ${values}\n  network:\n    topology: Localnet\n`;
  assert.deepEqual(codes([nad('x', 'red'), cudn('["red", "blue"]'), vm('red', 'localnet')].join('---\n')), []);
  // selected namespaces are known: a VM in another namespace does not get that NAD
  assert.deepEqual(codes([nad('x', 'green'), cudn('["red", "blue"]'), vm('green', 'localnet')].join('---\n')), ['NAD-MISSING']);
  // a selector by other labels: the NAD may be in any namespace
  const byLabel = cudn('["red"]').replace('kubernetes.io/metadata.name', 'tier');
  assert.deepEqual(codes([nad('x', 'green'), byLabel, vm('green', 'localnet')].join('---\n')), []);
});

test('the check can be turned off: setting and --no-nad-check', async () => {
  const text = [nad('br', 'red'), vm('blue', 'br')].join('---\n');
  const off = (await contextFrom({ checkNetworkAttachmentDefinitions: false }, { kubevirtCRs: [], nads: [] }, [])).ctx;
  assert.deepEqual(codes(text, off), []);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-nad-'));
  try {
    const f = path.join(dir, 'vm.yaml');
    fs.writeFileSync(f, text);
    const run = (args: string[]): string[] =>
      JSON.parse(runCli(['check', '--format', 'json', ...args, f]).stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(run([]), ['NAD-MISSING']);
    assert.deepEqual(run(['--no-nad-check']), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
