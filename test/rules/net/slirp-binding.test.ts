import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admitSpec, errors, POD, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const MULTUS = { name: 'default', multus: { networkName: 'nad' } };
const as = (v: KubevirtVersion, ifaces: unknown[], nets: unknown[], ctx: Record<string, unknown> = {}, kind?: 'VirtualMachine') =>
  errors(admitSpec(spec(ifaces, nets), { kubevirtVersion: v, ...ctx }, kind));

test('OLD-SLIRP-CFG / OLD-SLIRP-POD only in v1.5, after DISC-01; permitSlirpInterface and a missing network pass', () => {
  const slirp = [{ name: 'default', slirp: {} }];
  assert.deepEqual(
    as('v1.5', slirp, [POD]).map((f) => f.code),
    ['DISC-01', 'OLD-SLIRP-CFG'],
  );
  assert.deepEqual(
    as('v1.5', slirp, [MULTUS]).map((f) => f.code),
    ['DISC-01', 'OLD-SLIRP-POD'],
  );
  assert.deepEqual(
    as('v1.5', slirp, [POD], { permitSlirpInterface: true }).map((f) => f.code),
    ['DISC-01'],
  );
  assert.deepEqual(
    as('v1.5', slirp, [{ name: 'other', pod: {} }]).map((f) => f.code),
    ['DISC-01', 'NET-08', 'IFACE-02'],
  );
  assert.deepEqual(
    as('v1.6', slirp, [MULTUS]).map((f) => f.code),
    ['DISC-01'],
  );
});
