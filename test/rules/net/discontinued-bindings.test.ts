import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDiscontinuedBindings } from '../../../server/src/core/rules/net/discontinued-bindings';
import { validateFeatureGates } from '../../../server/src/core/rules/net/feature-gates';
import { IF, POD, input, shape, spec } from '../../helpers/admission';

test('DISC-01..03: one cause per discontinued binding, at its key', () => {
  const ifaces = [{ name: 'default', slirp: {} }, { name: 'b', passt: {} }, { name: 'c', macvtap: {} }];
  const nets = [POD, { name: 'b', multus: { networkName: 'x' } }, { name: 'c', multus: { networkName: 'y' } }];
  assert.deepEqual(validateDiscontinuedBindings(input(spec(ifaces, nets))).map(shape), [
    { code: 'DISC-01', severity: 'error', field: 'spec.domain.devices.interfaces[0].slirp', message: 'Slirp interface support has been discontinued since v1.3', at: IF(0, 'slirp'), part: 'key' },
    { code: 'DISC-02', severity: 'error', field: 'spec.domain.devices.interfaces[1].passt', message: 'Passt network binding has been discontinued since v1.3', at: IF(1, 'passt'), part: 'key' },
    { code: 'DISC-03', severity: 'error', field: 'spec.domain.devices.interfaces[2].macvtap', message: 'Macvtap network binding has been discontinued since v1.3', at: IF(2, 'macvtap'), part: 'key' },
  ]);
});

test('DISC valid neighbour: passtBinding is not the discontinued passt', () => {
  assert.deepEqual(validateDiscontinuedBindings(input(spec([{ name: 'default', passtBinding: {} }], [POD]))), []);
});

test('DISC-04: discontinued gate listed and used; no field; gate order', () => {
  const s = spec([{ name: 'default', masquerade: {} }, { name: 'b', passt: {} }, { name: 'c', macvtap: {} }], [POD]);
  const got = validateFeatureGates(input(s, { featureGates: ['Macvtap', 'Passt'] }));
  assert.deepEqual(got.map(shape), [
    { code: 'DISC-04', severity: 'error', field: null, message: 'Macvtap network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.', at: IF(2, 'macvtap'), part: 'key' },
    { code: 'DISC-04', severity: 'error', field: null, message: 'Passt network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.', at: IF(1, 'passt'), part: 'key' },
  ]);
});

test('DISC-04 valid neighbours: gate listed but unused; used but not listed', () => {
  assert.deepEqual(validateFeatureGates(input(spec([{ name: 'default', masquerade: {} }], [POD]), { featureGates: ['Passt', 'Macvtap'] })), []);
  assert.deepEqual(validateFeatureGates(input(spec([{ name: 'default', passt: {} }], [POD]))), []);
});
