import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { defaultContext } from '../../server/src/core/context/context';
import { editorDump, mayBeDump } from '../../server/src/core/doctor/editor';
import { healthy, networkStatus, setNetworkStatus, statusOf } from './helpers';

const lineOf = (text: string, offset: number): string => {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
};

test('a manifest is not a dump; a VMI with status is', () => {
  assert.equal(mayBeDump('apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nspec: {}\n'), false);
  assert.equal(editorDump('apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata: {name: x}\nspec: {}\nstatus: {}\n', defaultContext()), undefined);
  assert.ok(editorDump(stringify(healthy()), defaultContext()));
});

test('findings land on the status and pod lines they concern, inside a kind: List', () => {
  const list = healthy();
  statusOf(list, 'blue').mac = '02:00:00:aa:bb:99';
  const e = networkStatus(list);
  e[1]!.interface = 'eth1';
  setNetworkStatus(list, e);
  const text = stringify(list);
  const d = editorDump(text, defaultContext())!;
  const mac = d.findings.find((f) => f.code === 'DR-STATUS-03')!;
  assert.equal(mac.severity, 'error');
  assert.match(lineOf(text, mac.span.start), /^\s+mac: 02:00:00:aa:bb:99$/);
  assert.match(mac.message, /expected: 02:00:00:aa:bb:01\nactual: 02:00:00:aa:bb:99/);
  const attach = d.findings.find((f) => f.code === 'DR-POD-02')!;
  assert.match(lineOf(text, attach.span.start), /k8s\.v1\.cni\.cncf\.io\/network-status:/);
  assert.ok(d.findings.some((f) => f.code === 'DR-GUEST-01' && f.severity === 'information'));
});

test('the runtime context carries the dump\'s concrete pod values', () => {
  const d = editorDump(stringify(healthy()), defaultContext())!;
  assert.deepEqual(d.ctx.pod, { ipv4: '10.244.0.18', mac: '0a:58:0a:f4:00:12' });
  assert.equal(d.ctx.guestAgent, true);
});
