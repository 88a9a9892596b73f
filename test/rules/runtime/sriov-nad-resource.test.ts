// SRIOV-NAD-RESOURCE: the workspace's NAD of an SR-IOV interface has no resourceName annotation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSriovNadResource } from '../../../server/src/core/rules/runtime/sriov-nad-resource';
import { nadsFromObject } from '../../../server/src/core/context/load';
import { MASQ, NET, POD, input, spec } from '../../helpers/admission';
import type { NadRef } from '../../../server/src/core/context/context';

const nad = (config: Record<string, unknown>, resourceName?: string): NadRef[] =>
  nadsFromObject({
    apiVersion: 'k8s.cni.cncf.io/v1',
    kind: 'NetworkAttachmentDefinition',
    metadata: {
      name: 'sriov-net',
      namespace: 'default',
      ...(resourceName ? { annotations: { 'k8s.v1.cni.cncf.io/resourceName': resourceName } } : {}),
    },
    spec: { config: JSON.stringify({ cniVersion: '0.3.1', name: 'sriov-net', ...config }) },
  });
const vmi = spec(
  [MASQ, { name: 'vf', sriov: {}, macAddress: '02:00:00:00:00:01' }],
  [POD, { name: 'vf', multus: { networkName: 'default/sriov-net' } }],
);

test('NAD details: CNI type, IPAM, resourceName (plugin lists too)', () => {
  assert.deepEqual(nad({ type: 'sriov', ipam: { type: 'whereabouts' } }, 'intel.com/vfio')[0]!.details, {
    cniType: 'sriov',
    ipam: true,
    resourceName: 'intel.com/vfio',
  });
  assert.deepEqual(nad({ plugins: [{ type: 'sriov', ipam: {} }, { type: 'tuning' }] })[0]!.details, { cniType: 'sriov', ipam: false });
});

test('SRIOV-NAD-RESOURCE: the NAD has no resourceName annotation (warning on networkName)', () => {
  const got = checkSriovNadResource(input(vmi, { nads: nad({ type: 'sriov' }) }));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['SRIOV-NAD-RESOURCE', 'warning', NET(1, 'multus', 'networkName')]],
  );
  assert.match(
    got[0]!.message,
    /NetworkAttachmentDefinition default\/sriov-net, which has no k8s\.v1\.cni\.cncf\.io\/resourceName annotation: the launcher pod requests no VF/,
  );
  const bridgeNad = checkSriovNadResource(input(vmi, { nads: nad({ type: 'bridge', bridge: 'br1' }) }));
  assert.match(bridgeNad[0]!.message, /its CNI type is "bridge", not SR-IOV/);
});

test('SRIOV-NAD-RESOURCE valid neighbours: annotated NAD; NAD not in the workspace; NAD without a config', () => {
  assert.deepEqual(checkSriovNadResource(input(vmi, { nads: nad({ type: 'sriov' }, 'intel.com/vfio') })), []);
  assert.deepEqual(checkSriovNadResource(input(vmi)), []);
  assert.deepEqual(checkSriovNadResource(input(vmi, { nads: [{ name: 'sriov-net', namespace: 'default' }] })), []);
});
