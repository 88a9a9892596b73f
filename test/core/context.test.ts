import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultContext, featureGateEnabled } from '../../server/src/core/context/context';
import { contextFromJSON, contextFromKubeVirtCR } from '../../server/src/core/context/load';

test('feature gates: GA on, Beta on unless disabled, Alpha off unless listed', () => {
  const ctx = defaultContext();
  assert.equal(featureGateEnabled(ctx, 'NetworkBindingPlugins'), true);
  assert.equal(featureGateEnabled(ctx, 'PasstBinding'), true);
  assert.equal(featureGateEnabled(ctx, 'PortRangesSpec'), false);
  assert.equal(featureGateEnabled(ctx, 'SomethingUnknown'), false);
  ctx.disabledFeatureGates = ['PasstBinding', 'NetworkBindingPlugins'];
  ctx.featureGates = ['PortRangesSpec'];
  assert.equal(featureGateEnabled(ctx, 'PasstBinding'), false);
  assert.equal(featureGateEnabled(ctx, 'NetworkBindingPlugins'), true, 'GA cannot be disabled');
  assert.equal(featureGateEnabled(ctx, 'PortRangesSpec'), true);
});

test('a KubeVirt CR drives network settings, gates and binding plugins', () => {
  const ctx = contextFromKubeVirtCR({
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    spec: {
      configuration: {
        network: {
          defaultNetworkInterface: 'masquerade',
          permitBridgeInterfaceOnPodNetwork: false,
          binding: { passt: { sidecarImage: 'x', networkAttachmentDefinition: 'default/netbindingpasst' } },
        },
        developerConfiguration: { featureGates: ['PortRangesSpec'], disabledFeatureGates: ['PasstBinding'] },
      },
    },
  });
  assert.equal(ctx.defaultNetworkInterface, 'masquerade');
  assert.equal(ctx.permitBridgeInterfaceOnPodNetwork, false);
  assert.deepEqual(Object.keys(ctx.networkBindings), ['passt']);
  assert.equal(featureGateEnabled(ctx, 'PortRangesSpec'), true);
  assert.equal(featureGateEnabled(ctx, 'PasstBinding'), false);
});

test('a runtime context JSON sets the wiring facts', () => {
  const ctx = contextFromJSON({
    arch: 's390x',
    podIPFamilies: ['IPv4', 'IPv6'],
    vmiStatus: { migrationTransport: '', runtimeUser: 0 },
  });
  assert.equal(ctx.arch, 's390x');
  assert.deepEqual(ctx.podIPFamilies, ['IPv4', 'IPv6']);
  assert.equal(ctx.vmiStatus.migrationTransport, '');
  assert.equal(ctx.vmiStatus.runtimeUser, 0);
  assert.equal(ctx.defaultNetworkInterface, 'bridge');
});
