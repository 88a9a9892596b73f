import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepCommand } from '../../server/src/core/doctor/next-steps';
import { doctor, healthy, healthyIpAddr, vmiOf } from './helpers';

test('the next commands name this pod, namespace and container compute; the domain is <namespace>_<name>', () => {
  const r = doctor(healthy());
  const cmds = r.next.map(stepCommand);
  assert.deepEqual(
    r.next.map((n) => n.what),
    ['ip-addr', 'nft', 'domxml'],
  );
  assert.equal(cmds[0], 'kubectl exec -n default virt-launcher-testvmi-x7k2p -c compute -- ip -d -j addr > ip-addr.json');
  assert.match(
    cmds[2]!,
    /-c compute -- virsh -c 'qemu\+unix:\/\/\/session\?socket=\/var\/run\/libvirt\/virtqemud-sock' dumpxml default_testvmi/,
  );
});

test('a root VMI uses the system libvirt connection; dumps given are not asked for again', () => {
  const list = healthy();
  vmiOf(list).status.runtimeUser = 0;
  const r = doctor(list, { ipAddr: healthyIpAddr() });
  assert.deepEqual(
    r.next.map((n) => n.what),
    ['nft', 'domxml'],
  );
  assert.equal(
    stepCommand(r.next[1]!),
    'kubectl exec -n default virt-launcher-testvmi-x7k2p -c compute -- virsh dumpxml default_testvmi > domain.xml',
  );
});

test('no masquerade interface: no nft command', () => {
  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[0] = { name: 'default', bridge: {} };
  assert.ok(!doctor(list).next.some((n) => n.what === 'nft'));
});
