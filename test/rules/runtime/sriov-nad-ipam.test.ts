// SRIOV-NAD-IPAM: the workspace's NAD of an SR-IOV interface configures IPAM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSriovNadIpam } from '../../../server/src/core/rules/runtime/sriov-nad-ipam';
import { nadsFromObject } from '../../../server/src/core/context/load';
import { MASQ, POD, input, spec } from '../../helpers/admission';
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

test('SRIOV-NAD-IPAM: the NAD configures IPAM (information); no IPAM is silent', () => {
  const got = checkSriovNadIpam(
    input(vmi, { nads: nad({ type: 'sriov', ipam: { type: 'whereabouts', range: '10.0.0.0/24' } }, 'intel.com/vfio') }),
  );
  assert.deepEqual(
    got.map((f) => [f.code, f.severity]),
    [['SRIOV-NAD-IPAM', 'information']],
  );
  assert.match(got[0]!.message, /runs no DHCP server for SR-IOV, so the guest never gets it/);
  assert.deepEqual(checkSriovNadIpam(input(vmi, { nads: nad({ type: 'sriov' }, 'intel.com/vfio') })), []);
  // a bridge interface on an IPAM NAD is what IPAM is for
  const br = spec([MASQ, { name: 'vf', bridge: {} }], [POD, { name: 'vf', multus: { networkName: 'default/sriov-net' } }]);
  assert.deepEqual(checkSriovNadIpam(input(br, { nads: nad({ type: 'bridge', ipam: { type: 'host-local' } }) })), []);
});
