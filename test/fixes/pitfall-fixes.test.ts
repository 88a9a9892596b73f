// Quick fixes of the pitfalls: pin a MAC, forward a probe's port, use a registered plugin, add a binding, drop
// passt's state, masquerade or the migration annotation for bridge on the pod network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, ctxWith, fixesOf } from './helpers';
import { derivedMac } from '../../server/src/core/fixes/mac';

const BRIDGE_VMI = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: web
  namespace: prod
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue    # storage network
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: blue
    multus: {networkName: blue-nad}
`;

test('MAC-UNPINNED: pin the MAC derived from prod/web/blue (offered, not preferred)', () => {
  const mac = derivedMac('prod', 'web', 'blue');
  const r = checkFix({ text: BRIDGE_VMI, code: 'MAC-UNPINNED', preferred: false, diff: [`+        macAddress: "${mac}"`] });
  assert.equal(r.fix.title, `Pin macAddress ${mac} (derived from the VM and interface names)`);
});

test('MAC-UNPINNED: a flow-style interface gets the key inside its braces', () => {
  const text = BRIDGE_VMI.replace('      - name: blue    # storage network\n        bridge: {}\n', '      - {name: blue, bridge: {}}\n');
  const mac = derivedMac('prod', 'web', 'blue');
  checkFix({
    text,
    code: 'MAC-UNPINNED',
    diff: ['-      - {name: blue, bridge: {}}', `+      - {name: blue, bridge: {}, macAddress: "${mac}"}`],
  });
});

test('PORTS-UNFORWARDED: forward the readiness probe port (preferred)', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: web
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
        ports:
        - port: 22   # ssh
  readinessProbe:
    httpGet: {port: 8080}
  networks:
  - name: default
    pod: {}
`;
  checkFix({ text, code: 'PORTS-UNFORWARDED', preferred: true, diff: ['+        - port: 8080'] });
});

test('N-01: use the registered plugin the name is closest to (preferred), or another registered one', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm
spec:
  domain:
    devices:
      interfaces:
      - name: default
        binding:
          name: Passt
  networks:
  - name: default
    pod: {}
`;
  const ctx = ctxWith({ kubevirtCR: true, networkBindings: { passt: {}, l2bridge: {} } });
  checkFix({ text, code: 'N-01', ctx, preferred: true, diff: ['-          name: Passt', '+          name: passt'] });
  assert.deepEqual(
    fixesOf(text, 'N-01', ctx).map((f) => [f.title, !!f.isPreferred]),
    [
      ['Use the registered binding plugin "passt"', true],
      ['Use the registered binding plugin "l2bridge"', false],
    ],
  );
});

test('NO-BINDING (v1.8) and BIND-01 (v1.9): add masquerade or bridge on the pod network, never preferred', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm
spec:
  domain:
    devices:
      interfaces:
      - name: default
  networks:
  - name: default
    pod: {}
`;
  checkFix({ text, code: 'NO-BINDING', ctx: ctxWith({ kubevirtVersion: 'v1.8' }), preferred: false, diff: ['+        masquerade: {}'] });
  assert.deepEqual(
    fixesOf(text, 'BIND-01').map((f) => [f.title, !!f.isPreferred]),
    [
      ['Add masquerade binding', false],
      ['Add bridge binding', false],
    ],
  );
});

test('PASST-LINK-STATE: remove state: up (preferred: nothing changes); state: down only offered', () => {
  const text = (state: string) => `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm
spec:
  domain:
    devices:
      interfaces:
      - name: default
        passtBinding: {}
        state: ${state}
  networks:
  - name: default
    pod: {}
`;
  checkFix({ text: text('up'), code: 'PASST-LINK-STATE', preferred: true, diff: ['-        state: up'] });
  assert.deepEqual(
    fixesOf(text('down'), 'PASST-LINK-STATE').map((f) => [f.title, !!f.isPreferred]),
    [['Remove state: down (passtBinding does not support it)', false]],
  );
});

test('BRIDGE-POD-MIGRATION: masquerade instead, or the annotation on the VM template (created when missing)', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  runStrategy: Always
  template:
    metadata:
      labels: {app: vm}
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            bridge: {}
      networks:
      - name: default
        pod: {}
`;
  checkFix({
    text,
    code: 'BRIDGE-POD-MIGRATION',
    title: /masquerade/,
    preferred: false,
    diff: ['-            bridge: {}', '+            masquerade: {}'],
  });
  checkFix({
    text,
    code: 'BRIDGE-POD-MIGRATION',
    title: /annotation/,
    preferred: false,
    diff: ['+      annotations: {kubevirt.io/allow-pod-bridge-network-live-migration: ""}'],
  });
  const annotated = text.replace('      labels: {app: vm}\n', '      labels: {app: vm}\n      annotations:\n        team: a\n');
  checkFix({
    text: annotated,
    code: 'BRIDGE-POD-MIGRATION',
    title: /annotation/,
    diff: ['+        kubevirt.io/allow-pod-bridge-network-live-migration: ""'],
  });
});
