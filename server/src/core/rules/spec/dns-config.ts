// DNS-03..11 — dnsPolicy and dnsConfig (vmi-create-admitter.go: validateDNSPolicy, then validatePodDNSConfig,
// a copy of Kubernetes' pod check that reports bare `nameservers` / `searchDomains` / `options` fields).

import { at, field, type AdmissionInput } from '../../admission/input';
import type { Finding } from '../../types';
import { isDNS1123Subdomain } from './dns1123';
import { goLen, goString, goStringSlice, isSet, list } from '../../go/fmt';
import { parseIPSloppy, sanitizeIP } from '../../go/net';

const MAX_NAMESERVERS = 3;
const MAX_SEARCH_PATHS = 6;
const MAX_SEARCH_LIST_CHARS = 256;
const VALID_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None', ''];

/** DNS-03 — dead code in practice: the OpenAPI enum on dnsPolicy rejects an unknown value first. */
export function validateDNSPolicy(input: AdmissionInput): Finding[] {
  const policy = goString(input.spec.dnsPolicy);
  if (policy === '' || VALID_POLICIES.includes(policy)) return [];
  return [
    {
      code: 'DNS-03',
      severity: 'error',
      message: `DNSPolicy: ${policy} is not supported, valid values: ${goStringSlice(VALID_POLICIES)}`,
      field: field(input, 'dnsPolicy'),
      at: at(input, 'dnsPolicy'),
      part: 'value',
    },
  ];
}

/** DNS-04..11. */
export function validatePodDNSConfig(input: AdmissionInput): Finding[] {
  const findings: Finding[] = [];
  const cfgRaw = input.spec.dnsConfig;
  const cfg = isSet(cfgRaw) && typeof cfgRaw === 'object' ? (cfgRaw as Record<string, unknown>) : undefined;
  const nameservers = list(cfg?.['nameservers']) ?? [];

  if (goString(input.spec.dnsPolicy) === 'None') {
    if (!cfg) {
      return [
        {
          code: 'DNS-04',
          severity: 'error',
          message: 'must provide `dnsConfig` when `dnsPolicy` is None',
          field: field(input, 'dnsConfig'),
          at: at(input, 'dnsPolicy'),
          part: 'value',
        },
      ];
    }
    if (nameservers.length === 0) {
      return [
        {
          code: 'DNS-05',
          severity: 'error',
          message: 'must provide at least one DNS nameserver when `dnsPolicy` is None',
          field: 'nameservers',
          at: 'nameservers' in cfg ? at(input, 'dnsConfig', 'nameservers') : at(input, 'dnsConfig'),
          part: 'key',
        },
      ];
    }
  }
  if (!cfg) return findings;

  // The API's UnmarshalJSON rewrites every nameserver that parses (sloppily) into Go's canonical form.
  const sanitized = nameservers.map((ns) => sanitizeIP(goString(ns)));
  if (nameservers.length > MAX_NAMESERVERS) {
    findings.push({
      code: 'DNS-06',
      severity: 'error',
      message: `must not have more than ${MAX_NAMESERVERS} nameservers: ${goStringSlice(sanitized)}`,
      field: 'nameservers',
      at: at(input, 'dnsConfig', 'nameservers'),
      part: 'key',
    });
  }
  sanitized.forEach((ns, k) => {
    if (parseIPSloppy(ns) !== undefined) return;
    findings.push({
      code: 'DNS-07',
      severity: 'error',
      message: `must be valid IP address: ${ns}`,
      field: 'nameservers',
      at: at(input, 'dnsConfig', 'nameservers', k),
      part: 'value',
    });
  });

  const searches = (list(cfg['searches']) ?? []).map((s) => goString(s));
  if (searches.length > MAX_SEARCH_PATHS) {
    findings.push({
      code: 'DNS-08',
      severity: 'error',
      message: `must not have more than ${MAX_SEARCH_PATHS} search paths`,
      field: 'searchDomains',
      at: at(input, 'dnsConfig', 'searches'),
      part: 'key',
    });
  }
  const joined = searches.join(' ');
  if (goLen(joined) > MAX_SEARCH_LIST_CHARS) {
    findings.push({
      code: 'DNS-09',
      severity: 'error',
      message: `must not have more than ${MAX_SEARCH_LIST_CHARS} characters (including spaces) in the search list`,
      field: 'searchDomains',
      at: at(input, 'dnsConfig', 'searches'),
      part: 'key',
      data: { length: goLen(joined) },
    });
  }
  searches.forEach((search, k) => {
    for (const msg of isDNS1123Subdomain(search)) {
      findings.push({
        code: 'DNS-10',
        severity: 'error',
        message: msg,
        field: 'searchDomains',
        at: at(input, 'dnsConfig', 'searches', k),
        part: 'value',
      });
    }
  });

  (list(cfg['options']) ?? []).forEach((opt, k) => {
    const o = isSet(opt) && typeof opt === 'object' ? (opt as Record<string, unknown>) : {};
    if (goString(o['name']) !== '') return;
    findings.push({
      code: 'DNS-11',
      severity: 'error',
      message: 'Option.Name must not be empty',
      field: 'options',
      at: 'name' in o ? at(input, 'dnsConfig', 'options', k, 'name') : at(input, 'dnsConfig', 'options', k),
      part: 'name' in o ? 'value' : 'key',
    });
  });
  return findings;
}
