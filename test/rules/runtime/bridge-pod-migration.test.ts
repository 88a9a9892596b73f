import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBridgePodMigration } from '../../../server/src/core/rules/runtime/bridge-pod-migration';
import { admitSpec, IF, MASQ, POD, input, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('BRIDGE-POD-MIGRATION: explicit bridge on pod is information; annotation or defaulted interface silences it', () => {
  const got = checkBridgePodMigration(input(spec([{ name: 'default', bridge: {} }], [POD])));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['BRIDGE-POD-MIGRATION', 'information', IF(0, 'bridge')]],
  );
  const annotated = admitSpec(spec([{ name: 'default', bridge: {} }], [POD]), {}, 'VirtualMachineInstance', {
    annotations: { 'kubevirt.io/allow-pod-bridge-network-live-migration': '' },
  });
  assert.deepEqual(annotated.findings, []);
  assert.deepEqual(checkBridgePodMigration(input({ domain: { devices: {} } })), []);
  assert.deepEqual(checkBridgePodMigration(input(spec([MASQ], [POD]))), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: bridge-pod-migration
spec:
  domain:
    devices:
      interfaces:
      - name: default
        bridge: {}
#       ^^^^^^ BRIDGE-POD-MIGRATION
  networks:
  - name: default
    pod: {}
`;

test('BRIDGE-POD-MIGRATION marked: bridge on the pod network, on the binding key', () => {
  assertMarked(MARKED);
});

test('BRIDGE-POD-MIGRATION marked valid neighbour', () => {
  assertMarked(
    neighbour(MARKED, [
      `  name: bridge-pod-migration
spec:`,
      `  name: bridge-pod-migration
  annotations:
    kubevirt.io/allow-pod-bridge-network-live-migration: ""
spec:`,
    ]),
  );
});
