import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (state: string): string =>
  defaultIfaceVmi(`        masquerade: {}\n      - name: vf\n        sriov: {}\n        state: ${state}   # link\n`, {
    networks: '  - name: default\n    pod: {}\n  - name: vf\n    multus: {networkName: sriov-net}\n',
  });

test('STATE-02: remove state: up from an SR-IOV NIC (preferred)', () => {
  checkFix({ text: VMI('up'), code: 'STATE-02', preferred: true, diff: ['-        state: up   # link'] });
});

test('STATE-02: removing state: down is offered, not preferred', () => {
  assert.deepEqual(
    fixesOf(VMI('down'), 'STATE-02').map((f) => [f.title, !!f.isPreferred]),
    [['Remove state: down (SR-IOV NICs do not support it)', false]],
  );
});
