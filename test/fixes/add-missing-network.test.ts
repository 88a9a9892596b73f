import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';

test('IFACE-02: creates networks: under the spec with the pod network (VM template, before a trailing comment)', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata: {name: vm}
spec:
  runStrategy: Halted
  template:
    spec:
      domain:
        devices:
          interfaces:
            - name: default
              masquerade: {}   # pod
        resources: {}
      # no networks yet
`;
  checkFix({
    text,
    code: 'IFACE-02',
    preferred: true,
    diff: ['+      networks:', '+        - name: default', '+          pod: {}'],
  });
});

test('IFACE-02: appends a Multus network in the flow style of the list when a pod network exists', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
      - {name: default, masquerade: {}}
      - name: net1   # secondary
        bridge: {}
  networks: [{name: default, pod: {}}]   # only pod
`;
  checkFix({
    text,
    code: 'IFACE-02',
    preferred: false,
    diff: [
      '-  networks: [{name: default, pod: {}}]   # only pod',
      '+  networks: [{name: default, pod: {}}, {name: net1, multus: {networkName: net1}}]   # only pod',
    ],
  });
});

test("IFACE-02: appends a block entry with the list's own indentation, no trailing newline at EOF", () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
    name: vmi
spec:
    domain:
        devices:
            interfaces:
            -   name: default
                masquerade: {}
            -   name: "yes"
                bridge: {}
    networks:
    -   name: default
        pod: {}   # the pod`;
  checkFix({
    text,
    code: 'IFACE-02',
    title: /Multus/,
    diff: ['+    -   name: "yes"', '+        multus: {networkName: "yes"}'],
  });
});

test('IFACE-02: sriov interface without networks gets a Multus network; only the first orphan creates the list', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: sriov1
        sriov: {}
`;
  const first = fixesOf(text, 'IFACE-02', undefined, (f) => f.data?.['name'] === 'default');
  assert.equal(first[0]!.title, 'Add pod network "default"');
  assert.equal(first[0]!.isPreferred, true);
  const second = fixesOf(text, 'IFACE-02', undefined, (f) => f.data?.['name'] === 'sriov1');
  assert.equal(second[0]!.title, 'Add Multus network "sriov1" (NetworkAttachmentDefinition "sriov1")');
  assert.equal(second[0]!.isPreferred, false);
  checkFix({
    text,
    code: 'IFACE-02',
    pick: (f) => f.data?.['name'] === 'sriov1',
    diff: ['+  networks:', '+  - name: sriov1', '+    multus: {networkName: sriov1}'],
    gone: [],
  });
});

test('IFACE-02: `networks:` written with no value gets its first item below the key', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  networks:   # to do
  domain:
    devices:
      interfaces:
        - name: default
          bridge: {}
`;
  checkFix({ text, code: 'IFACE-02', preferred: true, diff: ['+    - name: default', '+      pod: {}'] });
});
