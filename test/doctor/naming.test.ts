// Which pod interface names the doctor expects (KubeVirt's pkg/network/namescheme as virt-controller and
// virt-handler use it), and the hot-unplug KubeVirt holds back on pods with ordinal names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultContext } from '../../server/src/core/context/context';
import { readDump } from '../../server/src/core/doctor/dump/read';
import { runDoctor } from '../../server/src/core/doctor/doctor';
import {
  codes,
  doctor,
  fixtureText,
  healthy,
  healthyIpAddr,
  inputsOf,
  networkStatus,
  only,
  podOf,
  setNetworkStatus,
  statusOf,
  vmiOf,
  type Obj,
} from './helpers';

/** The healthy pod as a legacy one: blue attached as net1 (network-status and the links KubeVirt built on it). */
function ordinalPod(): { list: Obj; links: Obj[]; xml: string } {
  const list = healthy();
  const e = networkStatus(list);
  e[1]!.interface = 'net1';
  setNetworkStatus(list, e);
  const rename: Record<string, string> = {
    'k6t-16477688c0e': 'k6t-net1',
    '16477688c0e-nic': 'net1-nic',
    tap16477688c0e: 'tap1',
    pod16477688c0e: 'net1',
  };
  const links = healthyIpAddr().map((l) => ({
    ...l,
    ifname: rename[l.ifname] ?? l.ifname,
    ...(l.master ? { master: rename[l.master] ?? l.master } : {}),
  }));
  const xml = fixtureText('healthy.domain.xml').replace("<target dev='tap16477688c0e'", "<target dev='tap1'");
  return { list, links, xml };
}

test("an ordinal pod is expected to have ordinal names even when the VMI status names none (virt-handler builds on the pod's names)", () => {
  const { list, links, xml } = ordinalPod();
  delete statusOf(list, 'blue').podInterfaceName;
  const r = doctor(list, { ipAddr: links, domxml: xml });
  assert.deepEqual(codes(r, 'warning'), []);
  assert.ok(r.checked.includes('links') && r.checked.includes('domain'));
  // the hashed names would have been wrong: the tap KubeVirt built is tap1
  const hashed = doctor(list, { ipAddr: links, domxml: fixtureText('healthy.domain.xml') });
  const f = only(hashed, 'DR-DOM-02');
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', "<target dev='tap1'>", "<target dev='tap16477688c0e'>"]);
});

test("without network-status the pod's links tell the scheme (a netN link: ordinal)", () => {
  const { list, links } = ordinalPod();
  delete podOf(list).metadata.annotations['k8s.v1.cni.cncf.io/network-status'];
  delete statusOf(list, 'blue').podInterfaceName;
  const r = doctor(list, { ipAddr: links });
  assert.deepEqual(codes(r, 'warning'), ['DR-POD-03'], 'the missing annotation, and no link finding');
});

test('a hashed pod stays hashed when status names no pod interface (new pods always get hashed names)', () => {
  const list = healthy();
  delete statusOf(list, 'blue').podInterfaceName;
  const r = doctor(list, { ipAddr: healthyIpAddr(), domxml: fixtureText('healthy.domain.xml') });
  assert.deepEqual(codes(r, 'warning'), []);
});

/** The dump with the VirtualMachine, whose template asks to unplug blue. */
function unplugRequested(list: Obj): Obj {
  const vmi = vmiOf(list);
  const template = structuredClone(vmi.spec);
  template.domain.devices.interfaces[1].state = 'absent';
  list.items.push({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: 'testvmi', namespace: 'default' },
    spec: { runStrategy: 'Always', template: { spec: template } },
  });
  return list;
}

function doctorAs(list: Obj, version: 'v1.5' | 'v1.9') {
  const r = runDoctor(readDump(inputsOf(list)), { ...defaultContext(), kubevirtVersion: version });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

test("DR-POD-07: the VM's state: absent is held back on a pod with ordinal names", () => {
  const { list } = ordinalPod();
  statusOf(list, 'blue').podInterfaceName = 'net1';
  const f = only(doctor(unplugRequested(list)), 'DR-POD-07');
  assert.equal(f.severity, 'warning');
  assert.equal(f.interface, 'blue');
  assert.match(f.message, /status names blue's pod interface "net1"/);
  // hashed names: passed on (maybe under way), no finding
  assert.deepEqual(codes(doctor(unplugRequested(healthy())), 'warning'), []);
});

test('DR-POD-07 from v1.6: a status without pod interface names is taken as ordinal; v1.5 reads the pod instead', () => {
  const list = unplugRequested(healthy());
  delete statusOf(list, 'blue').podInterfaceName;
  assert.match(only(doctorAs(list, 'v1.9'), 'DR-POD-07').message, /cannot tell and assumes ordinal/);
  assert.deepEqual(codes(doctorAs(list, 'v1.5'), 'warning'), [], "v1.5: the pod's network-status is hashed");
  const { list: legacy } = ordinalPod();
  delete statusOf(legacy, 'blue').podInterfaceName;
  assert.match(only(doctorAs(unplugRequested(legacy), 'v1.5'), 'DR-POD-07').message, /network-status has interface "net1"/);
});
