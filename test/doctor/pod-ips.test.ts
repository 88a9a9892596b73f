import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepCommand } from '../../server/src/core/doctor/next-steps';
import { codes, doctor, healthy, networkStatus, only, podOf, setNetworkStatus } from './helpers';

test('DR-POD-04: a launcher pod without an IP for a masquerade interface', () => {
  const list = healthy();
  const pod = podOf(list);
  delete pod.status.podIP;
  delete pod.status.podIPs;
  const f = only(doctor(list), 'DR-POD-04');
  assert.equal(f.interface, 'default');
  assert.equal(f.severity, 'error');
});

test('DR-POD-05: Multus and the pod disagree on the primary IP', () => {
  const list = healthy();
  const e = networkStatus(list);
  e[0]!.ips = ['10.244.0.99'];
  setNetworkStatus(list, e);
  const f = only(doctor(list), 'DR-POD-05');
  assert.deepEqual([f.expected, f.actual], ['10.244.0.18', '10.244.0.99']);
});

test('no pod in the dump: no pod-side findings, the pod is listed as not checked', () => {
  const list = healthy();
  list.items = list.items.filter((o: { kind: string }) => o.kind !== 'Pod');
  const r = doctor(list);
  assert.deepEqual(
    codes(r).filter((c) => c.startsWith('DR-POD')),
    [],
  );
  assert.ok(r.notChecked.some((n) => n.check === 'pod'));
  assert.match(
    stepCommand(r.next[0]!),
    /^kubectl get pod -n default -l kubevirt\.io\/created-by=6b4c3d2e-1f0a-4b8c-9d7e-5a6b7c8d9e0f -o yaml/,
  );
});
