// checkSchema runs on every keystroke: a file of 200 VMs must be checked well under 100 ms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, documentOf, resourceOf } from './helpers';
import { checkSchema } from '../../server/src/core/schema/check';

test('200 VMs (valid and invalid) are checked in well under 100 ms', () => {
  const resources = Array.from({ length: 200 }, (_, i) => {
    const spec = baseSpec();
    spec.domain.devices.interfaces = Array.from({ length: 4 }, (_x, j) => ({ name: `n${j}`, bridge: {}, ports: [{ port: 80 + j }] }));
    spec.networks = Array.from({ length: 4 }, (_x, j) => ({ name: `n${j}`, multus: { networkName: `net${j}` } }));
    if (i % 10 === 0) spec.domain.devices.interfaces[0].brigde = {};
    if (i % 10 === 5) spec.networks[1].multus = {};
    return resourceOf(documentOf(i % 2 ? 'VirtualMachine' : 'VirtualMachineInstance', spec));
  });
  checkSchema(resources[0]!); // compile outside the measurement
  const t0 = performance.now();
  let errors = 0;
  for (const r of resources) errors += checkSchema(r).length;
  const ms = performance.now() - t0;
  assert.equal(errors, 40);
  assert.ok(ms < 50, `took ${ms.toFixed(1)} ms`);
});
