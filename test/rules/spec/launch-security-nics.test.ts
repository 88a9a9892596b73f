import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateLaunchSecurity } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';

function spec(launchSecurity: unknown, ifaces: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...extra,
    domain: {
      ...memory,
      launchSecurity,
      firmware: { bootloader: { efi: { secureBoot: false } } },
      devices: { interfaces: ifaces },
    },
    networks: [
      { name: 'default', pod: {} },
      { name: 'm', multus: { networkName: 'nad' } },
    ],
  };
}

const bootable = [
  { name: 'default', masquerade: {}, bootOrder: 1 },
  { name: 'm', bridge: {}, bootOrder: 2 },
];

test('LSEC-01: SEV with two bootable NICs, one cause each at spec.launchSecurity', () => {
  const got = validateLaunchSecurity(vmi(spec({ sev: {} }, bootable, { architecture: 'amd64' })));
  assert.deepEqual(got.map(shape), [
    {
      code: 'LSEC-01',
      severity: 'error',
      field: 'spec.launchSecurity',
      message: 'SEV does not work with bootable NICs: default',
      at: ['spec', 'domain', 'launchSecurity'],
      part: 'key',
      related: [['spec', 'domain', 'devices', 'interfaces', 0, 'bootOrder']],
    },
    {
      code: 'LSEC-01',
      severity: 'error',
      field: 'spec.launchSecurity',
      message: 'SEV does not work with bootable NICs: m',
      at: ['spec', 'domain', 'launchSecurity'],
      part: 'key',
      related: [['spec', 'domain', 'devices', 'interfaces', 1, 'bootOrder']],
    },
  ]);
});

test('LSEC-01 on a VM with SNP; architecture from the cluster default', () => {
  const got = validateLaunchSecurity(vm(spec({ snp: {} }, [{ name: 'default', masquerade: {}, bootOrder: 0 }])));
  assert.deepEqual(
    got.map((f) => [f.field, f.message]),
    [['spec.template.spec.launchSecurity', 'SNP does not work with bootable NICs: default']],
  );
});

test('LSEC-01 valid neighbour: SEV and a NIC without bootOrder', () => {
  assert.deepEqual(validateLaunchSecurity(vmi(spec({ sev: {} }, [{ name: 'default', masquerade: {} }]))), []);
});

test('LSEC-01 is skipped when the type is ambiguous (LSEC-TYPE instead) or the architecture is not amd64', () => {
  assert.deepEqual(
    validateLaunchSecurity(vmi(spec({ sev: {}, tdx: {} }, bootable))).map((f) => [f.code, f.message]),
    [['LSEC-TYPE', 'One and only one launchSecurity type can be set']],
  );
  assert.deepEqual(validateLaunchSecurity(vmi(spec({ sev: {} }, bootable, { architecture: 's390x' }))), []);
  assert.deepEqual(validateLaunchSecurity(vmi(spec({ sev: {} }, bootable), { arch: 'arm64' })), []);
});

test('LSEC-01: TDX with its Alpha gate enabled', () => {
  const got = validateLaunchSecurity(vmi(spec({ tdx: {} }, bootable.slice(0, 1)), { featureGates: ['WorkloadEncryptionTDX'] }));
  assert.deepEqual(
    got.map((f) => f.message),
    ['TDX does not work with bootable NICs: default'],
  );
});
