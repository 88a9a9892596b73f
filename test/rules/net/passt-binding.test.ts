import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { MASQ, POD, brief, input, spec } from '../../helpers/admission';
import { assertMarked } from '../../helpers/marked';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('BIND-05: passtBinding with the PasstBinding gate disabled', () => {
  const s = spec([{ name: 'default', passtBinding: {} }], [POD]);
  assert.deepEqual(validateInterfaceBinding(input(s, { disabledFeatureGates: ['PasstBinding'] })).map(brief), [
    ['BIND-05', 'spec.domain.devices.interfaces[0].name', 'PasstBinding feature gate is not enabled'],
  ]);
  assert.deepEqual(validateInterfaceBinding(input(s)), []);
});

test('BIND-06: passtBinding on a Multus network', () => {
  const got = validateInterfaceBinding(input(spec([MASQ, { name: 'sec', passtBinding: {} }], [POD, SEC]), {}, 'VirtualMachine'));
  assert.deepEqual(got.map(brief), [
    ['BIND-06', 'spec.template.spec.domain.devices.interfaces[1].name', 'PasstBinding interface only implemented with pod network'],
  ]);
});

test('BIND-06 marked: passtBinding on a Multus network', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: passt-binding
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
        passtBinding: {}
#       ^^^^^^^^^^^^ BIND-06
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`);
});

test('BIND-06 marked valid neighbour', () => {
  assertMarked(`apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: passt-binding
spec:
  domain:
    devices:
      interfaces:
      - name: default
        passtBinding: {}
  networks:
  - name: default
    pod: {}
`);
});
