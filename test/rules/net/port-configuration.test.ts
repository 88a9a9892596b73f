import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { isValidPortName } from '../../../server/src/core/rules/net/port-configuration';
import { IF, POD, brief, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

const withPorts = (ports: unknown[], binding: Record<string, unknown> = { masquerade: {} }, net: Record<string, unknown> = POD) =>
  validateInterfacesFields(input(spec([{ name: 'default', ...binding, ports }], [{ ...net, name: 'default' }])));

test('PORT-01 then PORT-02: all name checks come before the number checks', () => {
  const got = withPorts([
    { name: 'http', port: 80 },
    { name: 'http', port: 0 },
    { name: 'Bad_Name', port: 81 },
  ]);
  assert.deepEqual(got.map(brief), [
    ['PORT-01', 'spec.domain.devices.interfaces[0].ports[1].name', 'Duplicate name of the port: http'],
    ['PORT-02', 'spec.domain.devices.interfaces[0].ports[2].name', 'Invalid name of the port: Bad_Name'],
    ['PORT-03', 'spec.domain.devices.interfaces[0].ports[1].port', 'Port field is mandatory.'],
  ]);
  assert.deepEqual(got[0]!.at, IF(0, 'ports', 1, 'name'));
  assert.deepEqual(
    got[0]!.related?.map((r) => r.at),
    [IF(0, 'ports', 0, 'name')],
  );
});

test('PORT-04: out of range', () => {
  assert.deepEqual(withPorts([{ port: 65536 }]).map(shape), [
    {
      code: 'PORT-04',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].ports[0].port',
      message: 'Port field must be in range 0 < x < 65536.',
      at: IF(0, 'ports', 0, 'port'),
      part: 'value',
    },
  ]);
  assert.deepEqual(
    withPorts([{ port: -1 }]).map((f) => f.code),
    ['PORT-04'],
  );
});

test('PORT-05: protocol is case-sensitive, also validated on bridge', () => {
  assert.deepEqual(withPorts([{ port: 80, protocol: 'tcp' }], { bridge: {} }).map(shape), [
    {
      code: 'PORT-05',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].ports[0].protocol',
      message: 'Unknown protocol, only TCP or UDP allowed',
      at: IF(0, 'ports', 0, 'protocol'),
      part: 'value',
    },
  ]);
});

test('PORT valid neighbours: good ports, and anything on a Multus network', () => {
  assert.deepEqual(withPorts([{ name: 'http', port: 80, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }, { port: 65535 }]), []);
  assert.deepEqual(withPorts([{ name: 'Bad_Name', port: 0, protocol: 'sctp' }], { bridge: {} }, { multus: { networkName: 'x' } }), []);
});

test('IsValidPortName edges', () => {
  for (const ok of ['a', 'http', 'a-b', 'abcdefghijklmno', '8080a']) assert.ok(isValidPortName(ok), ok);
  for (const bad of ['8080', 'abcdefghijklmnop', 'a--b', '-a', 'a-', 'A', 'a_b']) assert.ok(!isValidPortName(bad), bad);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: port-configuration
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
        ports:
        - port: 80
          protocol: tcp
#                   ^^^ PORT-05
  networks:
  - name: default
    pod: {}
`;

test('PORT-05 marked: a lower-case protocol', () => {
  assertMarked(MARKED);
});

test('PORT-05 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['          protocol: tcp', '          protocol: TCP']));
});
