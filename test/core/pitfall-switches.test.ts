// Each pitfall can be switched off (virtwire.pitfalls, --no-pitfall) or on (--pitfall); patch releases count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../helpers/manifests';
import { defaultContext } from '../../server/src/core/context/context';
import { contextFromKubeVirtCR, withKubevirtVersion } from '../../server/src/core/context/load';
import { parseKubevirtPatch } from '../../server/src/core/context/version';
import { PITFALL_CODES, pitfallCode, pitfallOn } from '../../server/src/core/codes';
import { contextFrom } from '../../server/src/lsp/settings-context';
import { runCli } from '../helpers/run-cli';

const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm
spec:
  domain:
    devices:
      interfaces:
      - name: blue
        bridge: {}
      - name: default
        masquerade: {}
  networks:
  - name: blue
    multus:
      networkName: blue
  - name: default
    pod: {}
`;
const codes = (ctx = defaultContext()): string[] => analyze(VM, ctx).findings.map((f) => f.code);

test('every pitfall is on by default and can be switched off; NAD-MISSING also by its own setting', () => {
  assert.ok(PITFALL_CODES.length >= 16);
  for (const c of PITFALL_CODES) assert.equal(pitfallOn({}, c), true, c);
  assert.equal(pitfallOn({ pitfalls: { 'MAC-UNPINNED': false } }, 'MAC-UNPINNED'), false);
  assert.equal(pitfallOn({ nadCheck: false }, 'NAD-MISSING'), false);
  assert.equal(pitfallOn({ pitfalls: { DEFAULTED: false } }, 'DEFAULTED'), true, 'not a pitfall: always on');
  assert.equal(pitfallCode('mac-unpinned'), 'MAC-UNPINNED');
  assert.equal(pitfallCode('BIND-01'), undefined);
});

test('the setting virtwire.pitfalls switches one off; unknown codes get one warning', async () => {
  assert.deepEqual(codes(), ['MAC-UNPINNED']);
  const off = await contextFrom({ pitfalls: { 'MAC-UNPINNED': false } }, { kubevirtCRs: [], nads: [] }, []);
  assert.deepEqual(codes(off.ctx), []);
  assert.deepEqual(off.warnings, []);
  const bad = await contextFrom({ pitfalls: { 'NOPE-1': false, 'MAC-UNPINNED': 'no' } }, { kubevirtCRs: [], nads: [] }, []);
  assert.deepEqual(bad.warnings, [
    'Virtwire: virtwire.pitfalls: "NOPE-1", "MAC-UNPINNED" are not a pitfall code with true or false; ignored.',
  ]);
  const notMap = await contextFrom({ pitfalls: ['MAC-UNPINNED'] as unknown as Record<string, unknown> }, { kubevirtCRs: [], nads: [] }, []);
  assert.match(notMap.warnings[0]!, /virtwire\.pitfalls must be a mapping of pitfall codes to true or false, not a list/);
});

test('the CLI flags --no-pitfall and --pitfall; an unknown code is a usage error', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-pitfalls-'));
  try {
    const f = path.join(dir, 'vm.yaml');
    fs.writeFileSync(f, VM);
    const run = (args: string[]): string[] =>
      JSON.parse(runCli(['check', '--format', 'json', ...args, f]).stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.deepEqual(run([]), ['MAC-UNPINNED']);
    assert.deepEqual(run(['--no-pitfall', 'MAC-UNPINNED']), []);
    assert.deepEqual(run(['--no-pitfall=mac-unpinned,STATUS-FLAP', '--pitfall', 'MAC-UNPINNED']), ['MAC-UNPINNED']);
    assert.deepEqual(run(['--kubevirt-version', 'v1.7.1']), ['STATUS-FLAP', 'MAC-UNPINNED']);
    assert.deepEqual(run(['--kubevirt-version', 'v1.7.2']), ['MAC-UNPINNED']);
    const bad = runCli(['check', '--no-pitfall', 'BIND-01', f]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown pitfall "BIND-01" for --no-pitfall/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the patch release: from the setting (v1.7.3) and the cluster's observedKubeVirtVersion; pre-releases are no patch", () => {
  assert.equal(parseKubevirtPatch('v1.7.3'), 3);
  assert.equal(parseKubevirtPatch('1.6.5'), 5);
  assert.equal(parseKubevirtPatch('v1.8'), undefined);
  assert.equal(parseKubevirtPatch('v1.8.0-rc.1'), undefined);
  assert.equal(withKubevirtVersion(defaultContext(), 'v1.7.3')!.kubevirtPatch, 3);
  assert.equal(withKubevirtVersion(defaultContext(), 'v1.7')!.kubevirtPatch, undefined);
  const cluster = contextFromKubeVirtCR({ kind: 'KubeVirt', status: { observedKubeVirtVersion: 'v1.6.4' } });
  assert.deepEqual([cluster.kubevirtVersion, cluster.kubevirtPatch, cluster.kubevirtCR], ['v1.6', 4, true]);
  // a release newer than the modelled ones is main, without a patch
  assert.equal(contextFromKubeVirtCR({ kind: 'KubeVirt', status: { observedKubeVirtVersion: 'v1.10.2' } }).kubevirtPatch, undefined);
});
