// DNS-03..11 — dnsPolicy and dnsConfig (vmi-create-admitter.go: validateDNSPolicy, then validatePodDNSConfig,
// a copy of Kubernetes' pod check that reports bare `nameservers` / `searchDomains` / `options` fields).

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import type { Finding } from '../../types';
import { isDNS1123Subdomain } from './dns1123';
import { goLen, goString, goStringSlice, isSet, list } from '../../go/fmt';
import { parseIPSloppy, sanitizeIP } from '../../go/net';

const MAX_NAMESERVERS = 3;
const MAX_SEARCH_PATHS = 6;
const MAX_SEARCH_LIST_CHARS = 256;
const VALID_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None', ''];

/** DNS-03 — dead code in practice: the OpenAPI enum on dnsPolicy rejects an unknown value first. */
export function validateDNSPolicy(input: RuleInput): Finding[] {
  const policy = goString(input.spec.dnsPolicy);
  if (policy === '' || VALID_POLICIES.includes(policy)) return [];
  return [
    finding(
      'DNS-03',
      `DNSPolicy: ${policy} is not supported, valid values: ${goStringSlice(VALID_POLICIES)}`,
      field(input, 'dnsPolicy'),
      at(input, 'dnsPolicy'),
      { part: 'value' },
    ),
  ];
}

/** DNS-04..11. */
export function validatePodDNSConfig(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  const cfgRaw = input.spec.dnsConfig;
  const cfg = isSet(cfgRaw) && typeof cfgRaw === 'object' ? (cfgRaw as Record<string, unknown>) : undefined;
  const nameservers = list(cfg?.['nameservers']) ?? [];

  if (goString(input.spec.dnsPolicy) === 'None') {
    if (!cfg) {
      return [
        finding('DNS-04', 'must provide `dnsConfig` when `dnsPolicy` is None', field(input, 'dnsConfig'), at(input, 'dnsPolicy'), {
          part: 'value',
        }),
      ];
    }
    if (nameservers.length === 0) {
      return [
        finding(
          'DNS-05',
          'must provide at least one DNS nameserver when `dnsPolicy` is None',
          'nameservers',
          'nameservers' in cfg ? at(input, 'dnsConfig', 'nameservers') : at(input, 'dnsConfig'),
          { part: 'key' },
        ),
      ];
    }
  }
  if (!cfg) return findings;

  // The API's UnmarshalJSON rewrites every nameserver that parses (sloppily) into Go's canonical form.
  const sanitized = nameservers.map((ns) => sanitizeIP(goString(ns)));
  if (nameservers.length > MAX_NAMESERVERS) {
    findings.push(
      finding(
        'DNS-06',
        `must not have more than ${MAX_NAMESERVERS} nameservers: ${goStringSlice(sanitized)}`,
        'nameservers',
        at(input, 'dnsConfig', 'nameservers'),
        { part: 'key' },
      ),
    );
  }
  sanitized.forEach((ns, k) => {
    if (parseIPSloppy(ns) !== undefined) return;
    findings.push(
      finding('DNS-07', `must be valid IP address: ${ns}`, 'nameservers', at(input, 'dnsConfig', 'nameservers', k), { part: 'value' }),
    );
  });

  const searches = (list(cfg['searches']) ?? []).map((s) => goString(s));
  if (searches.length > MAX_SEARCH_PATHS) {
    findings.push(
      finding('DNS-08', `must not have more than ${MAX_SEARCH_PATHS} search paths`, 'searchDomains', at(input, 'dnsConfig', 'searches'), {
        part: 'key',
      }),
    );
  }
  const joined = searches.join(' ');
  if (goLen(joined) > MAX_SEARCH_LIST_CHARS) {
    findings.push(
      finding(
        'DNS-09',
        `must not have more than ${MAX_SEARCH_LIST_CHARS} characters (including spaces) in the search list`,
        'searchDomains',
        at(input, 'dnsConfig', 'searches'),
        { part: 'key', data: { length: goLen(joined) } },
      ),
    );
  }
  searches.forEach((search, k) => {
    for (const msg of isDNS1123Subdomain(search)) {
      findings.push(finding('DNS-10', msg, 'searchDomains', at(input, 'dnsConfig', 'searches', k), { part: 'value' }));
    }
  });

  (list(cfg['options']) ?? []).forEach((opt, k) => {
    const o = isSet(opt) && typeof opt === 'object' ? (opt as Record<string, unknown>) : {};
    if (goString(o['name']) !== '') return;
    findings.push(
      finding(
        'DNS-11',
        'Option.Name must not be empty',
        'options',
        'name' in o ? at(input, 'dnsConfig', 'options', k, 'name') : at(input, 'dnsConfig', 'options', k),
        { part: 'name' in o ? 'value' : 'key' },
      ),
    );
  });
  return findings;
}
