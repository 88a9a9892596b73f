import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDRANetworks } from '../../../server/src/core/rules/spec/dra-networks';
import { validateNetworkDevicesWithDRA } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';

const FG = { featureGates: ['NetworkDevicesWithDRA'] };

function draSpec(extra: { ifaces?: unknown[]; nets?: unknown[]; claims?: unknown[] } = {}): Record<string, unknown> {
  return {
    domain: {
      ...memory,
      devices: {
        interfaces: extra.ifaces ?? [
          { name: 'default', masquerade: {} },
          { name: 'dra-net', sriov: {} },
        ],
      },
    },
    networks: extra.nets ?? [
      { name: 'default', pod: {} },
      { name: 'dra-net', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
    ],
    resourceClaims: extra.claims ?? [{ name: 'claim1', resourceClaimName: 'claim1' }],
  };
}

test('DRA-01: a DRA network with the Alpha gate off', () => {
  const got = validateDRANetworks(vmi(draSpec()));
  assert.deepEqual(got.map(shape), [
    {
      code: 'DRA-01',
      severity: 'error',
      field: 'spec.networks',
      message: 'vmi.spec.networks contains DRA networks but NetworkDevicesWithDRA feature gate is not enabled',
      at: ['spec', 'networks', 1, 'resourceClaim'],
      part: 'key',
    },
  ]);
});

test('DRA-01 stops further DRA checks (a missing claim is not reported)', () => {
  const got = validateDRANetworks(vmi(draSpec({ claims: [] })));
  assert.deepEqual(
    got.map((f) => f.code),
    ['DRA-01'],
  );
});

test('DRA-01 valid neighbour: gate on, well-formed DRA networks next to the pod network', () => {
  assert.deepEqual(validateNetworkDevicesWithDRA(vmi(draSpec(), FG)), []);
});

test('no DRA network: nothing, whatever the gate', () => {
  const spec = draSpec({ ifaces: [{ name: 'default', masquerade: {} }], nets: [{ name: 'default', pod: {} }] });
  assert.deepEqual(validateNetworkDevicesWithDRA(vmi(spec)), []);
});

test('DRA-02: multus and DRA networks mixed (only that cause)', () => {
  const spec = draSpec({
    ifaces: [
      { name: 'default', masquerade: {} },
      { name: 'dra-net', bridge: {} },
      { name: 'm', bridge: {} },
    ],
    nets: [
      { name: 'default', pod: {} },
      { name: 'dra-net', resourceClaim: { claimName: 'nope', requestName: 'vf' } },
      { name: 'm', multus: { networkName: 'nad' } },
    ],
  });
  assert.deepEqual(validateDRANetworks(vm(spec, FG)).map(shape), [
    {
      code: 'DRA-02',
      severity: 'error',
      field: 'spec.template.spec.networks',
      message: 'mixing Multus and DRA resourceClaim networks in the same VMI is not supported',
      at: ['spec', 'template', 'spec', 'networks', 2, 'multus'],
      part: 'key',
      related: [['spec', 'template', 'spec', 'networks', 1, 'resourceClaim']],
    },
  ]);
});

/** DRA networks with the gate on that give exactly one error. */
const oneError = [
  {
    test: 'DRA-03: a DRA network on a masquerade interface (un-indexed field)',
    spec: draSpec({
      ifaces: [
        { name: 'default', masquerade: {} },
        { name: 'dra-net', masquerade: {} },
      ],
    }),
    finding: {
      code: 'DRA-03',
      field: 'spec.domain.devices.interfaces',
      message: 'DRA network "dra-net" requires an SR-IOV or binding plugin interface',
      at: ['spec', 'domain', 'devices', 'interfaces', 1, 'masquerade'],
      part: 'key',
      related: [['spec', 'networks', 1, 'resourceClaim']],
    },
  },
  {
    test: 'DRA-05: empty requestName points at its value',
    spec: draSpec({
      nets: [
        { name: 'default', pod: {} },
        { name: 'dra-net', resourceClaim: { claimName: 'claim1', requestName: '' } },
      ],
    }),
    finding: {
      code: 'DRA-05',
      field: 'spec.networks[1].resourceClaim.requestName',
      message: 'requestName is required for DRA network',
      at: ['spec', 'networks', 1, 'resourceClaim', 'requestName'],
      part: 'value',
    },
  },
  {
    test: 'DRA-06: claim not declared in spec.resourceClaims',
    spec: draSpec({ claims: [{ name: 'other', resourceClaimName: 'x' }] }),
    finding: {
      code: 'DRA-06',
      field: 'spec.networks[1].resourceClaim.claimName',
      message: 'network references resourceClaim "claim1" which is not defined in spec.resourceClaims',
      at: ['spec', 'networks', 1, 'resourceClaim', 'claimName'],
      part: 'value',
    },
  },
  {
    test: 'DRA-07: the same claim/request pair on two networks, reported on the later one',
    spec: draSpec({
      ifaces: [
        { name: 'a', sriov: {} },
        { name: 'b', sriov: {} },
      ],
      nets: [
        { name: 'a', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
        { name: 'b', resourceClaim: { claimName: 'claim1', requestName: 'vf' } },
      ],
    }),
    finding: {
      code: 'DRA-07',
      field: 'spec.networks[1]',
      message: 'duplicate claimName/requestName combination "claim1/vf"',
      at: ['spec', 'networks', 1, 'resourceClaim'],
      part: 'key',
      related: [['spec', 'networks', 0, 'resourceClaim']],
    },
  },
];

for (const c of oneError) {
  test(c.test, () => {
    assert.deepEqual(validateDRANetworks(vmi(c.spec, FG)).map(shape), [{ severity: 'error', ...c.finding }]);
  });
}

test('DRA-03 valid neighbour: a binding plugin interface', () => {
  const spec = draSpec({
    ifaces: [
      { name: 'default', masquerade: {} },
      { name: 'dra-net', binding: { name: 'vhostuser' } },
    ],
  });
  assert.deepEqual(validateDRANetworks(vmi(spec, FG)), []);
});

test('DRA-04, DRA-05: both names missing, then no reference/uniqueness checks', () => {
  const spec = draSpec({
    nets: [
      { name: 'default', pod: {} },
      { name: 'dra-net', resourceClaim: {} },
    ],
  });
  assert.deepEqual(validateDRANetworks(vmi(spec, FG)).map(shape), [
    {
      code: 'DRA-04',
      severity: 'error',
      field: 'spec.networks[1].resourceClaim.claimName',
      message: 'claimName is required for DRA network',
      at: ['spec', 'networks', 1, 'resourceClaim'],
      part: 'key',
    },
    {
      code: 'DRA-05',
      severity: 'error',
      field: 'spec.networks[1].resourceClaim.requestName',
      message: 'requestName is required for DRA network',
      at: ['spec', 'networks', 1, 'resourceClaim'],
      part: 'key',
    },
  ]);
});

test('DRA-07 valid neighbour: same claim, different requests', () => {
  const spec = draSpec({
    ifaces: [
      { name: 'a', sriov: {} },
      { name: 'b', sriov: {} },
    ],
    nets: [
      { name: 'a', resourceClaim: { claimName: 'claim1', requestName: 'vf0' } },
      { name: 'b', resourceClaim: { claimName: 'claim1', requestName: 'vf1' } },
    ],
  });
  assert.deepEqual(validateDRANetworks(vmi(spec, FG)), []);
});

test('DRA-03..07 order per network: binding, names, reference, uniqueness', () => {
  const spec = draSpec({
    ifaces: [
      { name: 'a', bridge: {} },
      { name: 'b', bridge: {} },
    ],
    nets: [
      { name: 'a', resourceClaim: { claimName: 'x', requestName: 'r' } },
      { name: 'b', resourceClaim: { claimName: 'x', requestName: 'r' } },
    ],
    claims: [],
  });
  assert.deepEqual(
    validateDRANetworks(vmi(spec, FG)).map((f) => `${f.code} ${f.field}`),
    [
      'DRA-03 spec.domain.devices.interfaces',
      'DRA-06 spec.networks[0].resourceClaim.claimName',
      'DRA-03 spec.domain.devices.interfaces',
      'DRA-06 spec.networks[1].resourceClaim.claimName',
      'DRA-07 spec.networks[1]',
    ],
  );
});

test('Go %q escaping of the network name', () => {
  const spec = draSpec({
    ifaces: [{ name: 'dra"net', bridge: {} }],
    nets: [{ name: 'dra"net', resourceClaim: { claimName: 'claim1', requestName: 'vf' } }],
  });
  assert.equal(validateDRANetworks(vmi(spec, FG))[0]!.message, 'DRA network "dra\\"net" requires an SR-IOV or binding plugin interface');
});
