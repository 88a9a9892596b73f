import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';

const VMI = (devices: string, networks: string): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
${devices}  networks:
${networks}`;

test('IFACE-01: removes the later identical interface, its lines only (comments above stay)', () => {
  const text = VMI(
    `      interfaces:
      # the pod NIC
      - name: default
        masquerade: {}   # masq
      # copy-pasted twice
      - name: default
        masquerade: {}   # masq
      - name: data
        bridge: {}
`,
    `  - name: default
    pod: {}
  - name: data
    multus: {networkName: data}
`,
  );
  checkFix({
    text,
    code: 'IFACE-01',
    preferred: true,
    diff: ['-      - name: default', '-        masquerade: {}   # masq'],
  });
});

test('IFACE-01: a differing duplicate is removable but not preferred', () => {
  const text = VMI(
    `      interfaces:
      - name: default
        masquerade: {}
      - {name: default, bridge: {}}
`,
    `  - name: default
    pod: {}
`,
  );
  const fixes = fixesOf(text, 'IFACE-01');
  assert.equal(fixes[0]!.title, 'Remove the second interface "default"');
  assert.equal(fixes[0]!.isPreferred, false);
  checkFix({ text, code: 'IFACE-01', diff: ['-      - {name: default, bridge: {}}'] });
});

test('NET-07: removes the later network, also from a flow list', () => {
  const text = VMI(
    `      interfaces:
      - name: default
        masquerade: {}
`,
    `  - name: default
    pod: {}
  - name: default   # again
    pod: {}
`,
  );
  checkFix({ text, code: 'NET-07', preferred: true, diff: ['-  - name: default   # again', '-    pod: {}'] });
  const flow = VMI(
    `      interfaces:
      - name: default
        masquerade: {}
`,
    `  [ {name: default, pod: {}},   {name: default, pod: {}} ]   # two
`,
  )
    .replace('networks:\n  [', 'networks: [')
    .replace(']   # two\n', ']   # two\n');
  checkFix({
    text: flow,
    code: 'NET-07',
    diff: [
      '-  networks: [ {name: default, pod: {}},   {name: default, pod: {}} ]   # two',
      '+  networks: [ {name: default, pod: {}} ]   # two',
    ],
  });
});

test('PORT-01: removes the later port with the same name', () => {
  const text = VMI(
    `      interfaces:
      - name: default
        masquerade: {}
        ports:
        - name: http
          port: 80
        - name: http     # dup
          port: 80
        - {name: https, port: 443}
`,
    `  - name: default
    pod: {}
`,
  );
  checkFix({ text, code: 'PORT-01', preferred: true, diff: ['-        - name: http     # dup', '-          port: 80'] });
});

test('YAML-DUPKEY: removes the later key with its block value', () => {
  const text = VMI(
    `      interfaces:
      - name: default
        masquerade: {}
        ports:
        - port: 80
        model: virtio
        ports:   # again
        - port: 80
        - port: 81
`,
    `  - name: default
    pod: {}
`,
  );
  const fixes = fixesOf(text, 'YAML-DUPKEY');
  assert.equal(fixes[0]!.title, 'Remove the second key "ports"');
  assert.equal(fixes[0]!.isPreferred, false);
  checkFix({ text, code: 'YAML-DUPKEY', diff: ['-        ports:   # again', '-        - port: 80', '-        - port: 81'] });
});

test('YAML-DUPKEY: identical duplicate in a flow map is preferred', () => {
  const text = VMI(
    `      interfaces:
      - {name: default, masquerade: {}, masquerade: {}}
`,
    `  - name: default
    pod: {}
`,
  );
  checkFix({
    text,
    code: 'YAML-DUPKEY',
    preferred: true,
    diff: ['-      - {name: default, masquerade: {}, masquerade: {}}', '+      - {name: default, masquerade: {}}'],
  });
});
