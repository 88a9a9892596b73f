import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';

const VMI = (state: string): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: vf
        sriov: {}
        state: ${state}   # link
  networks:
  - name: default
    pod: {}
  - name: vf
    multus: {networkName: sriov-net}
`;

test('STATE-02: remove state: up from an SR-IOV NIC (preferred)', () => {
  checkFix({ text: VMI('up'), code: 'STATE-02', preferred: true, diff: ['-        state: up   # link'] });
});

test('STATE-02: removing state: down is offered, not preferred', () => {
  assert.deepEqual(fixesOf(VMI('down'), 'STATE-02').map((f) => [f.title, !!f.isPreferred]), [['Remove state: down (SR-IOV NICs do not support it)', false]]);
});
