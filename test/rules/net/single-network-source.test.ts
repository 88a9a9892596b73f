import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateSingleNetworkSource } from '../../../server/src/core/rules/net/single-network-source';
import { NET, input, shape, spec } from '../../helpers/admission';

test('NET-04: a network without a source', () => {
  assert.deepEqual(validateSingleNetworkSource(input(spec([], [{ name: 'x' }]))).map(shape), [
    {
      code: 'NET-04',
      severity: 'error',
      field: 'spec.networks[0]',
      message: 'should have a network type',
      at: NET(0, 'name'),
      part: 'value',
    },
  ]);
});

test('NET-05: pod and resourceClaim on one network, at the second source key', () => {
  const got = validateSingleNetworkSource(
    input(spec([], [{ name: 'default', pod: {}, resourceClaim: { claimName: 'c', requestName: 'r' } }])),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'NET-05',
      severity: 'error',
      field: 'spec.networks[0]',
      message: 'should have only one network type',
      at: NET(0, 'resourceClaim'),
      part: 'key',
      related: [NET(0, 'pod')],
    },
  ]);
});

test('NET-04 treats `pod: null` as absent (Go nil pointer)', () => {
  assert.deepEqual(
    validateSingleNetworkSource(input(spec([], [{ name: 'x', pod: null }]))).map((f) => f.code),
    ['NET-04'],
  );
});

test('NET-04/05 valid neighbour: one source each', () => {
  const nets = [
    { name: 'a', pod: {} },
    { name: 'b', multus: { networkName: 'n' } },
    { name: 'c', resourceClaim: { claimName: 'c', requestName: 'r' } },
  ];
  assert.deepEqual(validateSingleNetworkSource(input(spec([], nets))), []);
});
