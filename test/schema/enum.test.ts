// SCHEMA-05: value outside the enum (dnsPolicy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check } from './helpers';

test('SCHEMA-05 dnsPolicy not in the enum', () => {
  const spec = baseSpec();
  spec.dnsPolicy = 'ClusterFirstt';
  const got = check(spec);
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-05',
      message: 'spec.dnsPolicy in body should be one of [ClusterFirst ClusterFirstWithHostNet Default None]',
      field: 'spec.dnsPolicy',
      at: ['spec', 'dnsPolicy'],
      part: 'value',
    },
  ]);
  assert.equal(got[0]!.severity, 'error');
});

test('SCHEMA-05 valid neighbours: every allowed dnsPolicy', () => {
  for (const p of ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']) {
    const spec = baseSpec();
    spec.dnsPolicy = p;
    if (p === 'None') spec.dnsConfig = { nameservers: ['1.1.1.1'] };
    assert.deepEqual(check(spec), [], p);
  }
});

test('SCHEMA-05 on a VirtualMachine (case-sensitive)', () => {
  const spec = baseSpec();
  spec.dnsPolicy = 'none';
  assert.deepEqual(
    check(spec, 'VirtualMachine').map((f) => [f.code, f.message, f.field]),
    [
      [
        'SCHEMA-05',
        'spec.template.spec.dnsPolicy in body should be one of [ClusterFirst ClusterFirstWithHostNet Default None]',
        'spec.template.spec.dnsPolicy',
      ],
    ],
  );
});
