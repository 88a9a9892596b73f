// SCHEMA-06: wrong JSON type, with go-openapi's texts (including its format quirks for integers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check, checkYaml } from './helpers';
import { POD_NET, vmiYaml } from '../helpers/manifests';

/** A VMI with these interfaces (YAML written as is, so quoting and YAML 1.1 scalars reach the checks). */
const vmi = (interfaces: string): string => vmiYaml({ name: 'x', interfaces, networks: [POD_NET] });

test('SCHEMA-06 quoted port', () => {
  const got = checkYaml(
    vmi(`- name: default
  masquerade: {}
  ports:
  - port: "80"`),
  );
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-06',
      message: 'spec.domain.devices.interfaces.0.ports.0.port in body must be of type integer: "string"',
      field: 'spec.domain.devices.interfaces[0].ports[0].port',
      at: ['spec', 'domain', 'devices', 'interfaces', 0, 'ports', 0, 'port'],
      part: 'value',
    },
  ]);
  assert.equal(got[0]!.severity, 'error');
});

test('SCHEMA-06 valid neighbour: unquoted port', () => {
  assert.deepEqual(
    checkYaml(
      vmi(`- name: default
  masquerade: {}
  ports:
  - port: 80`),
    ),
    [],
  );
});

test('SCHEMA-06 `name: no` is the YAML 1.1 boolean false', () => {
  const got = checkYaml(
    vmi(`- name: no
  masquerade: {}`),
  );
  assert.deepEqual(
    got.map((f) => [f.message, f.field]),
    [['spec.domain.devices.interfaces.0.name in body must be of type string: "boolean"', 'spec.domain.devices.interfaces[0].name']],
  );
});

test('SCHEMA-06 go-openapi reports non-string, non-array values of int32 fields against the format', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].ports = [{ port: 80.5 }, { port: true }, { port: [80] }];
  assert.deepEqual(
    check(spec).map((f) => f.message),
    [
      'spec.domain.devices.interfaces.0.ports.0.port in body must be of type int32: "float64"',
      'spec.domain.devices.interfaces.0.ports.1.port in body must be of type int32: ""',
      'spec.domain.devices.interfaces.0.ports.2.port in body must be of type integer: "array"',
    ],
  );
});

test('SCHEMA-06 every JSON number is a float64 to the webhook: a number for a string field is "number"', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].model = 1000;
  spec.networks[0].pod = { vmNetworkCIDR: 10 };
  assert.deepEqual(
    check(spec, 'VirtualMachine').map((f) => f.message),
    [
      'spec.template.spec.domain.devices.interfaces.0.model in body must be of type string: "number"',
      'spec.template.spec.networks.0.pod.vmNetworkCIDR in body must be of type string: "number"',
    ],
  );
});

test('SCHEMA-06 objects, lists and booleans of the network part', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].masquerade = 'yes please';
  spec.networks = [{ name: 'default', multus: { networkName: 'n', default: 'true' } }];
  spec.dnsConfig = { nameservers: '8.8.8.8' };
  spec.domain.devices.autoattachPodInterface = 'false';
  assert.deepEqual(
    check(spec).map((f) => [f.field, f.message]),
    [
      [
        'spec.domain.devices.interfaces[0].masquerade',
        'spec.domain.devices.interfaces.0.masquerade in body must be of type object: "string"',
      ],
      [
        'spec.domain.devices.autoattachPodInterface',
        'spec.domain.devices.autoattachPodInterface in body must be of type boolean: "string"',
      ],
      ['spec.networks[0].multus.default', 'spec.networks.0.multus.default in body must be of type boolean: "string"'],
      ['spec.dnsConfig.nameservers', 'spec.dnsConfig.nameservers in body must be of type array: "string"'],
    ],
  );
});

test('SCHEMA-06 probe ports accept a name or a number', () => {
  const spec = baseSpec();
  spec.readinessProbe = { tcpSocket: { port: 'http' } };
  spec.livenessProbe = { httpGet: { port: 8080, path: '/' } };
  assert.deepEqual(check(spec), []);
  spec.readinessProbe = { tcpSocket: { port: false } };
  assert.deepEqual(
    check(spec).map((f) => f.message),
    ['spec.readinessProbe.tcpSocket.port in body must be of type string,number: "boolean"'],
  );
});
