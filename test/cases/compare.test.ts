// The comparators reject what the cases README rejects (each test would pass against a looser comparator).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../helpers/paths';
import { compareCase, placeholderMatch } from './compare-wiring';
import { compareValidation, messagesMatch } from './compare-validation';
import type { InterfaceWiringJson } from '../../server/src/core/render/wiring-json';

const CASES = path.join(FIXTURES, 'cases', 'wiring');
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(CASES, `${name}.expected.json`), 'utf8'));
/** The expected output as a tool would print it: the same interfaces, annotations, errors. */
const asOutput = (expected: Record<string, unknown>) => {
  const { case: _c, kubevirt: _k, context: _x, notes: _n, ...rest } = structuredClone(expected);
  return rest as Record<string, unknown> & { interfaces: InterfaceWiringJson[]; errors: unknown[] };
};

test('wiring: the expected output matches itself', () => {
  for (const name of ['001-masquerade-default', '024-bridge-pod-network', '030-sriov', '035-passt-binding-plugin']) {
    assert.deepEqual(compareCase(load(name), asOutput(load(name))), [], name);
  }
});

test('wiring: changed fields are reported, one difference each', () => {
  const expected = load('001-masquerade-default');
  const actual = asOutput(expected);
  actual.interfaces[0]!.tap = 'tap1';
  actual.interfaces[0]!.nftables.pop();
  actual.interfaces[0]!.status!.mac = 'fromPod:anything'; // runtime: not compared in the status
  actual.interfaces[0]!.dhcp!.v4!.options.ntpServers = ['1.1.1.1'];
  assert.equal(compareCase(expected, actual).length, 3, compareCase(expected, actual).join('\n'));
});

test('wiring: an unexpected error is reported, and so is a missing one', () => {
  const expected = load('001-masquerade-default');
  const extra = asOutput(expected);
  extra.errors = [{ phase: 'virt-handler', field: null, message: 'boom' }];
  assert.equal(compareCase(expected, extra).length, 1);
  const rejected = { ...expected, interfaces: [], errors: [{ phase: 'admission', field: 'spec.x', message: 'm' }] };
  assert.equal(compareCase(rejected, { interfaces: [], podAnnotations: expected.podAnnotations, errors: [] }).length, 1);
  assert.equal(
    compareCase(rejected, {
      interfaces: [],
      podAnnotations: expected.podAnnotations,
      errors: [{ phase: 'admission', field: 'spec.y', message: 'm' }],
    }).length,
    1,
  );
});

test('wiring: a cause marked `since` may be left out, in order; nothing else may', () => {
  const e = {
    interfaces: [],
    podAnnotations: {},
    errors: [
      { phase: 'admission', field: 'a', message: 'x' },
      { phase: 'admission', field: 'b', message: 'y', since: 'main after v1.9.0' },
    ],
  };
  const out = (errors: unknown[]) => compareCase(e, { interfaces: [], podAnnotations: {}, errors });
  assert.deepEqual(out([{ phase: 'admission', field: 'a', message: 'x' }]), []);
  assert.deepEqual(
    out([
      { phase: 'admission', field: 'a', message: 'x' },
      { phase: 'admission', field: 'b', message: 'y' },
    ]),
    [],
  );
  assert.equal(
    out([
      { phase: 'admission', field: 'b', message: 'y' },
      { phase: 'admission', field: 'a', message: 'x' },
    ]).length,
    1,
  );
  assert.equal(out([]).length, 1);
});

test('wiring: a concrete value where a runtime one is expected only when the harness gave that pod state', () => {
  const expected = load('001-masquerade-default');
  const actual = asOutput(expected);
  actual.interfaces[0]!.inPod.links[0]!.mtu = 1400;
  assert.equal(compareCase(expected, actual).length, 1, 'no pod state given');
  assert.deepEqual(compareCase({ ...expected, context: { ...expected.context, pod: { mtu: 1400 } } }, actual), []);
  assert.equal(compareCase({ ...expected, context: { ...expected.context, pod: { mtu: 1500 } } }, actual).length, 1);
  const flagged = asOutput(expected);
  flagged.interfaces[0]!.dhcp!.v4!.options.dnsServers = 'runtime:something else';
  assert.equal(compareCase(expected, flagged).length, 1, 'runtime: is not fromPod');
});

test('wiring: extra or missing keys in links and DHCP are reported', () => {
  const expected = load('024-bridge-pod-network');
  const actual = asOutput(expected);
  (actual.interfaces[0]!.inPod.links[2] as unknown as Record<string, unknown>).extra = 1;
  delete actual.interfaces[0]!.dhcp!.v4!.enabledWhen;
  assert.equal(compareCase(expected, actual).length, 2, compareCase(expected, actual).join('\n'));
});

test('wiring: an unexpected memory backing is reported', () => {
  const expected = load('001-masquerade-default');
  assert.equal(compareCase(expected, { ...asOutput(expected), domainMemoryBackingXml: '<memoryBacking></memoryBacking>' }).length, 1);
});

test('wiring: placeholders are wildcards for one token, nothing else is', () => {
  assert.ok(placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="02:aa:bb:cc:dd:ee"></mac>'));
  assert.ok(placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="{{fromPod:mac}}"></mac>'));
  assert.ok(!placeholderMatch('<mac address="{{fromPod:mac}}"></mac>', '<mac address="a b"></mac>'));
  assert.ok(!placeholderMatch('<rom enabled="no"></rom>', '<rom enabled="yes"></rom>'));
});

test('validation: paths as a multiset, the first message loosely, valid means no error', () => {
  const expect = { valid: false, paths: ['spec.a', 'spec.a', 'spec.b'], message: 'Foo bar baz.' };
  const e = (field: string | null, message: string) => ({ field, message });
  assert.deepEqual(compareValidation(expect, [e('spec.a', 'foo bar baz'), e('spec.a', 'other'), e('spec.b', 'x'), e('spec.b', 'x')]), []);
  assert.equal(compareValidation(expect, [e('spec.a', 'foo bar baz'), e('spec.b', 'x')]).length, 1, 'one spec.a missing');
  assert.equal(compareValidation(expect, [e('spec.a', 'zzz'), e('spec.a', 'other'), e('spec.b', 'x')]).length, 1, 'message');
  assert.equal(compareValidation(expect, [e('spec.a', 'foo bar baz'), e('spec.a', 'o'), e('spec.b', 'x'), e(null, 'extra')]).length, 1);
  assert.deepEqual(compareValidation({ valid: false, paths: ['-'], message: 'm' }, [e(null, 'm')]), []);
  assert.deepEqual(compareValidation({ valid: true, paths: [] }, []), []);
  assert.equal(compareValidation({ valid: true, paths: [] }, [e('spec', 'x')]).length, 1);
});

test('validation: message normalisation and Jaccard similarity', () => {
  assert.ok(messagesMatch('"Foo  Bar."', 'foo bar'));
  assert.ok(messagesMatch('a b c d e', 'a b c d x')); // 4/6 ≥ 0.6
  assert.ok(!messagesMatch('a b c d e', 'a b c x y'));
});
