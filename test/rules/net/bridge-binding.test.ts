import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { MASQ, POD, brief, input, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('BIND-04: bridge on pod with permitBridgeInterfaceOnPodNetwork=false; allowed by default', () => {
  const s = spec([{ name: 'default', bridge: {} }], [POD]);
  assert.deepEqual(validateInterfaceBinding(input(s, { permitBridgeInterfaceOnPodNetwork: false })).map(brief), [
    ['BIND-04', 'spec.domain.devices.interfaces[0].name', 'Bridge on pod network configuration is not enabled under kubevirt-config'],
  ]);
  assert.deepEqual(validateInterfaceBinding(input(s)), []);
  // bridge on a Multus network is never gated
  assert.deepEqual(
    validateInterfaceBinding(input(spec([MASQ, { name: 'sec', bridge: {} }], [POD, SEC]), { permitBridgeInterfaceOnPodNetwork: false })),
    [],
  );
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: KubeVirt
metadata:
  name: kubevirt
  namespace: kubevirt
spec:
  configuration:
    network:
      permitBridgeInterfaceOnPodNetwork: false
---
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: bridge-on-pod
spec:
  domain:
    devices:
      interfaces:
      - name: default
        bridge: {}
#       ^^^^^^ BIND-04
  networks:
  - name: default
    pod: {}
`;

test("BIND-04 marked: the file's KubeVirt CR forbids bridge on the pod network", () => {
  assertMarked(MARKED);
});

test('BIND-04 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['      permitBridgeInterfaceOnPodNetwork: false', '      permitBridgeInterfaceOnPodNetwork: true']));
});
