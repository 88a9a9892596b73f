// validateLaunchSecurity as each release gates it (releases/admission.ts LAUNCH_SECURITY_GATING), all causes at
// `<p>.launchSecurity`:
// * v1.5 any launchSecurity needs WorkloadEncryptionSEV (LSEC-FG); then, for `sev`: OVMF, else not SecureBoot
//   (LSEC-FW), attestation needs startStrategy Paused (LSEC-ATTEST), no bootable NIC (LSEC-01)
//   (ADM/vmi-create-admitter.go:542-586@v1.5.0); v1.6 the same, gated only for `sev` (:567-621@v1.6.0);
// * v1.7+ on spec.architecture amd64 (pkg/virt-api/webhooks/amd64.go:79-175@v1.7.0, same @v1.9.0): exactly one of
//   sev/snp/tdx (LSEC-TYPE), its gate (SEV/SNP WorkloadEncryptionSEV, TDX WorkloadEncryptionTDX: LSEC-FG), then TDX
//   not with SMM, OVMF, SEV/SNP not with SecureBoot, SNP/TDX not with persistent EFI (LSEC-FW), SEV attestation
//   (LSEC-ATTEST), bootable NICs (LSEC-01).
// Not modelled: other architectures from v1.7 (s390x Secure Execution, "No launchSecurity support for architecture").

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { featureGateEnabled } from '../../context/context';
import type { Finding } from '../../types';
import { goString, isSet, obj } from '../../go/fmt';
import { valueFor } from '../../releases/by-release';
import { LAUNCH_SECURITY_GATING } from '../../releases/admission';
import { bootableNicCauses, effectiveArchitecture } from './launch-security-nics';

const SEV_GATE = 'WorkloadEncryptionSEV';
const TDX_GATE = 'WorkloadEncryptionTDX';
type LsType = 'SEV' | 'SNP' | 'TDX';
type Obj = Record<string, unknown>;

function lsCause(input: RuleInput, code: string, message: string, data: Record<string, unknown> = {}): Finding {
  return finding(code, message, field(input, 'launchSecurity'), at(input, 'domain', 'launchSecurity'), { part: 'key', data });
}

const gateOff = (input: RuleInput, gate: string): Finding =>
  lsCause(input, 'LSEC-FG', `${gate} feature gate is not enabled in kubevirt-config`, {
    featureGate: gate,
    config: 'developerConfiguration.featureGates',
  });

/** spec.domain.firmware.bootloader.efi, when all of it is there (efiBootEnabled). */
function efiOf(input: RuleInput): Obj | undefined {
  return obj(obj(obj(obj(input.spec.domain)?.['firmware'])?.['bootloader'])?.['efi']);
}

/** EFI.SecureBoot unset counts as on (secureBootEnabled). */
const secureBoot = (efi: Obj): boolean => efi['secureBoot'] === undefined || efi['secureBoot'] === null || efi['secureBoot'] === true;

function attestation(input: RuleInput, sev: unknown): Finding[] {
  const paused = goString(input.spec.startStrategy) === 'Paused';
  if (!isSet(obj(sev)?.['attestation']) || paused) return [];
  return [lsCause(input, 'LSEC-ATTEST', "SEV attestation requires VMI StartStrategy 'Paused'")];
}

/** v1.5 / v1.6: the SEV checks after the gate. */
function sevChecks(input: RuleInput, sev: unknown): Finding[] {
  const efi = efiOf(input);
  const out: Finding[] = [];
  if (!efi) out.push(lsCause(input, 'LSEC-FW', 'SEV requires OVMF (UEFI)'));
  else if (secureBoot(efi)) out.push(lsCause(input, 'LSEC-FW', 'SEV does not work along with SecureBoot'));
  return [...out, ...attestation(input, sev), ...bootableNicCauses(input, 'SEV')];
}

/** v1.7+: one type, its gate, then firmware, attestation and NICs. */
function perType(input: RuleInput, ls: Obj): Finding[] {
  if (effectiveArchitecture(input) !== 'amd64') return [];
  const types: LsType[] = [];
  if (isSet(ls['sev'])) types.push('SEV');
  if (isSet(ls['snp'])) types.push('SNP');
  if (isSet(ls['tdx'])) types.push('TDX');
  if (types.length !== 1) return [lsCause(input, 'LSEC-TYPE', 'One and only one launchSecurity type can be set', { types })];
  const type = types[0]!;
  const gate = type === 'TDX' ? TDX_GATE : SEV_GATE;
  if (!featureGateEnabled(input.ctx, gate)) return [gateOff(input, gate)];
  const out: Finding[] = [];
  const smm = obj(obj(obj(input.spec.domain)?.['features'])?.['smm']);
  if (type === 'TDX' && smm && (smm['enabled'] === undefined || smm['enabled'] === null || smm['enabled'] === true)) {
    out.push(lsCause(input, 'LSEC-FW', 'TDX does not work along with SMM'));
  }
  const efi = efiOf(input);
  if (!efi) out.push(lsCause(input, 'LSEC-FW', `${type} requires OVMF (UEFI)`));
  else {
    if (type !== 'TDX' && secureBoot(efi)) out.push(lsCause(input, 'LSEC-FW', `${type} does not work along with SecureBoot`));
    if (type !== 'SEV' && efi['persistent'] === true)
      out.push(lsCause(input, 'LSEC-FW', `${type} does not work along with Persistent EFI variables`));
  }
  if (type === 'SEV') out.push(...attestation(input, ls['sev']));
  return [...out, ...bootableNicCauses(input, type)];
}

export function validateLaunchSecurityGateAndNics(input: RuleInput): Finding[] {
  const ls = obj(input.spec.domain?.launchSecurity);
  if (!ls) return [];
  switch (valueFor(input.ctx, LAUNCH_SECURITY_GATING)) {
    case 'any':
      if (!featureGateEnabled(input.ctx, SEV_GATE)) return [gateOff(input, SEV_GATE)];
      return isSet(ls['sev']) ? sevChecks(input, ls['sev']) : [];
    case 'sev':
      if (!isSet(ls['sev'])) return [];
      return featureGateEnabled(input.ctx, SEV_GATE) ? sevChecks(input, ls['sev']) : [gateOff(input, SEV_GATE)];
    case 'per-type':
      return perType(input, ls);
  }
}
