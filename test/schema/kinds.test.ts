// Replica sets and pools: the CRD schema is checked first (API server texts, bracket paths);
// a replica set's webhook then checks enums, a pool's webhook checks nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check } from './helpers';

test('replica set: required and type errors in the API server form', () => {
  const spec = baseSpec();
  spec.networks = [{ name: 'default', multus: {} }];
  spec.domain.devices.interfaces[0].ports = [{ port: '80' }];
  assert.deepEqual(check(spec, 'VirtualMachineInstanceReplicaSet').map(brief), [
    {
      code: 'SCHEMA-06',
      message:
        'spec.template.spec.domain.devices.interfaces[0].ports[0].port: Invalid value: "string": spec.template.spec.domain.devices.interfaces[0].ports[0].port in body must be of type integer: "string"',
      field: 'spec.template.spec.domain.devices.interfaces[0].ports[0].port',
      at: ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'ports', 0, 'port'],
      part: 'value',
    },
    {
      code: 'SCHEMA-03',
      message: 'spec.template.spec.networks[0].multus.networkName: Required value',
      field: 'spec.template.spec.networks[0].multus.networkName',
      at: ['spec', 'template', 'spec', 'networks', 0, 'multus'],
      part: 'key',
    },
  ]);
});

test('replica set: enum checked by the validating webhook (go-openapi text)', () => {
  const spec = baseSpec();
  spec.dnsPolicy = 'Bad';
  assert.deepEqual(
    check(spec, 'VirtualMachineInstanceReplicaSet').map((f) => f.message),
    ['spec.template.spec.dnsPolicy in body should be one of [ClusterFirst ClusterFirstWithHostNet Default None]'],
  );
});

test('pool: CRD errors with the full pool path; no enum check', () => {
  const spec = baseSpec();
  spec.networks = [{ name: 'default', multus: {} }];
  assert.deepEqual(
    check(spec, 'VirtualMachinePool').map((f) => [f.code, f.message, f.field]),
    [
      [
        'SCHEMA-03',
        'spec.virtualMachineTemplate.spec.template.spec.networks[0].multus.networkName: Required value',
        'spec.virtualMachineTemplate.spec.template.spec.networks[0].multus.networkName',
      ],
    ],
  );
  const enumOnly = baseSpec();
  enumOnly.dnsPolicy = 'Bad';
  assert.deepEqual(check(enumOnly, 'VirtualMachinePool'), []);
});

test('valid neighbours for every kind', () => {
  for (const kind of ['VirtualMachineInstance', 'VirtualMachine', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'] as const) {
    assert.deepEqual(check(baseSpec(), kind), [], kind);
  }
});
