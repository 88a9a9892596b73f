import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateHostnameAndSubdomain } from '../../../server/src/core/rules/spec/hostname';
import { isDNS1123Label, isDNS1123Subdomain } from '../../../server/src/core/rules/spec/dns1123';
import { memory, shape, vm, vmi } from '../../helpers/admission';

const LABEL_REGEX_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_REGEX_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

const base = { domain: { ...memory, devices: {} } };

test('DNS-01: hostname with an upper-case letter', () => {
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, hostname: 'My-Host' })).map(shape), [
    {
      code: 'DNS-01',
      severity: 'error',
      field: 'spec.hostname',
      message: `spec.hostname does not conform to the kubernetes DNS_LABEL rules : ${LABEL_REGEX_MSG}`,
      at: ['spec', 'hostname'],
      part: 'value',
    },
  ]);
});

test('DNS-01: a dotted hostname says "must not contain dots"; too long joins both errors', () => {
  assert.deepEqual(
    validateHostnameAndSubdomain(vm({ ...base, hostname: 'a.b' })).map((f) => [f.field, f.message]),
    [['spec.template.spec.hostname', 'spec.template.spec.hostname does not conform to the kubernetes DNS_LABEL rules : must not contain dots']],
  );
  assert.deepEqual(isDNS1123Label('a'.repeat(64)), ['must be no more than 63 characters']);
  assert.deepEqual(isDNS1123Label('-'.repeat(64)), ['must be no more than 63 characters', LABEL_REGEX_MSG]);
});

test('DNS-01 / DNS-02 valid neighbours', () => {
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, hostname: 'my-host-1', subdomain: 'svc.example' })), []);
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, hostname: '', subdomain: '' })), []);
});

test('DNS-02: subdomain ending with a dot', () => {
  assert.deepEqual(validateHostnameAndSubdomain(vmi({ ...base, subdomain: 'svc.' })).map(shape), [
    {
      code: 'DNS-02',
      severity: 'error',
      field: 'spec.subdomain',
      message: `spec.subdomain does not conform to the kubernetes DNS_SUBDOMAIN rules : ${SUBDOMAIN_REGEX_MSG}`,
      at: ['spec', 'subdomain'],
      part: 'value',
    },
  ]);
  assert.deepEqual(isDNS1123Subdomain('a'.repeat(254)), ['must be no more than 253 characters']);
});
