// LSEC-FG, then LSEC-01 — validateLaunchSecurity as each release gates it (releases/admission.ts
// LAUNCH_SECURITY_GATING): v1.5 any launchSecurity needs WorkloadEncryptionSEV; v1.6 only `sev`; v1.7+ dispatches on
// spec.architecture and, on amd64, needs exactly one type with its gate (SEV/SNP: WorkloadEncryptionSEV, TDX:
// WorkloadEncryptionTDX). With the gate off KubeVirt reports `<gate> feature gate is not enabled in kubevirt-config`
// at `<p>.launchSecurity` and skips the rest. Not modelled (not network checks): the firmware checks (OVMF,
// SecureBoot, persistent EFI, SMM, attestation), "One and only one launchSecurity type can be set", and other
// architectures from v1.7 (s390x Secure Execution, "No launchSecurity support for architecture").

import { at, field, type AdmissionInput } from '../../admission/input';
import { featureGateEnabled } from '../../context/context';
import type { Finding } from '../../types';
import { isSet } from '../../go/fmt';
import { valueFor } from '../../releases/by-release';
import { LAUNCH_SECURITY_GATING } from '../../releases/admission';
import { bootableNicCauses, effectiveArchitecture } from './launch-security-nics';

const SEV_GATE = 'WorkloadEncryptionSEV';
const TDX_GATE = 'WorkloadEncryptionTDX';

function gateOff(input: AdmissionInput, gate: string): Finding {
  return {
    code: 'LSEC-FG',
    severity: 'error',
    message: `${gate} feature gate is not enabled in kubevirt-config`,
    field: field(input, 'launchSecurity'),
    at: at(input, 'domain', 'launchSecurity'),
    part: 'key',
    data: { featureGate: gate, config: 'developerConfiguration.featureGates' },
  };
}

export function validateLaunchSecurityGateAndNics(input: AdmissionInput): Finding[] {
  const ls = input.spec.domain?.launchSecurity;
  if (!isSet(ls) || typeof ls !== 'object') return [];
  switch (valueFor(input.ctx, LAUNCH_SECURITY_GATING)) {
    case 'any':
      if (!featureGateEnabled(input.ctx, SEV_GATE)) return [gateOff(input, SEV_GATE)];
      return isSet(ls.sev) ? bootableNicCauses(input, 'SEV') : [];
    case 'sev':
      if (!isSet(ls.sev)) return [];
      return featureGateEnabled(input.ctx, SEV_GATE) ? bootableNicCauses(input, 'SEV') : [gateOff(input, SEV_GATE)];
    case 'per-type': {
      if (effectiveArchitecture(input) !== 'amd64') return [];
      const selected: { type: 'SEV' | 'SNP' | 'TDX'; gate: string }[] = [];
      if (isSet(ls.sev)) selected.push({ type: 'SEV', gate: SEV_GATE });
      if (isSet(ls.snp)) selected.push({ type: 'SNP', gate: SEV_GATE });
      if (isSet(ls.tdx)) selected.push({ type: 'TDX', gate: TDX_GATE });
      if (selected.length !== 1) return [];
      const { type, gate } = selected[0]!;
      return featureGateEnabled(input.ctx, gate) ? bootableNicCauses(input, type) : [gateOff(input, gate)];
    }
  }
}
