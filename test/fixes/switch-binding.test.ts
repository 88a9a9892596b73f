import { test } from 'node:test';
import { checkFix, ctxWith } from './helpers';

test('BIND-02: masquerade on a Multus network → bridge (not preferred), key only', () => {
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
      - name: data
        masquerade: {}   # wrong for multus
  networks:
  - name: default
    pod: {}
  - name: data
    multus: {networkName: data}
`;
  checkFix({
    text,
    code: 'BIND-02',
    preferred: false,
    diff: ['-        masquerade: {}   # wrong for multus', '+        bridge: {}   # wrong for multus'],
  });
});

test('BIND-04: bridge on the pod network when the cluster forbids it → masquerade', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  template:
    spec:
      domain:
        devices:
          interfaces: [{name: default, bridge: {}}]
      networks: [{name: default, pod: {}}]
`;
  checkFix({
    text,
    code: 'BIND-04',
    ctx: ctxWith({ permitBridgeInterfaceOnPodNetwork: false }),
    diff: ['-          interfaces: [{name: default, bridge: {}}]', '+          interfaces: [{name: default, masquerade: {}}]'],
  });
});
