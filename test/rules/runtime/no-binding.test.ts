// NO-BINDING: an interface without a binding, accepted up to v1.8, fails in virt-handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNoBinding } from '../../../server/src/core/rules/runtime/no-binding';
import { admissionInput, admitSpec, IF, POD, input, resourceOf, spec, wrap } from '../../helpers/admission';

const bare = spec([{ name: 'default' }], [POD]);

test('NO-BINDING: accepted on v1.8, then "undefined binding method": a warning on the interface name', () => {
  const got = checkNoBinding(input(bare, { kubevirtVersion: 'v1.8' }));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['NO-BINDING', 'warning', IF(0, 'name')]],
  );
  assert.equal(
    got[0]!.message,
    'interface "default" has no binding: KubeVirt v1.8 accepts it, but virt-handler then fails with "undefined binding method" on every attempt and the VM never starts (v1.9.0 rejects it at admission). Add a binding: masquerade (or bridge, passtBinding) on the pod network',
  );
  assert.deepEqual(
    admitSpec(bare, { kubevirtVersion: 'v1.8' }).findings.map((f) => f.code),
    ['NO-BINDING'],
  );
});

test('NO-BINDING valid neighbours: the same interface with masquerade; on v1.9 it is BIND-01, an error', () => {
  assert.deepEqual(checkNoBinding(input(spec([{ name: 'default', masquerade: {} }], [POD]), { kubevirtVersion: 'v1.8' })), []);
  assert.deepEqual(
    admitSpec(bare, { kubevirtVersion: 'v1.9' }).findings.map((f) => [f.code, f.severity]),
    [['BIND-01', 'error']],
  );
});

test('NO-BINDING on a Multus network suggests bridge; a VM with a preference may get masquerade from it', () => {
  const multus = checkNoBinding(
    input(spec([{ name: 'default', masquerade: {} }, { name: 'sec' }], [POD, { name: 'sec', multus: { networkName: 'n' } }]), {
      kubevirtVersion: 'v1.7',
    }),
  );
  assert.match(multus[0]!.message, /bridge \(or sriov\) on a Multus network/);
  const vm = wrap('VirtualMachine', bare) as { spec: Record<string, unknown> };
  vm.spec['preference'] = { name: 'fedora' };
  const withPref = checkNoBinding(admissionInput(resourceOf(vm as Record<string, unknown>), { kubevirtVersion: 'v1.8' }));
  assert.deepEqual(
    withPref.map((f) => f.severity),
    ['information'],
  );
  assert.match(withPref[0]!.message, /unless the VM's preference sets preferredInterfaceMasquerade/);
});
