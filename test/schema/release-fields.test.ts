// SCHEMA-04 per release: fields an older release's CRD does not have are unknown fields there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseSpec, documentOf, resourceOf } from './helpers';
import { checkSchema } from '../../server/src/core/schema/check';
import type { KubevirtVersion } from '../../server/src/core/context/version';

const as = (v: KubevirtVersion, kind: Parameters<typeof documentOf>[0], spec: unknown) =>
  checkSchema(resourceOf(documentOf(kind, spec)), { kubevirtVersion: v });

test('passtBinding is unknown before v1.8, on its key, with the API server text', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0] = { name: 'default', passtBinding: {} };
  const got = as('v1.7', 'VirtualMachine', spec);
  assert.deepEqual(
    got.map((f) => [f.code, f.field, f.message, f.at, f.part]),
    [
      [
        'SCHEMA-04',
        'spec.template.spec.domain.devices.interfaces[0].passtBinding',
        'strict decoding error: unknown field "spec.template.spec.domain.devices.interfaces[0].passtBinding"',
        ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'passtBinding'],
        'key',
      ],
    ],
  );
  assert.deepEqual(as('v1.8', 'VirtualMachine', spec), []);
});

test('several unknown fields: one message listing all, sorted; each finding on its own key', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].portRanges = [{ protocol: 'TCP', start: 1, end: 2 }];
  spec.domain.devices.interfaces[0].modle = 'virtio';
  const got = as('v1.8', 'VirtualMachineInstance', spec);
  const all =
    'strict decoding error: unknown field "spec.domain.devices.interfaces[0].modle", unknown field "spec.domain.devices.interfaces[0].portRanges"';
  assert.deepEqual(
    got.map((f) => [f.field, f.message]),
    [
      ['spec.domain.devices.interfaces[0].portRanges', all],
      ['spec.domain.devices.interfaces[0].modle', `${all}; did you mean "model"?`],
    ],
  );
});

test('nothing inside a field the release does not know is looked at', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0].portRanges = [{ protcol: 'TCP', start: 'x' }];
  assert.deepEqual(
    as('v1.6', 'VirtualMachineInstance', spec).map((f) => f.field),
    ['spec.domain.devices.interfaces[0].portRanges'],
  );
});

test('a typo is not "corrected" to a field the release does not have', () => {
  const spec = baseSpec();
  spec.domain.devices.interfaces[0] = { name: 'default', passtbinding: {} };
  assert.equal(as('v1.7', 'VirtualMachineInstance', spec)[0]!.data?.suggestion, undefined);
  assert.equal(as('v1.9', 'VirtualMachineInstance', spec)[0]!.data?.suggestion, 'passtBinding');
});

test('pool-level fields: autohealing is unknown before v1.7', () => {
  const doc = documentOf('VirtualMachinePool', baseSpec()) as { spec: Record<string, unknown> };
  doc.spec.autohealing = {};
  assert.deepEqual(
    checkSchema(resourceOf(doc), { kubevirtVersion: 'v1.6' }).map((f) => f.field),
    ['spec.autohealing'],
  );
  assert.deepEqual(checkSchema(resourceOf(doc), { kubevirtVersion: 'v1.7' }), []);
});

test('network resourceClaim before v1.9, spec.resourceClaims before v1.6', () => {
  const spec = baseSpec();
  spec.networks.push({ name: 'dra', resourceClaim: { claimName: 'c', requestName: 'r' } });
  spec.resourceClaims = [{ name: 'c', resourceClaimTemplateName: 't' }];
  assert.deepEqual(
    as('v1.5', 'VirtualMachineInstance', spec).map((f) => f.field),
    ['spec.networks[1].resourceClaim', 'spec.resourceClaims'],
  );
  assert.deepEqual(
    as('v1.6', 'VirtualMachineInstance', spec).map((f) => f.field),
    ['spec.networks[1].resourceClaim'],
  );
  assert.deepEqual(as('v1.9', 'VirtualMachineInstance', spec), []);
});
