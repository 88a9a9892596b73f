// SCHEMA-01 / SCHEMA-02: more than 256 interfaces / networks (CRD structural schema, API server text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check } from './helpers';

function many(n: number) {
  const spec = baseSpec();
  spec.domain.devices.interfaces = Array.from({ length: n }, (_, i) => ({ name: `n${i}`, bridge: {} }));
  spec.networks = Array.from({ length: n }, (_, i) => ({ name: `n${i}`, multus: { networkName: `net${i}` } }));
  return spec;
}

test('SCHEMA-01 and SCHEMA-02: 300 interfaces and 300 networks', () => {
  const got = check(many(300));
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-01',
      message: 'spec.domain.devices.interfaces: Too many: 300: must have at most 256 items',
      field: 'spec.domain.devices.interfaces',
      at: ['spec', 'domain', 'devices', 'interfaces'],
      part: 'key',
    },
    {
      code: 'SCHEMA-02',
      message: 'spec.networks: Too many: 300: must have at most 256 items',
      field: 'spec.networks',
      at: ['spec', 'networks'],
      part: 'key',
    },
  ]);
  assert.ok(got.every((f) => f.severity === 'error'));
});

test('SCHEMA-01/02 valid neighbour: exactly 256', () => {
  assert.deepEqual(check(many(256)), []);
});

test('SCHEMA-01 on a VirtualMachine', () => {
  const spec = many(257);
  spec.networks = spec.networks.slice(0, 1);
  assert.deepEqual(
    check(spec, 'VirtualMachine').map((f) => f.message),
    ['spec.template.spec.domain.devices.interfaces: Too many: 257: must have at most 256 items'],
  );
});

test('SCHEMA-01/02 come from a later stage than the webhook check: a webhook error hides them', () => {
  const spec = many(300);
  spec.dnsPolicy = 'Nope';
  assert.deepEqual(
    check(spec).map((f) => f.code),
    ['SCHEMA-05'],
  );
});
