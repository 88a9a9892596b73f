import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDNSPolicy, validatePodDNSConfig } from '../../../server/src/core/rules/spec/dns-config';
import { validateDNS } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';

const base = {
  domain: { ...memory, devices: { interfaces: [{ name: 'default', masquerade: {} }] } },
  networks: [{ name: 'default', pod: {} }],
};
const SUBDOMAIN_REGEX_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

test('DNS-03: unknown dnsPolicy (dead code behind the schema enum)', () => {
  assert.deepEqual(validateDNSPolicy(vmi({ ...base, dnsPolicy: 'ClusterFirstX' })).map(shape), [
    {
      code: 'DNS-03',
      severity: 'error',
      field: 'spec.dnsPolicy',
      message: 'DNSPolicy: ClusterFirstX is not supported, valid values: [ClusterFirstWithHostNet ClusterFirst Default None ]',
      at: ['spec', 'dnsPolicy'],
      part: 'value',
    },
  ]);
  assert.deepEqual(validateDNSPolicy(vmi({ ...base, dnsPolicy: 'ClusterFirstWithHostNet' })), []);
});

test('DNS-04: dnsPolicy None without dnsConfig', () => {
  assert.deepEqual(validatePodDNSConfig(vm({ ...base, dnsPolicy: 'None' })).map(shape), [
    {
      code: 'DNS-04',
      severity: 'error',
      field: 'spec.template.spec.dnsConfig',
      message: 'must provide `dnsConfig` when `dnsPolicy` is None',
      at: ['spec', 'template', 'spec', 'dnsPolicy'],
      part: 'value',
    },
  ]);
});

test('DNS-04/05 valid neighbour: None with one nameserver', () => {
  assert.deepEqual(validateDNS(vmi({ ...base, dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.10'] } })), []);
});

/** One finding from validatePodDNSConfig for a VMI with these spec keys; `valid` are neighbours that give none. */
const oneFinding = [
  {
    test: 'DNS-05: dnsPolicy None without nameservers returns early (bad options not reported)',
    spec: { dnsPolicy: 'None', dnsConfig: { nameservers: [], options: [{ value: '1' }] } },
    code: 'DNS-05',
    field: 'nameservers',
    message: 'must provide at least one DNS nameserver when `dnsPolicy` is None',
    at: ['spec', 'dnsConfig', 'nameservers'],
    part: 'key',
  },
  {
    test: 'DNS-06: four nameservers, listed as sanitized by the API (leading zeros, IPv6 canonical form)',
    spec: { dnsConfig: { nameservers: ['8.8.8.8', '008.008.004.004', '2001:0DB8:0:0:0:0:0:1', '1.1.1.1'] } },
    code: 'DNS-06',
    field: 'nameservers',
    message: 'must not have more than 3 nameservers: [8.8.8.8 8.8.4.4 2001:db8::1 1.1.1.1]',
    at: ['spec', 'dnsConfig', 'nameservers'],
    part: 'key',
  },
  {
    test: 'DNS-07: a nameserver that is not an IP (sloppy leading zeros pass)',
    spec: { dnsConfig: { nameservers: ['008.008.008.008', 'dns.example.com'] } },
    code: 'DNS-07',
    field: 'nameservers',
    message: 'must be valid IP address: dns.example.com',
    at: ['spec', 'dnsConfig', 'nameservers', 1],
    part: 'value',
    valid: [{ dnsConfig: { nameservers: ['::ffff:10.0.0.1', 'fe80::1'] } }],
  },
  {
    test: 'DNS-08: seven search domains',
    spec: { dnsConfig: { searches: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } },
    code: 'DNS-08',
    field: 'searchDomains',
    message: 'must not have more than 6 search paths',
    at: ['spec', 'dnsConfig', 'searches'],
    part: 'key',
  },
];

for (const c of oneFinding) {
  test(c.test, () => {
    const got = validatePodDNSConfig(vmi({ ...base, ...c.spec }));
    assert.deepEqual(got.map(shape), [{ code: c.code, severity: 'error', field: c.field, message: c.message, at: c.at, part: c.part }]);
    for (const v of c.valid ?? []) assert.deepEqual(validatePodDNSConfig(vmi({ ...base, ...v })), []);
  });
}

test('DNS-09: joined search list longer than 256 characters; 256 exactly is fine', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((c) => `${c.repeat(50)}.local`); // 5*56 + 4 = 284
  assert.deepEqual(validatePodDNSConfig(vmi({ ...base, dnsConfig: { searches: five } })).map(shape), [
    {
      code: 'DNS-09',
      severity: 'error',
      field: 'searchDomains',
      message: 'must not have more than 256 characters (including spaces) in the search list',
      at: ['spec', 'dnsConfig', 'searches'],
      part: 'key',
    },
  ]);
  const exact = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(64)].map((s, i) => (i === 3 ? `${s.slice(0, 62)}.x` : s));
  assert.equal(exact.join(' ').length, 256);
  assert.deepEqual(validatePodDNSConfig(vmi({ ...base, dnsConfig: { searches: exact } })), []);
});

test('DNS-10: a search domain that is not a DNS-1123 subdomain (raw apimachinery message)', () => {
  const got = validatePodDNSConfig(vmi({ ...base, dnsConfig: { searches: ['ok.local', 'Bad_Domain'] } }));
  assert.deepEqual(got.map(shape), [
    {
      code: 'DNS-10',
      severity: 'error',
      field: 'searchDomains',
      message: SUBDOMAIN_REGEX_MSG,
      at: ['spec', 'dnsConfig', 'searches', 1],
      part: 'value',
    },
  ]);
});

test('DNS-11: an option without a name', () => {
  const got = validatePodDNSConfig(
    vmi({ ...base, dnsConfig: { options: [{ name: 'ndots', value: '2' }, { name: '', value: '1' }, { value: '3' }] } }),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'DNS-11',
      severity: 'error',
      field: 'options',
      message: 'Option.Name must not be empty',
      at: ['spec', 'dnsConfig', 'options', 1, 'name'],
      part: 'value',
    },
    {
      code: 'DNS-11',
      severity: 'error',
      field: 'options',
      message: 'Option.Name must not be empty',
      at: ['spec', 'dnsConfig', 'options', 2],
      part: 'key',
    },
  ]);
});

test('dnsConfig valid neighbour and the combined order of validateDNS', () => {
  assert.deepEqual(
    validateDNS(
      vmi({
        ...base,
        dnsConfig: { nameservers: ['1.1.1.1'], searches: ['ns1.svc.cluster.local'], options: [{ name: 'ndots', value: '2' }] },
      }),
    ),
    [],
  );
  const got = validateDNS(vmi({ ...base, hostname: 'A', dnsPolicy: 'Bogus', dnsConfig: { nameservers: ['x'], options: [{}] } }));
  assert.deepEqual(
    got.map((f) => f.code),
    ['DNS-01', 'DNS-03', 'DNS-07', 'DNS-11'],
  );
});
