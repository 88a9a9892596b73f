// Where the DRA checks stand among the admission causes: DRA-01..07 inside the network validator (after the
// network-name check), the device-pair check DRA-08 (pkg/dra/admitter) right after the whole validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, errors, memory } from '../helpers/admission';

const FG = { featureGates: ['NetworkDevicesWithDRA'] };

function draSpec(): Record<string, unknown> {
  return {
    domain: {
      ...memory,
      devices: {
        interfaces: [
          { name: 'a', sriov: {} },
          { name: 'b', sriov: {}, macAddress: 'not-a-mac' },
        ],
        gpus: [{ name: 'gpu1', claimName: 'claim1', requestName: 'vf' }],
      },
    },
    networks: [
      { name: 'a', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
      { name: 'b', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
    ],
    resourceClaims: [{ name: 'claim1', resourceClaimName: 'claim1' }],
  };
}

for (const kind of ['VirtualMachineInstance', 'VirtualMachine'] as const) {
  test(`DRA order (${kind}): DRA-07 in the network validator, IFACE-05 after it, DRA-08 after the validator`, () => {
    const p = kind === 'VirtualMachine' ? 'spec.template.spec' : 'spec';
    assert.deepEqual(
      errors(admitSpec(draSpec(), FG, kind)).map((f) => [f.code, f.field]),
      [
        ['DRA-07', `${p}.networks[1]`],
        ['IFACE-05', `${p}.domain.devices.interfaces[1].macAddress`],
        ['DRA-08', `${p}.networks[0]`],
      ],
    );
  });
}
