import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBootOrder } from '../../../server/src/core/rules/spec/boot-order';
import { validateBootOrder } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

function spec(ifaces: unknown[], disks: unknown[] = []): Record<string, unknown> {
  return {
    domain: { ...memory, devices: { disks, interfaces: ifaces } },
    networks: [
      { name: 'default', pod: {} },
      { name: 'm', multus: { networkName: 'nad' } },
    ],
  };
}

test('BOOT-01: bootOrder 0 on a VMI interface (field sic: spec[i].bootOrder)', () => {
  const got = validateInterfaceBootOrder(
    vmi(
      spec([
        { name: 'default', masquerade: {} },
        { name: 'm', bridge: {}, bootOrder: 0 },
      ]),
    ),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'BOOT-01',
      severity: 'error',
      field: 'spec[1].bootOrder',
      message: 'spec[1] must have a boot order > 0, if supplied',
      at: ['spec', 'domain', 'devices', 'interfaces', 1, 'bootOrder'],
      part: 'value',
    },
  ]);
});

test('BOOT-01 on a VM: spec.template.spec[i].bootOrder', () => {
  const got = validateBootOrder(vm(spec([{ name: 'default', masquerade: {}, bootOrder: 0 }])));
  assert.deepEqual(
    got.map((f) => [f.code, f.field, f.message]),
    [['BOOT-01', 'spec.template.spec[0].bootOrder', 'spec.template.spec[0] must have a boot order > 0, if supplied']],
  );
});

test('BOOT-01 valid neighbour: bootOrder 1', () => {
  assert.deepEqual(validateBootOrder(vmi(spec([{ name: 'default', masquerade: {}, bootOrder: 1 }]))), []);
});

test('BOOT-02: interface reuses a disk boot order (disks are scanned first)', () => {
  const got = validateBootOrder(
    vmi(
      spec(
        [{ name: 'default', masquerade: {}, bootOrder: 2 }],
        [
          { name: 'root', disk: {}, bootOrder: 1 },
          { name: 'cd', cdrom: {}, bootOrder: 2 },
        ],
      ),
    ),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'BOOT-02',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].bootOrder',
      message: 'Boot order for spec.domain.devices.interfaces[0].bootOrder already set for a different device.',
      at: ['spec', 'domain', 'devices', 'interfaces', 0, 'bootOrder'],
      part: 'value',
      related: [['spec', 'domain', 'devices', 'disks', 1, 'bootOrder']],
    },
  ]);
});

test('BOOT-02: interface reuses an earlier interface boot order (VM path)', () => {
  const got = validateBootOrder(
    vm(
      spec([
        { name: 'default', masquerade: {}, bootOrder: 3 },
        { name: 'm', bridge: {}, bootOrder: 3 },
      ]),
    ),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'BOOT-02',
      severity: 'error',
      field: 'spec.template.spec.domain.devices.interfaces[1].bootOrder',
      message: 'Boot order for spec.template.spec.domain.devices.interfaces[1].bootOrder already set for a different device.',
      at: ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 1, 'bootOrder'],
      part: 'value',
      related: [['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'bootOrder']],
    },
  ]);
});

test('BOOT-02 valid neighbour: distinct orders across disks and interfaces', () => {
  assert.deepEqual(
    validateBootOrder(
      vmi(
        spec(
          [
            { name: 'default', masquerade: {}, bootOrder: 2 },
            { name: 'm', bridge: {}, bootOrder: 3 },
          ],
          [{ name: 'root', disk: {}, bootOrder: 1 }],
        ),
      ),
    ),
    [],
  );
});

test('a disk with bootOrder 0 takes 0 but an interface with 0 is BOOT-01, not BOOT-02; a null bootOrder is unset', () => {
  const got = validateBootOrder(
    vmi(
      spec(
        [
          { name: 'default', masquerade: {}, bootOrder: 0 },
          { name: 'm', bridge: {}, bootOrder: null },
        ],
        [{ name: 'root', disk: {}, bootOrder: 0 }],
      ),
    ),
  );
  assert.deepEqual(
    got.map((f) => f.code),
    ['BOOT-01'],
  );
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: boot-order
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
        bootOrder: 0
#                  ^ BOOT-01
  networks:
  - name: default
    pod: {}
`;

test('BOOT-01 marked: a boot order of 0, on the value', () => {
  assertMarked(MARKED);
});

test('BOOT-01 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['        bootOrder: 0', '        bootOrder: 1']));
});
