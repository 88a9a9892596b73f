import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDRANetworkDevicePairs } from '../../../server/src/core/rules/spec/dra-device-pairs';
import { validateNetworkDevicesWithDRA } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';

const FG = { featureGates: ['NetworkDevicesWithDRA'] };

function spec(devices: Record<string, unknown>, nets?: unknown[]): Record<string, unknown> {
  return {
    domain: { ...memory, devices: { interfaces: [{ name: 'dra-net', sriov: {} }], ...devices } },
    networks: nets ?? [{ name: 'dra-net', resourceClaim: { claimName: 'claim1', requestName: 'vf' } }],
    resourceClaims: [{ name: 'claim1', resourceClaimName: 'claim1' }],
  };
}

test('DRA-08: a GPU (inline claim, as the Go type has it) uses the network pair', () => {
  const s = spec({ gpus: [{ name: 'gpu1', claimName: 'claim1', requestName: 'vf' }] });
  assert.deepEqual(validateDRANetworkDevicePairs(vmi(s, FG)).map(shape), [
    {
      code: 'DRA-08',
      severity: 'error',
      field: 'spec.networks[0]',
      message: 'duplicate claimName/requestName pair "claim1/vf" between GPUs[0] and Networks[0]',
      at: ['spec', 'networks', 0, 'resourceClaim', 'claimName'],
      part: 'value',
      related: [['spec', 'domain', 'devices', 'gpus', 0, 'claimName']],
    },
  ]);
});

test('DRA-08: nested claimRequest form, on a VM; the combined entry point appends it after DRA-01..07', () => {
  const s = spec({ gpus: [{ name: 'gpu1', claimRequest: { claimName: 'claim1', requestName: 'vf' } }] });
  const got = validateNetworkDevicesWithDRA(vm(s, FG));
  assert.deepEqual(got.map(shape), [
    {
      code: 'DRA-08',
      severity: 'error',
      field: 'spec.template.spec.networks[0]',
      message: 'duplicate claimName/requestName pair "claim1/vf" between GPUs[0] and Networks[0]',
      at: ['spec', 'template', 'spec', 'networks', 0, 'resourceClaim', 'claimName'],
      part: 'value',
      related: [['spec', 'template', 'spec', 'domain', 'devices', 'gpus', 0, 'claimRequest']],
    },
  ]);
});

test('DRA-08: host device pair; first device index, first network index', () => {
  const s = spec(
    {
      hostDevices: [
        { name: 'h0', deviceName: 'vendor/x' },
        { name: 'h1', claimName: 'claim1', requestName: 'vf' },
        { name: 'h2', claimName: 'claim1', requestName: 'vf' },
      ],
      interfaces: [
        { name: 'a', sriov: {} },
        { name: 'b', sriov: {} },
      ],
    },
    [
      { name: 'a', resourceClaim: { claimName: 'claim1', requestName: 'other' } },
      { name: 'b', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
    ],
  );
  assert.deepEqual(
    validateDRANetworkDevicePairs(vmi(s, FG)).map((f) => [f.field, f.message]),
    [['spec.networks[1]', 'duplicate claimName/requestName pair "claim1/vf" between HostDevices[1] and Networks[1]']],
  );
});

test('DRA-08 valid neighbour: GPU uses another request of the same claim', () => {
  const s = spec({ gpus: [{ name: 'gpu1', claimName: 'claim1', requestName: 'gpu' }] });
  assert.deepEqual(validateDRANetworkDevicePairs(vmi(s, FG)), []);
});

test('DRA-08 needs NetworkDevicesWithDRA (then only DRA-01) and GPUsWithDRA', () => {
  const s = spec({ gpus: [{ name: 'gpu1', claimName: 'claim1', requestName: 'vf' }] });
  assert.deepEqual(
    validateNetworkDevicesWithDRA(vmi(s)).map((f) => f.code),
    ['DRA-01'],
  );
  assert.deepEqual(
    validateDRANetworkDevicePairs(vmi(s, { featureGates: ['NetworkDevicesWithDRA'], disabledFeatureGates: ['GPUsWithDRA'] })),
    [],
  );
});

test('DRA-08: GPUs mixing DRA and device-plugin entries contribute no pair', () => {
  const s = spec({
    gpus: [
      { name: 'g0', deviceName: 'nvidia.com/x' },
      { name: 'g1', claimName: 'claim1', requestName: 'vf' },
    ],
  });
  assert.deepEqual(validateDRANetworkDevicePairs(vmi(s, FG)), []);
});
