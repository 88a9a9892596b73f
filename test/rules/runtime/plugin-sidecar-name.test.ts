// PLUGIN-SIDECAR-NAME: KubeVirt's passt/slirp plugin sidecar registered under another name, before v1.9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPluginSidecarName } from '../../../server/src/core/rules/runtime/plugin-sidecar-name';
import { IF, POD, input, spec } from '../../helpers/admission';

const vmi = (plugin: string) => spec([{ name: 'default', binding: { name: plugin } }], [POD]);
const bindings = (name: string) => ({
  [name]: { sidecarImage: 'quay.io/kubevirt/network-passt-binding:v1.7.0', networkAttachmentDefinition: 'default/netbindingpasst' },
});

test('PLUGIN-SIDECAR-NAME: the passt sidecar registered as "mypasst" on v1.7 (warning on binding.name)', () => {
  const got = checkPluginSidecarName(input(vmi('mypasst'), { kubevirtVersion: 'v1.7', networkBindings: bindings('mypasst') }));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['PLUGIN-SIDECAR-NAME', 'warning', IF(0, 'binding', 'name')]],
  );
  assert.match(
    got[0]!.message,
    /only wires an interface whose binding name is "passt".*\(v1\.9\.0 tells the sidecar its registered name\)\. Register the plugin as "passt"$/,
  );
});

test('PLUGIN-SIDECAR-NAME valid neighbours: registered as "passt"; the same registration on v1.9; another sidecar image', () => {
  assert.deepEqual(checkPluginSidecarName(input(vmi('passt'), { kubevirtVersion: 'v1.7', networkBindings: bindings('passt') })), []);
  assert.deepEqual(checkPluginSidecarName(input(vmi('mypasst'), { kubevirtVersion: 'v1.9', networkBindings: bindings('mypasst') })), []);
  assert.deepEqual(
    checkPluginSidecarName(
      input(vmi('mine'), { kubevirtVersion: 'v1.7', networkBindings: { mine: { sidecarImage: 'example.com/my-sidecar:1' } } }),
    ),
    [],
  );
});
