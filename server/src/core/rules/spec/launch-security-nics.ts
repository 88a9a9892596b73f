// LSEC-01 — SEV / SNP / TDX guests cannot boot from a NIC (pkg/virt-api/webhooks/amd64.go:
// ValidateLaunchSecurityAmd64, the last check of its "valid launchSecurity" branch; before v1.7 the same loop in
// vmi-create-admitter.go validateLaunchSecurity, SEV only). Which guests get here is decided by launch-security.ts.

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { interfacesOf } from '../../model/resource';
import type { Finding } from '../../types';
import { goString, isSet } from '../../go/fmt';

/** The architecture the webhook sees: spec.architecture, which the mutating webhook defaults to the cluster's. */
export function effectiveArchitecture(input: RuleInput): string {
  const a = goString(input.spec.architecture);
  return a !== '' ? a : input.ctx.arch;
}

/** One LSEC-01 cause per interface with a bootOrder. */
export function bootableNicCauses(input: RuleInput, type: 'SEV' | 'SNP' | 'TDX'): Finding[] {
  const findings: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, idx) => {
    if (!isSet(iface?.bootOrder)) return;
    const name = goString(iface.name);
    findings.push(
      finding(
        'LSEC-01',
        `${type} does not work with bootable NICs: ${name}`,
        field(input, 'launchSecurity'),
        at(input, 'domain', 'launchSecurity'),
        {
          part: 'key',
          related: [
            {
              at: at(input, 'domain', 'devices', 'interfaces', idx, 'bootOrder'),
              part: 'key',
              message: `interface ${name} is bootable`,
            },
          ],
          data: { interfaceIndex: idx, launchSecurity: type },
        },
      ),
    );
  });
  return findings;
}
