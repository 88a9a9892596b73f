// prepareHover: what the server does in idle time for each VM of an open file, so a first hover is served from caches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/render/hover';
import { prepareHover } from '../../server/src/core/render/hover-prepare';
import { analyze } from './helpers';
import { MASQ_IF, POD_NET, vmiYaml } from '../helpers/manifests';

test('prepareHover wires the VM and leaves every interface hover the same as without it', () => {
  const text = [0, 1, 2].map((i) => vmiYaml({ name: `vm-${i}`, interfaces: [MASQ_IF], networks: [POD_NET] })).join('---\n');
  const cold = analyze(text);
  const warm = analyze(text);
  for (const d of warm.docs) prepareHover(warm, d);
  // the wiring is computed once: prepared documents hand out the same object
  for (const d of warm.docs) assert.equal(d.wiring(), d.wiring());
  const offsets = [...text.matchAll(/- name: (default)\n\s+masquerade/g)].map((m) => m.index! + m[0].indexOf(m[1]!));
  assert.equal(offsets.length, 3);
  for (const off of offsets) {
    const a = hoverAt(cold, off, { fullDetail: 'link' });
    const b = hoverAt(warm, off, { fullDetail: 'link' });
    assert.ok(a && b);
    assert.deepEqual(b, a);
  }
});

test('prepareHover leaves documents that are not VMs alone', () => {
  const file = analyze('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
  for (const d of file.docs) assert.doesNotThrow(() => prepareHover(file, d));
});
