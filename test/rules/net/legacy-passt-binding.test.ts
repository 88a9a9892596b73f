import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, brief, errors, POD, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const MULTUS = { name: 'default', multus: { networkName: 'nad' } };
const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('OLD-PASST-FG and OLD-PASST-POD on the interface name (v1.5–v1.7); listing the gate turns FG off', () => {
  const passt = [{ name: 'default', passt: {} }];
  assert.deepEqual(as('v1.6', passt, [MULTUS]).map(brief), [
    ['OLD-PASST-FG', 'spec.domain.devices.interfaces[0].name', 'Passt feature gate is not enabled'],
    ['OLD-PASST-POD', 'spec.domain.devices.interfaces[0].name', 'Passt interface only implemented with pod network'],
  ]);
  assert.deepEqual(
    as('v1.6', passt, [POD], { featureGates: ['Passt'] }).map((f) => f.code),
    ['DISC-04'],
  );
  assert.deepEqual(
    as('v1.8', passt, [POD]).map((f) => f.code),
    ['DISC-02'],
  );
});
