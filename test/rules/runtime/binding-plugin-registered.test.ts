import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBindingPluginRegistered } from '../../../server/src/core/rules/runtime/binding-plugin-registered';
import { explanationOf } from '../../../server/src/core/render/explanation';
import { IF, MASQ, POD, input, shape, spec } from '../../helpers/admission';

const PLUGIN = [MASQ, { name: 'l2', binding: { name: 'l2bridge' } }];
const PLUGIN_NETS = [POD, { name: 'l2', multus: { networkName: 'l2-nad' } }];

test('N-01: unregistered binding plugin, KubeVirt runtime text; information when no KubeVirt CR is known', () => {
  assert.deepEqual(checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS))).map(shape), [
    {
      code: 'N-01',
      severity: 'information',
      field: null,
      message: "couldn't find configuration for network binding: l2bridge",
      at: IF(1, 'binding', 'name'),
      part: 'value',
    },
  ]);
  const f = checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS)))[0]!;
  assert.match(explanationOf(f)!, /no KubeVirt CR is known here, so Virtwire cannot tell/);
});

test('N-01: with a KubeVirt CR it is a warning; the explanation lists the registered plugins and the closest one', () => {
  const got = checkBindingPluginRegistered(
    input(spec(PLUGIN, PLUGIN_NETS), { kubevirtCR: true, networkBindings: { l2Bridge: {}, passt: {} } }),
  );
  assert.deepEqual(
    got.map((f) => [f.severity, f.message, f.data?.['suggestion']]),
    [['warning', "couldn't find configuration for network binding: l2bridge", 'l2Bridge']],
  );
  assert.equal(
    explanationOf(got[0]!),
    'KubeVirt admits the VM, but it never starts: no binding plugin "l2bridge" is registered under the KubeVirt CR\'s network.binding. Did you mean "l2Bridge"? Register it or fix the name (registered: l2Bridge, passt).',
  );
  const none = checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS), { kubevirtCR: true }));
  assert.equal(none[0]!.severity, 'warning');
  assert.match(explanationOf(none[0]!)!, /\(the CR registers none\)/);
});

test('N-01 valid neighbour: registered plugin', () => {
  assert.deepEqual(
    checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS), { networkBindings: { l2bridge: { domainAttachmentType: 'tap' } } })),
    [],
  );
});
