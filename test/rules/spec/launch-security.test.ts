import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateLaunchSecurity } from '../../../server/src/core/rules/spec/index';
import { memory, vmi } from '../../helpers/admission';

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

test("LSEC-FG instead of LSEC-01 when the type's gate is off (TDX is Alpha; SEV disabled)", () => {
  const tdx = validateLaunchSecurity(vmi(spec({ tdx: {} }, bootable)));
  assert.deepEqual(
    tdx.map((f) => [f.code, f.field, f.message]),
    [['LSEC-FG', 'spec.launchSecurity', 'WorkloadEncryptionTDX feature gate is not enabled in kubevirt-config']],
  );
  const sev = validateLaunchSecurity(vmi(spec({ sev: {} }, bootable), { disabledFeatureGates: ['WorkloadEncryptionSEV'] }));
  assert.deepEqual(
    sev.map((f) => [f.code, f.message]),
    [['LSEC-FG', 'WorkloadEncryptionSEV feature gate is not enabled in kubevirt-config']],
  );
});

test('LSEC-FW and LSEC-ATTEST before the NICs: OVMF, SecureBoot (unset counts as on), persistent EFI, TDX with SMM', () => {
  const base = spec({ sev: {} }, bootable.slice(0, 1));
  const dom = base['domain'] as Record<string, unknown>;
  const noFw = { ...base, domain: { ...dom, firmware: undefined } };
  assert.deepEqual(
    validateLaunchSecurity(vmi(noFw)).map((f) => [f.code, f.message]),
    [
      ['LSEC-FW', 'SEV requires OVMF (UEFI)'],
      ['LSEC-01', 'SEV does not work with bootable NICs: default'],
    ],
  );
  const secure = { ...base, domain: { ...dom, firmware: { bootloader: { efi: {} } } } };
  assert.deepEqual(
    validateLaunchSecurity(vmi(secure)).map((f) => f.message),
    ['SEV does not work along with SecureBoot', 'SEV does not work with bootable NICs: default'],
  );
  const attest = { ...spec({ sev: { attestation: {} } }, []) };
  assert.deepEqual(
    validateLaunchSecurity(vmi(attest)).map((f) => [f.code, f.field]),
    [['LSEC-ATTEST', 'spec.launchSecurity']],
  );
  assert.deepEqual(validateLaunchSecurity(vmi({ ...attest, startStrategy: 'Paused' })), []);
  const snp = spec({ snp: {} }, []);
  (snp['domain'] as Record<string, unknown>)['firmware'] = { bootloader: { efi: { secureBoot: false, persistent: true } } };
  assert.deepEqual(
    validateLaunchSecurity(vmi(snp)).map((f) => f.message),
    ['SNP does not work along with Persistent EFI variables'],
  );
  const tdx = spec({ tdx: {} }, []);
  (tdx['domain'] as Record<string, unknown>)['features'] = { smm: {} };
  assert.deepEqual(
    validateLaunchSecurity(vmi(tdx, { featureGates: ['WorkloadEncryptionTDX'] })).map((f) => f.message),
    ['TDX does not work along with SMM'],
  );
});

test('before v1.7: v1.5 gates any launchSecurity, v1.6 only sev; no type check', () => {
  assert.deepEqual(
    validateLaunchSecurity(vmi(spec({}, bootable), { kubevirtVersion: 'v1.5' })).map((f) => f.code),
    ['LSEC-FG'],
  );
  assert.deepEqual(validateLaunchSecurity(vmi(spec({}, bootable), { kubevirtVersion: 'v1.6' })), []);
  assert.deepEqual(
    validateLaunchSecurity(vmi(spec({}, bootable), { kubevirtVersion: 'v1.7' })).map((f) => f.code),
    ['LSEC-TYPE'],
  );
  const sevOn = { kubevirtVersion: 'v1.5' as const, featureGates: ['WorkloadEncryptionSEV'] };
  assert.deepEqual(
    validateLaunchSecurity(vmi(spec({ sev: {} }, bootable), sevOn)).map((f) => f.message),
    ['SEV does not work with bootable NICs: default', 'SEV does not work with bootable NICs: m'],
  );
});
