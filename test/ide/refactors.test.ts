// "Change binding to …" without a diagnostic, and quick fixes anywhere on the flagged node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindingRefactors, findingsOnNode } from '../../server/src/core/ide/refactors';
import { applyAll, at, VM } from './helpers';
import { analyze } from '../helpers/manifests';

test('on masquerade: the bindings that work on the pod network, with what changes', () => {
  const { file, offset } = at(VM.replace('            masquerade: {}', '            masq|uerade: {}'));
  const titles = bindingRefactors(file, offset).map((f) => f.title);
  assert.deepEqual(titles, [
    "Change binding to bridge: the guest takes over the pod's IP (DHCP), the pod keeps none; no NAT; not live-migratable on the pod network (unless annotated kubevirt.io/allow-pod-bridge-network-live-migration)",
    "Change binding to passtBinding: the guest gets the pod's IP through passt (user space, no nftables); no NAT",
  ]);
  const after = applyAll(file.text, bindingRefactors(file, offset)[0]!.edits);
  assert.equal(after, file.text.replace('masquerade: {}', 'bridge: {}'));
});

test('on a Multus interface: bridge ↔ sriov only', () => {
  const { file, offset } = at(VM.replace('            bridge: {}', '            bri|dge: {}'));
  assert.deepEqual(
    bindingRefactors(file, offset).map((f) => f.title.split(':')[0]),
    ['Change binding to sriov'],
  );
});

test("quick fixes of an interface's findings are found anywhere in its item", () => {
  const text = VM.replace('      - name: storage\n        multus:\n          networkName: storage-nad\n', '');
  const file = analyze(text);
  const bridgeKey = text.indexOf('bridge: {}');
  const codes = findingsOnNode(file, bridgeKey, bridgeKey).map((f) => f.code);
  assert.ok(codes.includes('IFACE-02'), String(codes));
  // not from another item
  const masq = text.indexOf('masquerade: {}');
  assert.deepEqual(
    findingsOnNode(file, masq, masq).map((f) => f.code),
    [],
  );
});
