// checkSchema on a file of 200 VMs (valid and invalid): the right number of findings. Its speed is measured in
// bench/ (bench/profile.mjs: schema), side by side, never asserted in a test (a shared machine makes timings flaky).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, documentOf, resourceOf } from './helpers';
import { checkSchema } from '../../server/src/core/schema/check';

test('200 VMs (valid and invalid) are checked, 40 findings', () => {
  const resources = Array.from({ length: 200 }, (_, i) => {
    const spec = baseSpec();
    spec.domain.devices.interfaces = Array.from({ length: 4 }, (_x, j) => ({ name: `n${j}`, bridge: {}, ports: [{ port: 80 + j }] }));
    spec.networks = Array.from({ length: 4 }, (_x, j) => ({ name: `n${j}`, multus: { networkName: `net${j}` } }));
    if (i % 10 === 0) spec.domain.devices.interfaces[0].brigde = {};
    if (i % 10 === 5) spec.networks[1].multus = {};
    return resourceOf(documentOf(i % 2 ? 'VirtualMachine' : 'VirtualMachineInstance', spec));
  });
  let errors = 0;
  for (const r of resources) errors += checkSchema(r).length;
  assert.equal(errors, 40);
});
