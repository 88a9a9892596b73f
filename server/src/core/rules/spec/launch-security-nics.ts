// LSEC-01 — SEV / SNP / TDX guests cannot boot from a NIC (pkg/virt-api/webhooks/amd64.go:
// ValidateLaunchSecurityAmd64, the last check of its "valid launchSecurity" branch).

import { at, field, type AdmissionInput } from '../../admission/input';
import { featureGateEnabled } from '../../context/context';
import { interfacesOf } from '../../model/resource';
import type { Finding } from '../../types';
import { goString, isSet } from '../../go/fmt';

/** The architecture the webhook sees: spec.architecture, which the mutating webhook defaults to the cluster's. */
export function effectiveArchitecture(input: AdmissionInput): string {
  const a = goString(input.spec.architecture);
  return a !== '' ? a : input.ctx.arch;
}

export function validateLaunchSecurityNics(input: AdmissionInput): Finding[] {
  const ls = input.spec.domain?.launchSecurity;
  if (!isSet(ls) || typeof ls !== 'object') return [];
  if (effectiveArchitecture(input) !== 'amd64') return [];

  const selected: { type: 'SEV' | 'SNP' | 'TDX'; gate: string }[] = [];
  if (isSet(ls.sev)) selected.push({ type: 'SEV', gate: 'WorkloadEncryptionSEV' });
  if (isSet(ls.snp)) selected.push({ type: 'SNP', gate: 'WorkloadEncryptionSEV' });
  if (isSet(ls.tdx)) selected.push({ type: 'TDX', gate: 'WorkloadEncryptionTDX' });
  // Several or none selected, or the gate off: KubeVirt reports that instead and skips the NIC check.
  if (selected.length !== 1) return [];
  const { type, gate } = selected[0]!;
  if (!featureGateEnabled(input.ctx, gate)) return [];

  const findings: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, idx) => {
    if (!isSet(iface?.bootOrder)) return;
    const name = goString(iface.name);
    findings.push({
      code: 'LSEC-01',
      severity: 'error',
      message: `${type} does not work with bootable NICs: ${name}`,
      field: field(input, 'launchSecurity'),
      at: at(input, 'domain', 'launchSecurity'),
      part: 'key',
      related: [
        {
          at: at(input, 'domain', 'devices', 'interfaces', idx, 'bootOrder'),
          part: 'key',
          message: `interface ${name} is bootable`,
        },
      ],
      data: { interfaceIndex: idx, launchSecurity: type },
    });
  });
  return findings;
}
