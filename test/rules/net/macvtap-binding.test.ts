import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, errors, IF, POD, shape, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const MULTUS = { name: 'default', multus: { networkName: 'nad' } };
const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('OLD-MACVTAP-FG and OLD-MACVTAP-MULTUS (v1.5–v1.7); macvtap on Multus with the gate listed is only DISC-04', () => {
  const macvtap = [{ name: 'default', macvtap: {} }];
  assert.deepEqual(
    as('v1.7', macvtap, [POD]).map((f) => f.code),
    ['OLD-MACVTAP-FG', 'OLD-MACVTAP-MULTUS'],
  );
  assert.deepEqual(
    as('v1.7', macvtap, [MULTUS], { featureGates: ['Macvtap'] }).map((f) => f.code),
    ['DISC-04'],
  );
  const [fg] = as('v1.5', macvtap, [MULTUS]);
  // on the binding key that is wrong (KubeVirt's field names the interface)
  assert.deepEqual(shape(fg!).at, IF(0, 'macvtap'));
  assert.equal(fg!.field, 'spec.domain.devices.interfaces[0].name');
});
