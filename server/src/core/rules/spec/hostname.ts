// DNS-01, DNS-02 — hostname and subdomain (vmi-create-admitter.go: validateHostNameNotConformingToDNSLabelRules,
// validateSubdomainDNSSubdomainRules; the first checks of ValidateVirtualMachineInstanceSpec).

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import type { Finding } from '../../types';
import { isDNS1123Label, isDNS1123Subdomain } from './dns1123';
import { goString } from '../../go/fmt';

/** A non-empty `key` that fails `check` (an apimachinery IsDNS1123* function): one cause joining its errors. */
function dnsNameCause(
  input: RuleInput,
  key: 'hostname' | 'subdomain',
  code: string,
  rules: string,
  check: (v: string) => string[],
): Finding[] {
  const value = goString(input.spec[key]);
  if (value === '') return [];
  const errs = check(value);
  if (errs.length === 0) return [];
  const path = field(input, key);
  const message = `${path} does not conform to the kubernetes ${rules} rules : ${errs.join(', ')}`;
  return [finding(code, message, path, at(input, key), { part: 'value' })];
}

export function validateHostnameAndSubdomain(input: RuleInput): Finding[] {
  return [
    ...dnsNameCause(input, 'hostname', 'DNS-01', 'DNS_LABEL', isDNS1123Label),
    ...dnsNameCause(input, 'subdomain', 'DNS-02', 'DNS_SUBDOMAIN', isDNS1123Subdomain),
  ];
}
