import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { MASQ_IF, POD_NET, vmiYaml } from '../helpers/manifests';

test('NET-08: adds a bridge interface for a Multus network at the end of the list', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
        - masquerade: {}
          name: default
        # more NICs later
  networks:
    - name: default
      pod: {}
    - name: data   # secondary
      multus:
        networkName: data-nad
`;
  const fixes = fixesOf(text, 'NET-08');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [['Add bridge interface "data"', true]],
  );
  checkFix({ text, code: 'NET-08', diff: ['+        - name: data', '+          bridge: {}'] });
});

test("NET-08: creates interfaces: under devices in the document's indentation", () => {
  const withDevices = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      disks:
      - name: root   # boot disk
        disk: {bus: virtio}
    memory: {guest: 1Gi}
  networks:
  - name: default
    pod: {}
`;
  checkFix({ text: withDevices, code: 'NET-08', diff: ['+      interfaces:', '+      - name: default', '+        masquerade: {}'] });
});

test('NET-08: devices in flow style gets interfaces in flow style', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices: {}   # nothing yet
  networks:
  - name: default
    pod: {}
`;
  checkFix({
    text,
    code: 'NET-08',
    diff: ['-    devices: {}   # nothing yet', '+    devices: {interfaces: [{name: default, masquerade: {}}]}   # nothing yet'],
  });
});

test('NET-08: not offered for a DRA network', () => {
  const text = vmiYaml({
    interfaces: [MASQ_IF],
    networks: [POD_NET, { name: 'dra', resourceClaim: { claimName: 'c', requestName: 'r' } }],
    extraSpec: { resourceClaims: [{ name: 'c', resourceClaimName: 'rc' }] },
  });
  const fixes = fixesOf(text, 'NET-08');
  assert.deepEqual(
    fixes.filter((f) => f.title.startsWith('Add')),
    [],
  );
});

test('NET-08: `interfaces:` written with no value gets its first item below the key', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
      disks: []
  networks:
  - {name: default, pod: {}}
`;
  checkFix({ text, code: 'NET-08', preferred: true, diff: ['+      - name: default', '+        masquerade: {}'] });
});
