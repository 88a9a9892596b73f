import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateHostnameAndSubdomain } from '../../../server/src/core/rules/spec/hostname';
import { isDNS1123Label, isDNS1123Subdomain } from '../../../server/src/core/rules/spec/dns1123';
import { memory, shape, vm, vmi } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

const LABEL_REGEX_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_REGEX_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const base = { domain: { ...memory, devices: {} } };

const invalid = [
  {
    test: 'DNS-01: hostname with an upper-case letter',
    code: 'DNS-01',
    key: 'hostname',
    value: 'My-Host',
    rules: 'DNS_LABEL',
    detail: LABEL_REGEX_MSG,
  },
  {
    test: 'DNS-02: subdomain ending with a dot',
    code: 'DNS-02',
    key: 'subdomain',
    value: 'svc.',
    rules: 'DNS_SUBDOMAIN',
    detail: SUBDOMAIN_REGEX_MSG,
  },
];

for (const c of invalid) {
  test(c.test, () => {
    assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, [c.key]: c.value })).map(shape), [
      {
        code: c.code,
        severity: 'error',
        field: `spec.${c.key}`,
        message: `spec.${c.key} does not conform to the kubernetes ${c.rules} rules : ${c.detail}`,
        at: ['spec', c.key],
        part: 'value',
      },
    ]);
  });
}

test('DNS-01: a dotted hostname says "must not contain dots"; too long joins both errors (DNS-02: longer than 253)', () => {
  assert.deepEqual(
    validateHostnameAndSubdomain(vm({ ...base, hostname: 'a.b' })).map((f) => [f.field, f.message]),
    [
      [
        'spec.template.spec.hostname',
        'spec.template.spec.hostname does not conform to the kubernetes DNS_LABEL rules : must not contain dots',
      ],
    ],
  );
  assert.deepEqual(isDNS1123Label('a'.repeat(64)), ['must be no more than 63 characters']);
  assert.deepEqual(isDNS1123Label('-'.repeat(64)), ['must be no more than 63 characters', LABEL_REGEX_MSG]);
  assert.deepEqual(isDNS1123Subdomain('a'.repeat(254)), ['must be no more than 253 characters']);
});

test('DNS-01 / DNS-02 valid neighbours', () => {
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, hostname: 'my-host-1', subdomain: 'svc.example' })), []);
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, hostname: '', subdomain: '' })), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: hostname
spec:
  hostname: web_01
#           ^^^^^^ DNS-01
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
  networks:
  - name: default
    pod: {}
`;

test('DNS-01 marked: a hostname with an underscore', () => {
  assertMarked(MARKED);
});

test('DNS-01 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['  hostname: web_01', '  hostname: web-01']));
});
