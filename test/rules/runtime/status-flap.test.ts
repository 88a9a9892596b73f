// STATUS-FLAP: the pod-network interface after another domain interface, on releases without the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStatusFlap } from '../../../server/src/core/rules/runtime/status-flap';
import { admitSpec, IF, MASQ, POD, input, spec } from '../../helpers/admission';
import type { KubevirtVersion } from '../../../server/src/core/context/version';

const SEC = { name: 'sec', multus: { networkName: 'sec-nad' } };
const SEC2 = { name: 'sec2', multus: { networkName: 'sec2-nad' } };
const BR2 = { name: 'sec2', bridge: {}, macAddress: '02:00:00:00:00:02' };
// the pod network's entry between two others: the nested append overwrites it
const reordered = spec([{ name: 'sec', bridge: {}, macAddress: '02:00:00:00:00:01' }, MASQ, BR2], [SEC, POD, SEC2]);
const ordered = spec([MASQ, { name: 'sec', bridge: {}, macAddress: '02:00:00:00:00:01' }], [POD, SEC]);
const at = (v: KubevirtVersion, patch?: number) => ({ kubevirtVersion: v, ...(patch === undefined ? {} : { kubevirtPatch: patch }) });

test('STATUS-FLAP: the pod-network interface listed after a secondary one on v1.5 (no v1.5 release has the fix)', () => {
  const got = checkStatusFlap(input(reordered, at('v1.5')));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at, f.related?.map((r) => r.at)]),
    [['STATUS-FLAP', 'warning', IF(1, 'name'), [IF(0, 'name')]]],
  );
  assert.equal(
    got[0]!.message,
    'the pod-network interface "default" is listed after "sec": KubeVirt v1.5 reorders status.interfaces wrongly then, so virt-handler and virt-controller rewrite the VMI\'s status in an endless loop (many updates a second) — fixed in v1.6.5, v1.7.2 and v1.8.0. List the pod-network interface first',
  );
});

test('STATUS-FLAP: v1.6 / v1.7 without a patch release warn and say which patch fixed it; a patch with the fix is silent', () => {
  assert.match(checkStatusFlap(input(reordered, at('v1.7')))[0]!.message, /\(a v1\.7 patch release with the fix no longer loops\)/);
  assert.equal(checkStatusFlap(input(reordered, at('v1.7', 1))).length, 1);
  assert.deepEqual(checkStatusFlap(input(reordered, at('v1.7', 2))), []);
  assert.equal(checkStatusFlap(input(reordered, at('v1.6', 4))).length, 1);
  assert.deepEqual(checkStatusFlap(input(reordered, at('v1.6', 5))), []);
});

test('STATUS-FLAP: the pod network last, with no SR-IOV after it: information (only a guest-agent entry after it breaks it)', () => {
  const last = spec([{ name: 'sec', bridge: {}, macAddress: '02:00:00:00:00:01' }, MASQ], [SEC, POD]);
  const got = checkStatusFlap(input(last, at('v1.5')));
  assert.deepEqual(
    got.map((f) => f.severity),
    ['information'],
  );
  assert.match(got[0]!.message, /as soon as an entry follows it in the status \(the guest agent reporting a guest-only interface\)/);
  // an SR-IOV interface anywhere puts its entry after the domain's interfaces
  const sriov = spec(
    [{ name: 'sec', bridge: {}, macAddress: '02:00:00:00:00:01' }, MASQ, { name: 'vf', sriov: {} }],
    [SEC, POD, { name: 'vf', multus: { networkName: 'vf' } }],
  );
  assert.deepEqual(
    checkStatusFlap(input(sriov, at('v1.5'))).map((f) => f.severity),
    ['warning'],
  );
});

test('STATUS-FLAP valid neighbours: the reordered interfaces on v1.8 and v1.9; the pod network first on v1.5', () => {
  assert.deepEqual(
    admitSpec(reordered, at('v1.8')).findings.filter((f) => f.code === 'STATUS-FLAP'),
    [],
  );
  assert.deepEqual(
    admitSpec(reordered, at('v1.9')).findings.filter((f) => f.code === 'STATUS-FLAP'),
    [],
  );
  assert.deepEqual(checkStatusFlap(input(ordered, at('v1.5'))), []);
});

test('STATUS-FLAP: interfaces without a domain <interface> before it do not count (SR-IOV, absent)', () => {
  const sriovFirst = spec([{ name: 'sec', sriov: {} }, MASQ, BR2], [SEC, POD, SEC2]);
  assert.deepEqual(checkStatusFlap(input(sriovFirst, at('v1.5'))), []);
  const absentFirst = spec([{ name: 'sec', bridge: {}, state: 'absent' }, MASQ, BR2], [SEC, POD, SEC2]);
  assert.deepEqual(checkStatusFlap(input(absentFirst, at('v1.5'))), []);
});
