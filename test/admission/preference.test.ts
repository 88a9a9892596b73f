import { test } from 'node:test';
import assert from 'node:assert/strict';
import { POD_NET, analyze, vmYaml, type Obj } from '../helpers/manifests';

const vm = (preference: Obj = {}): string =>
  vmYaml({
    name: 'with-preference',
    vmSpec: { runStrategy: 'Halted', ...preference },
    interfaces: [{ name: 'default' }, { name: 'blue' }],
    networks: [POD_NET, { name: 'blue', multus: { networkName: 'blue' } }],
    extraSpec: { domain: { resources: { requests: { memory: '1Gi' } } } },
  });

const bind01 = (text: string): { severity: string; message: string }[] => analyze(text).findings.filter((f) => f.code === 'BIND-01');

test('without a preference, an interface with no binding is rejected (BIND-01 error)', () => {
  const found = bind01(vm());
  assert.deepEqual(
    found.map((f) => f.severity),
    ['error', 'error'],
  );
});

test('a preference may give pod-network interfaces masquerade: BIND-01 there is only a warning', () => {
  const found = bind01(vm({ preference: { name: 'fedora' } }));
  assert.deepEqual(found.map((f) => f.severity).sort(), ['error', 'warning'], 'the multus interface is still rejected');
  assert.match(found.find((f) => f.severity === 'warning')!.message, /preferredInterfaceMasquerade/);
});
