import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeatureGates } from '../../../server/src/core/rules/net/feature-gates';
import { IF, POD, input, shape, spec } from '../../helpers/admission';

test('DISC-04: discontinued gate listed and used; no field; gate order', () => {
  const s = spec(
    [
      { name: 'default', masquerade: {} },
      { name: 'b', passt: {} },
      { name: 'c', macvtap: {} },
    ],
    [POD],
  );
  const got = validateFeatureGates(input(s, { featureGates: ['Macvtap', 'Passt'] }));
  assert.deepEqual(got.map(shape), [
    {
      code: 'DISC-04',
      severity: 'error',
      field: null,
      message: 'Macvtap network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.',
      at: IF(2, 'macvtap'),
      part: 'key',
    },
    {
      code: 'DISC-04',
      severity: 'error',
      field: null,
      message: 'Passt network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.',
      at: IF(1, 'passt'),
      part: 'key',
    },
  ]);
});

test('DISC-04 valid neighbours: gate listed but unused; used but not listed', () => {
  assert.deepEqual(
    validateFeatureGates(input(spec([{ name: 'default', masquerade: {} }], [POD]), { featureGates: ['Passt', 'Macvtap'] })),
    [],
  );
  assert.deepEqual(validateFeatureGates(input(spec([{ name: 'default', passt: {} }], [POD]))), []);
});
