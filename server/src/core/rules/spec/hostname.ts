// DNS-01, DNS-02 — hostname and subdomain (vmi-create-admitter.go: validateHostNameNotConformingToDNSLabelRules,
// validateSubdomainDNSSubdomainRules; the first checks of ValidateVirtualMachineInstanceSpec).

import { at, field, type AdmissionInput } from '../../admission/input';
import type { Finding } from '../../types';
import { isDNS1123Label, isDNS1123Subdomain } from './dns1123';
import { goString } from '../../go/fmt';

export function validateHostnameAndSubdomain(input: AdmissionInput): Finding[] {
  const findings: Finding[] = [];
  const hostname = goString(input.spec.hostname);
  if (hostname !== '') {
    const errs = isDNS1123Label(hostname);
    if (errs.length > 0) {
      const path = field(input, 'hostname');
      findings.push({
        code: 'DNS-01',
        severity: 'error',
        message: `${path} does not conform to the kubernetes DNS_LABEL rules : ${errs.join(', ')}`,
        field: path,
        at: at(input, 'hostname'),
        part: 'value',
      });
    }
  }
  const subdomain = goString(input.spec.subdomain);
  if (subdomain !== '') {
    const errs = isDNS1123Subdomain(subdomain);
    if (errs.length > 0) {
      const path = field(input, 'subdomain');
      findings.push({
        code: 'DNS-02',
        severity: 'error',
        message: `${path} does not conform to the kubernetes DNS_SUBDOMAIN rules : ${errs.join(', ')}`,
        field: path,
        at: at(input, 'subdomain'),
        part: 'value',
      });
    }
  }
  return findings;
}
