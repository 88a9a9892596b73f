// The pitfalls on manifests other people wrote (test/fixtures/realworld, KubeVirt's examples, the public cases):
// never an error there, and as many as were looked at one by one (each count below was read finding by finding; a
// change in a count means a pitfall started or stopped firing on real manifests: look at them before updating it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../helpers/manifests';
import { decodeManifest } from '../../server/src/core/parse/encoding';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { contextFromJSON, withKubevirtVersion } from '../../server/src/core/context/load';
import { withClusterProfile } from '../../server/src/core/context/profile';
import { PITFALL_CODES } from '../../server/src/core/codes';
import { FIXTURES } from '../helpers/paths';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(n)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function pitfalls(dir: string, ctx: Context): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of yamlFiles(dir)) {
    for (const x of analyze(decodeManifest(fs.readFileSync(f)).text, ctx).findings) {
      if (!PITFALL_CODES.includes(x.code)) continue;
      assert.notEqual(x.severity, 'error', `${path.relative(FIXTURES, f)}: ${x.code} is an error`);
      // what KubeVirt would find once an error before it is fixed (blockedBy) is not counted: the manifest as written
      // never gets there (e.g. passtBinding on v1.5, an unknown field: without it the interface has no binding)
      if (x.blockedBy) continue;
      const key = `${x.code} ${x.severity}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

const REALWORLD = path.join(FIXTURES, 'realworld');
const at = (v: string, json: Record<string, unknown> = {}): Context => contextFromJSON(json, withKubevirtVersion(defaultContext(), v)!);

test('real-world corpus, v1.9: MAC-UNPINNED on every bridge/SR-IOV Multus NIC (none pins a MAC: information), N-01 without a CR (information)', () => {
  assert.deepEqual(pitfalls(REALWORLD, at('v1.9')), {
    'MAC-UNPINNED information': 13,
    'N-01 information': 6,
    'BRIDGE-POD-MIGRATION information': 4,
  });
});

test('real-world corpus on older releases and other clusters: the same; IPv6 pods: MASQ-IPV6-ROUTE on every masquerade VM, BRIDGE-IPV6', () => {
  const base = { 'MAC-UNPINNED information': 13, 'N-01 information': 6, 'BRIDGE-POD-MIGRATION information': 4 };
  assert.deepEqual(pitfalls(REALWORLD, at('v1.5')), base);
  assert.deepEqual(pitfalls(REALWORLD, at('v1.7')), base);
  assert.deepEqual(pitfalls(REALWORLD, at('v1.9', { podIPFamilies: ['IPv4', 'IPv6'] })), {
    ...base,
    'MASQ-IPV6-ROUTE information': 200,
    'BRIDGE-IPV6 information': 4,
  });
  // IPv6-only: no masquerade VM of the corpus configures IPv6 in networkData, no bridge VM can get an address
  assert.deepEqual(pitfalls(REALWORLD, at('v1.9', { podIPFamilies: ['IPv6'] })), {
    ...base,
    'MASQ-IPV6-ROUTE warning': 200,
    'BRIDGE-IPV6 warning': 4,
  });
  // OpenShift: KubeMacPool gives VMs their MACs, l2bridge is registered, so N-01 knows the registered plugins
  assert.deepEqual(pitfalls(REALWORLD, withClusterProfile(at('v1.9'), 'openshift')), {
    'N-01 warning': 5,
    'BRIDGE-POD-MIGRATION information': 4,
  });
});

test("KubeVirt's examples: only MAC-UNPINNED (their Multus bridge and SR-IOV NICs pin no MAC), never an error", () => {
  assert.deepEqual(pitfalls(path.join(FIXTURES, 'examples'), at('v1.9')), { 'MAC-UNPINNED information': 2 });
  assert.deepEqual(pitfalls(path.join(FIXTURES, 'examples'), at('v1.5')), { 'MAC-UNPINNED information': 2 });
});

test('the public cases: pitfalls never an error, on every release', () => {
  for (const v of ['v1.5', 'v1.6', 'v1.7', 'v1.8', 'v1.9']) pitfalls(path.join(FIXTURES, 'cases'), at(v));
});
