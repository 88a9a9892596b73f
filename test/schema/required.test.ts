// SCHEMA-03: required properties missing (KubeVirt's go-openapi check: dotted path, "in body is required").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check, checkYaml } from './helpers';
import { MASQ_IF, vmiYaml } from '../helpers/manifests';

test('SCHEMA-03 multus without networkName (sample case 137)', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [{ name: 'default', bridge: {} }];
  spec.networks = [{ name: 'default', multus: { default: true } }];
  const got = check(spec);
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-03',
      message: 'spec.networks.0.multus.networkName in body is required',
      field: 'spec.networks[0].multus.networkName',
      at: ['spec', 'networks', 0, 'multus'],
      part: 'key',
    },
  ]);
  assert.equal(got[0]!.severity, 'error');
});

test('SCHEMA-03 valid neighbour: multus with networkName', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [{ name: 'default', bridge: {} }];
  spec.networks = [{ name: 'default', multus: { default: true, networkName: 'ns/net' } }];
  assert.deepEqual(check(spec), []);
});

test('SCHEMA-03 on a VirtualMachine uses the template path', () => {
  const spec = baseSpec();
  spec.networks = [{ name: 'default', multus: {} }];
  const got = check(spec, 'VirtualMachine');
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-03',
      message: 'spec.template.spec.networks.0.multus.networkName in body is required',
      field: 'spec.template.spec.networks[0].multus.networkName',
      at: ['spec', 'template', 'spec', 'networks', 0, 'multus'],
      part: 'key',
    },
  ]);
});

test('SCHEMA-03 interface and network without name; the item itself is the location', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [{ masquerade: {} }];
  spec.networks = [{ pod: {} }];
  assert.deepEqual(check(spec).map(brief), [
    {
      code: 'SCHEMA-03',
      message: 'spec.domain.devices.interfaces.0.name in body is required',
      field: 'spec.domain.devices.interfaces[0].name',
      at: ['spec', 'domain', 'devices', 'interfaces', 0],
      part: undefined,
    },
    {
      code: 'SCHEMA-03',
      message: 'spec.networks.0.name in body is required',
      field: 'spec.networks[0].name',
      at: ['spec', 'networks', 0],
      part: undefined,
    },
  ]);
});

test('SCHEMA-03 a key with no value is pruned by the API server, so it counts as missing', () => {
  const got = checkYaml(
    vmiYaml({
      name: 'x',
      interfaces: [MASQ_IF],
      networks: `- name: default
  multus:
    networkName:`,
    }),
  );
  assert.deepEqual(
    got.map((f) => f.message),
    ['spec.networks.0.multus.networkName in body is required'],
  );
});

test('SCHEMA-03 ports, portRanges, DHCP private options, binding and resource claims', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [
    {
      name: 'default',
      binding: {},
      ports: [{ name: 'http' }],
      portRanges: [{ start: 1000 }],
      dhcpOptions: { privateOptions: [{ option: 240 }] },
    },
  ];
  spec.resourceClaims = [{ resourceClaimName: 'c' }];
  const fields = check(spec).map((f) => f.field);
  assert.deepEqual(fields, [
    'spec.domain.devices.interfaces[0].binding.name',
    'spec.domain.devices.interfaces[0].ports[0].port',
    'spec.domain.devices.interfaces[0].portRanges[0].protocol',
    'spec.domain.devices.interfaces[0].portRanges[0].end',
    'spec.domain.devices.interfaces[0].dhcpOptions.privateOptions[0].value',
    'spec.resourceClaims[0].name',
  ]);
  assert.ok(check(spec).every((f) => f.code === 'SCHEMA-03' && f.severity === 'error'));
});

test('SCHEMA-03 domain.devices is required (KubeVirt requires devices even when empty)', () => {
  const got = check({ domain: { resources: {} } }, 'VirtualMachine');
  assert.deepEqual(
    got.map((f) => f.message),
    ['spec.template.spec.domain.devices in body is required'],
  );
  assert.deepEqual(check({ domain: { devices: {} } }, 'VirtualMachine'), []);
});
