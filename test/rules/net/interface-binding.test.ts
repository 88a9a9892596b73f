import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfaceBinding } from '../../../server/src/core/rules/net/interface-binding';
import { MASQ, POD, input, spec } from '../../helpers/admission';

const SEC = { name: 'sec', multus: { networkName: 'nad' } };

test('BIND valid neighbour: one binding each, right networks', () => {
  const ifaces = [MASQ, { name: 'sec', bridge: {} }, { name: 's2', sriov: {} }, { name: 'p', binding: { name: 'x' } }];
  const nets = [POD, SEC, { name: 's2', multus: { networkName: 'a' } }, { name: 'p', multus: { networkName: 'b' } }];
  assert.deepEqual(validateInterfaceBinding(input(spec(ifaces, nets))), []);
});
