// SCHEMA-04: unknown fields (API server strict decoding), with a did-you-mean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, brief, check, checkYaml, documentOf, resourceOf } from './helpers';
import { checkSchema } from '../../server/src/core/schema/check';

test('SCHEMA-04 misspelt binding: API server text first, then the suggestion', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [{ name: 'default', masquarade: {} }];
  const got = check(spec);
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-04',
      message: 'strict decoding error: unknown field "spec.domain.devices.interfaces[0].masquarade"; did you mean "masquerade"?',
      field: 'spec.domain.devices.interfaces[0].masquarade',
      at: ['spec', 'domain', 'devices', 'interfaces', 0, 'masquarade'],
      part: 'key',
    },
  ]);
  assert.equal(got[0]!.severity, 'error');
  assert.equal(got[0]!.data?.suggestion, 'masquerade');
});

test('SCHEMA-04 valid neighbour: masquerade spelt right', () => {
  assert.deepEqual(check(baseSpec()), []);
});

test('SCHEMA-04 top-level VMI spec key: netwroks → networks, on a VirtualMachine', () => {
  const spec = baseSpec();
  spec.netwroks = spec.networks;
  delete spec.networks;
  const got = check(spec, 'VirtualMachine');
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-04',
      message: 'strict decoding error: unknown field "spec.template.spec.netwroks"; did you mean "networks"?',
      field: 'spec.template.spec.netwroks',
      at: ['spec', 'template', 'spec', 'netwroks'],
      part: 'key',
    },
  ]);
});

test('SCHEMA-04 unknown keys stop the check: other schema problems are not reported', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces = [{ masquerade: {}, prots: [{ port: '80' }] }];
  const got = check(spec);
  assert.deepEqual(
    got.map((f) => [f.code, f.data?.suggestion]),
    [['SCHEMA-04', 'ports']],
  );
});

test('SCHEMA-04 several unknown keys are all reported in document order', () => {
  const spec = baseSpec();
  spec.networks = [{ name: 'default', pod: { vmNetworkCidr: '10.0.0.0/24' } }];
  spec.domain.devices.interfaces = [{ name: 'default', masquerade: { foo: 1 }, macAdress: '02:00:00:00:00:01' }];
  assert.deepEqual(
    check(spec).map((f) => [f.field, f.data?.suggestion]),
    [
      ['spec.domain.devices.interfaces[0].masquerade.foo', undefined],
      ['spec.domain.devices.interfaces[0].macAdress', 'macAddress'],
      ['spec.networks[0].pod.vmNetworkCidr', 'vmNetworkCIDR'],
    ],
  );
});

test('SCHEMA-04 no suggestion when nothing is close', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].zzzzzzzzzz = true;
  const got = check(spec);
  assert.equal(got[0]!.message, 'strict decoding error: unknown field "spec.domain.devices.interfaces[0].zzzzzzzzzz"');
  assert.equal(got[0]!.data?.suggestion, undefined);
});

test('SCHEMA-04 domain, devices, DNS, probes and metadata keys are closed; other areas are open', () => {
  const spec = baseSpec();
  spec.domain.devicse = {};
  spec.domain.devices.autoattachPodInterfaces = false;
  spec.dnsConfig = { nameserver: ['1.1.1.1'] };
  spec.readinessProbe = { httpGet: { port: 80, pth: '/' } };
  const doc = documentOf('VirtualMachineInstance', spec);
  (doc.metadata as Record<string, unknown>).lables = {};
  assert.deepEqual(
    checkSchema(resourceOf(doc)).map((f) => [f.field, f.data?.suggestion]),
    [
      ['metadata.lables', 'labels'],
      ['spec.domain.devices.autoattachPodInterfaces', 'autoattachPodInterface'],
      ['spec.domain.devicse', 'devices'],
      ['spec.dnsConfig.nameserver', 'nameservers'],
      ['spec.readinessProbe.httpGet.pth', 'path'],
    ],
  );

  const open = baseSpec();
  open.domain.devices.disks = [{ name: 'd', disk: { bus: 'virtio', somethingNew: 1 } }];
  open.domain.cpu = { cores: 2, futureKnob: true };
  open.volumes = [{ name: 'd', containerDisk: { image: 'x' }, extra: {} }];
  open.domain.firmware = { bootloader: { efi: { secureBoot: false } } };
  assert.deepEqual(check(open), []);
});

test('SCHEMA-04 VM-level keys are closed (runStrategy typo), template metadata is open', () => {
  const doc = documentOf('VirtualMachine', baseSpec()) as { spec: Record<string, unknown> };
  doc.spec.runstrategy = 'Always';
  delete doc.spec.runStrategy;
  (doc.spec.template as { metadata: Record<string, unknown> }).metadata.whatever = 1;
  const got = checkSchema(resourceOf(doc as Record<string, unknown>));
  assert.deepEqual(
    got.map((f) => [f.message]),
    [['strict decoding error: unknown field "spec.runstrategy"; did you mean "runStrategy"?']],
  );
});

test('SCHEMA-04 through YAML: a typo in a pool template', () => {
  const got = checkYaml(`apiVersion: pool.kubevirt.io/v1beta1
kind: VirtualMachinePool
metadata:
  name: p
spec:
  replicas: 1
  selector:
    matchLabels: {a: b}
  virtualMachineTemplate:
    metadata:
      labels: {a: b}
    spec:
      runStrategy: Always
      template:
        metadata:
          labels: {a: b}
        spec:
          domain:
            devices:
              interfaces:
              - name: default
                bridge: {}
                mdoel: virtio
          networks:
          - name: default
            pod: {}
`);
  assert.deepEqual(got.map(brief), [
    {
      code: 'SCHEMA-04',
      message:
        'strict decoding error: unknown field "spec.virtualMachineTemplate.spec.template.spec.domain.devices.interfaces[0].mdoel"; did you mean "model"?',
      field: 'spec.virtualMachineTemplate.spec.template.spec.domain.devices.interfaces[0].mdoel',
      at: ['spec', 'virtualMachineTemplate', 'spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'mdoel'],
      part: 'key',
    },
  ]);
});

test('SCHEMA-04 a network key at the wrong level says where it belongs', () => {
  const spec = baseSpec();
  spec.domain.interfaces = spec.domain.devices.interfaces;
  spec.domain.devices = {};
  assert.deepEqual(
    check(spec, 'VirtualMachine').map((f) => [f.message, f.data?.belongsIn]),
    [
      [
        'strict decoding error: unknown field "spec.template.spec.domain.interfaces"; "interfaces" belongs in spec.template.spec.domain.devices',
        'spec.template.spec.domain.devices',
      ],
    ],
  );
  const doc = documentOf('VirtualMachine', baseSpec()) as { spec: Record<string, unknown> };
  doc.spec.networks = [];
  assert.deepEqual(
    checkSchema(resourceOf(doc as Record<string, unknown>)).map((f) => f.message),
    ['strict decoding error: unknown field "spec.networks"; "networks" belongs in spec.template.spec'],
  );
});
