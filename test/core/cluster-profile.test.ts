// Cluster profiles (virtwire.clusterProfile, --cluster-profile): the OpenShift profile is what the
// HyperConverged operator writes into the KubeVirt CR (defaultNetworkInterface masquerade, the l2bridge
// binding plugin, Beta gates it does not enable disabled).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, masqVmiYaml } from '../helpers/manifests';
import { defaultContext } from '../../server/src/core/context/context';
import { contextFromKubeVirtCR } from '../../server/src/core/context/load';
import { withClusterProfile } from '../../server/src/core/context/profile';
import { contextFrom } from '../../server/src/lsp/settings-context';
import { runCli } from '../helpers/run-cli';

const openshift = withClusterProfile(defaultContext(), 'openshift');
const NO_NETWORKS = 'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: x\nspec:\n  domain:\n    devices: {}\n';
const L2BRIDGE = masqVmiYaml('x').replace('masquerade: {}', 'binding:\n          name: l2bridge');
const PASST = masqVmiYaml('x').replace('masquerade: {}', 'passtBinding: {}');

test('DEFAULTED previews masquerade on OpenShift and bridge on upstream KubeVirt', () => {
  const up = analyze(NO_NETWORKS).findings.find((f) => f.code === 'DEFAULTED')!;
  const os_ = analyze(NO_NETWORKS, openshift).findings.find((f) => f.code === 'DEFAULTED')!;
  assert.match(up.message, /bridge/);
  assert.match(os_.message, /masquerade/);
  assert.doesNotMatch(os_.message, /bridge/);
});

test('N-01 knows the l2bridge plugin HCO registers; PasstBinding is off on OpenShift unless the CR enables it', () => {
  assert.deepEqual(
    analyze(L2BRIDGE).findings.map((f) => f.code),
    ['N-01'],
  );
  assert.deepEqual(
    analyze(L2BRIDGE, openshift).findings.map((f) => f.code),
    [],
  );
  assert.deepEqual(
    analyze(PASST).findings.map((f) => f.code),
    [],
  );
  assert.deepEqual(
    analyze(PASST, openshift).findings.map((f) => f.code),
    ['BIND-05'],
  );
  const enabled = contextFromKubeVirtCR(
    { spec: { configuration: { developerConfiguration: { featureGates: ['PasstBinding'] } } } },
    openshift,
  );
  // a CR that lists the gate turns it back on (as HCO's deployPasstNetworkBinding annotation does)
  assert.deepEqual(
    analyze(PASST, { ...enabled, disabledFeatureGates: enabled.disabledFeatureGates.filter((g) => g !== 'PasstBinding') }).findings.map(
      (f) => f.code,
    ),
    [],
  );
});

test('a KubeVirt CR applies on top of the profile', () => {
  const ctx = contextFromKubeVirtCR({ spec: { configuration: { network: { defaultNetworkInterface: 'bridge' } } } }, openshift);
  assert.equal(ctx.defaultNetworkInterface, 'bridge');
  assert.deepEqual(Object.keys(ctx.networkBindings), ['l2bridge']);
});

test('--cluster-profile and the virtwire.clusterProfile setting', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-profile-'));
  try {
    const f = path.join(dir, 'vm.yaml');
    fs.writeFileSync(f, L2BRIDGE);
    const codes = (args: string[]): string[] =>
      JSON.parse(runCli(['check', '--format', 'json', ...args, f]).stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(codes([]), ['N-01']);
    assert.deepEqual(codes(['--cluster-profile', 'openshift']), []);
    assert.deepEqual(codes(['--cluster-profile=kubevirt']), ['N-01']);
    const bad = runCli(['check', '--cluster-profile', 'okd', f]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown cluster profile "okd"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const facts = { kubevirtCRs: [], nads: [] };
  assert.equal((await contextFrom({ clusterProfile: 'openshift' }, facts, [])).ctx.defaultNetworkInterface, 'masquerade');
  assert.equal((await contextFrom({}, facts, [])).ctx.defaultNetworkInterface, 'bridge');
  const unknown = await contextFrom({ clusterProfile: 'okd' }, facts, []);
  assert.equal(unknown.ctx.defaultNetworkInterface, 'bridge');
  assert.match(unknown.warnings.join('\n'), /unknown virtwire.clusterProfile "okd"/);
});
