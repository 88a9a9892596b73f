import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cliOn,
  doctor,
  fixtureText,
  healthy,
  healthyIpAddr,
  networkStatus,
  only,
  setNetworkStatus,
  statusOf,
  vmiOf,
  type Obj,
} from './helpers';

const domCodes = (r: ReturnType<typeof doctor>) => r.findings.filter((f) => f.check === 'domain').map((f) => f.code);
const healthyXml = (): string => fixtureText('healthy.domain.xml');

/** The healthy domain XML with one text replaced (the text must be there). */
function xmlWith(from: string, to: string, xml = healthyXml()): string {
  assert.ok(xml.includes(from), `fixture has ${from}`);
  return xml.replace(from, to);
}

/** blue's `<interface>` element of the healthy fixture. */
const BLUE = /<interface type='ethernet'>\s*<mac address='02:00:00:aa:bb:01'\/>[\s\S]*?<\/interface>/;

test("the healthy domain matches the computed devices (with the pod's MTUs from ip addr, and without them)", () => {
  let r = doctor(healthy(), { domxml: healthyXml(), ipAddr: healthyIpAddr() });
  assert.deepEqual(domCodes(r), []);
  assert.ok(r.checked.includes('domain'));
  assert.ok(!r.notChecked.some((n) => n.check === 'domain'));
  r = doctor(healthy(), { domxml: healthyXml() });
  assert.deepEqual(domCodes(r), []);
});

test('what libvirt adds or writes its own way is no difference: addresses, <link state=up>, a <driver> without queues, element order, quoting, other devices', () => {
  const xml = healthyXml()
    .replace(
      "<alias name='ua-default'/>",
      "<alias name='ua-default'/>\n      <link state='up'/>\n      <driver name='vhost'/>\n      <coalesce><rx><frames max='7'/></rx></coalesce>",
    )
    .replace("<mac address='02:00:00:aa:bb:01'/>", '<mac address="02:00:00:AA:BB:01"></mac>')
    .replace(
      "<model type='virtio-non-transitional'/>\n      <mtu size='1500'/>",
      "<mtu size='1500'/>\n      <model type='virtio-non-transitional'/>",
    )
    .replace(
      '</devices>',
      "  <hostdev mode='subsystem' type='pci' managed='no'><source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x0'/></source><alias name='ua-gpu-gpu1'/></hostdev>\n    <controller type='pci' index='1' model='pcie-root-port'/>\n  </devices>",
    );
  const r = doctor(healthy(), { domxml: xml, ipAddr: healthyIpAddr() });
  assert.deepEqual(domCodes(r), []);
});

test('DR-DOM-02: a wrong <target dev> — error, names the interface, both values', () => {
  const r = doctor(healthy(), { domxml: xmlWith("<target dev='tap16477688c0e' managed='no'/>", "<target dev='tap0' managed='no'/>") });
  const f = only(r, 'DR-DOM-02');
  assert.equal(f.severity, 'error');
  assert.equal(f.interface, 'blue');
  assert.deepEqual([f.expected, f.actual], ["<target dev='tap16477688c0e'>", "<target dev='tap0'>"]);
  assert.match(f.message, /target device/);
});

test('DR-DOM-02: a wrong model', () => {
  const xml = healthyXml().replace(BLUE, (m) => m.replace("<model type='virtio-non-transitional'/>", "<model type='e1000'/>"));
  const f = only(doctor(healthy(), { domxml: xml }), 'DR-DOM-02');
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', "<model type='virtio-non-transitional'>", "<model type='e1000'>"]);
});

test("DR-DOM-02: a MAC other than the spec's (and, without macAddress, other than the pod interface's)", () => {
  let f = only(
    doctor(healthy(), { domxml: xmlWith("<mac address='02:00:00:aa:bb:01'/>", "<mac address='52:54:00:12:34:56'/>") }),
    'DR-DOM-02',
  );
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', "<mac address='02:00:00:aa:bb:01'>", "<mac address='52:54:00:12:34:56'>"]);
  assert.deepEqual(f.target?.path, ['spec', 'domain', 'devices', 'interfaces', 1, 'macAddress']);
  // masquerade without macAddress: the guest started with the pod's MAC, but behind NAT another one does not matter
  assert.deepEqual(
    domCodes(doctor(healthy(), { domxml: xmlWith("<mac address='0a:58:0a:f4:00:12'/>", "<mac address='0a:58:0a:f4:00:99'/>") })),
    [],
  );
  // bridge without macAddress: the guest takes the pod interface's MAC (Multus network-status); another one may be
  // dropped by the CNI's anti-spoofing (warning) — unless the VM migrated, which keeps the guest's MAC
  const list = healthy();
  delete vmiOf(list).spec.domain.devices.interfaces[1].macAddress;
  const other = xmlWith("<mac address='02:00:00:aa:bb:01'/>", "<mac address='52:54:00:12:34:56'/>");
  f = only(doctor(list, { domxml: other }), 'DR-DOM-03');
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', "<mac address='02:00:00:aa:bb:01'>", "<mac address='52:54:00:12:34:56'>"]);
  vmiOf(list).status.migrationState = { completed: true, sourceNode: 'node02', targetNode: 'node01' };
  assert.deepEqual(domCodes(doctor(list, { domxml: other })), []);
});

test("DR-DOM-03: `state: down` without <link state='down'> in the domain", () => {
  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[1].state = 'down';
  statusOf(list, 'blue').linkState = 'down';
  let r = doctor(list, { domxml: healthyXml() });
  const f = only(r, 'DR-DOM-03');
  assert.equal(f.severity, 'warning');
  assert.deepEqual([f.interface, f.expected, f.actual], ['blue', "<link state='down'>", 'no <link state> (up)']);
  // with it, nothing
  r = doctor(list, {
    domxml: healthyXml().replace(BLUE, (m) => m.replace("<alias name='ua-blue'/>", "<link state='down'/>\n      <alias name='ua-blue'/>")),
  });
  assert.deepEqual(domCodes(r), []);
});

test('DR-DOM-03: the MTU (known from ip addr), queues, boot order and ROM', () => {
  let f = only(doctor(healthy(), { domxml: xmlWith("<mtu size='1400'/>", "<mtu size='1500'/>"), ipAddr: healthyIpAddr() }), 'DR-DOM-03');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', "<mtu size='1400'>", "<mtu size='1500'>"]);

  const list = healthy();
  vmiOf(list).spec.domain.devices.networkInterfaceMultiqueue = true;
  vmiOf(list).spec.domain.cpu = { cores: 2 };
  const queued = healthyXml().replace(/<alias name='(ua-[a-z]+)'\/>/g, "<alias name='$1'/>\n      <driver name='vhost' queues='2'/>");
  assert.deepEqual(domCodes(doctor(list, { domxml: queued })), []);
  f = only(doctor(list, { domxml: queued.replace("queues='2'", "queues='1'") }), 'DR-DOM-03');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', "<driver queues='2'>", "<driver queues='1'>"]);

  const boot = healthy();
  vmiOf(boot).spec.domain.devices.interfaces[0].bootOrder = 1;
  const booted = healthyXml().replace(
    "<alias name='ua-default'/>\n      <rom enabled='no'/>",
    "<boot order='1'/>\n      <alias name='ua-default'/>",
  );
  assert.deepEqual(domCodes(doctor(boot, { domxml: booted })), []);
  const r = doctor(boot, { domxml: healthyXml() });
  assert.deepEqual(
    r.findings
      .filter((x) => x.check === 'domain')
      .map((x) => x.expected)
      .sort(),
    ["<boot order='1'>", 'no <rom enabled> (yes)'],
  );
});

test("DR-DOM-03: the guest PCI address of pciAddress (libvirt's own addresses are not compared)", () => {
  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[1].pciAddress = '0000:02:00.0';
  assert.deepEqual(domCodes(doctor(list, { domxml: healthyXml() })), []);
  vmiOf(list).spec.domain.devices.interfaces[1].pciAddress = '0000:03:00.0';
  const f = only(doctor(list, { domxml: healthyXml() }), 'DR-DOM-03');
  assert.equal(f.expected, "<address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'>");
  assert.equal(f.actual, "<address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'>");
});

test("DR-DOM-01: no device with the interface's alias", () => {
  const r = doctor(healthy(), { domxml: healthyXml().replace(BLUE, '') });
  const f = only(r, 'DR-DOM-01');
  assert.equal(f.severity, 'error');
  assert.deepEqual(
    [f.interface, f.expected, f.actual],
    ['blue', "<interface> with <alias name='ua-blue'>", '<interface> aliases: ua-default'],
  );
});

test('DR-DOM-04 / DR-DOM-05: a NIC a hook sidecar added is information; an absent interface still plugged is a warning', () => {
  const extra = xmlWith(
    '</devices>',
    "  <interface type='ethernet'><target dev='tapx' managed='no'/><model type='virtio'/><alias name='ua-sidecar'/></interface>\n  </devices>",
  );
  const f = only(doctor(healthy(), { domxml: extra }), 'DR-DOM-04');
  assert.equal(f.severity, 'information');
  assert.equal(f.interface, null);

  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[1].state = 'absent';
  const g = only(doctor(list, { domxml: healthyXml() }), 'DR-DOM-05');
  assert.deepEqual([g.severity, g.interface], ['warning', 'blue']);
});

test('SR-IOV: the <hostdev> passes through the VF Multus attached; another VF is an error', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.spec.domain.devices.interfaces[1] = { name: 'blue', sriov: {}, macAddress: '02:00:00:aa:bb:01' };
  const e = networkStatus(list);
  e[1]!['device-info'] = { type: 'pci', version: '1.1.0', pci: { 'pci-address': '0000:65:00.2' } };
  setNetworkStatus(list, e);
  const s = statusOf(list, 'blue');
  delete s.linkState;
  delete s.queueCount;
  const hostdev = (fn: string) =>
    `<hostdev mode='subsystem' type='pci' managed='no'>\n      <driver name='vfio'/>\n      <source>\n        <address domain='0x0000' bus='0x65' slot='0x00' function='${fn}'/>\n      </source>\n      <alias name='ua-sriov-blue'/>\n      <address type='pci' domain='0x0000' bus='0x07' slot='0x00' function='0x0'/>\n    </hostdev>`;
  const xml = (fn: string) => healthyXml().replace(BLUE, hostdev(fn));
  assert.deepEqual(domCodes(doctor(list, { domxml: xml('0x2') })), []);
  const f = only(doctor(list, { domxml: xml('0x3') }), 'DR-DOM-02');
  assert.equal(f.interface, 'blue');
  assert.equal(f.expected, "<address type='pci' domain='0x0000' bus='0x65' slot='0x00' function='0x2'>");
  assert.match(f.actual!, /function='0x3'/);
  assert.equal(
    only(doctor(list, { domxml: healthyXml().replace(BLUE, '') }), 'DR-DOM-01').expected,
    "<hostdev> with <alias name='ua-sriov-blue'>",
  );
});

test('passt: a vhost-user <interface> with the passt backend and its port forwards, as libvirt prints it', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.spec.domain.devices.interfaces[0] = { name: 'default', passtBinding: {}, ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }] };
  // libvirt drops <source dev> for vhost-user with passt and generates the MAC KubeVirt leaves out
  const passt = (ranges: string) =>
    `<interface type='vhostuser'>\n      <mac address='52:54:00:3b:83:1a'/>\n      ${ranges}\n      <model type='virtio-non-transitional'/>\n      <alias name='ua-default'/>\n      <backend type='passt' logFile='/var/run/kubevirt/passt.log'/>\n      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>\n    </interface>`;
  const good = "<portForward proto='udp'><range start='53'/></portForward><portForward proto='tcp'><range start='80'/></portForward>";
  const xml = (ranges: string) =>
    healthyXml().replace(/<interface type='ethernet'>\s*<mac address='0a:58:0a:f4:00:12'\/>[\s\S]*?<\/interface>/, passt(ranges));
  assert.deepEqual(domCodes(doctor(list, { domxml: xml(good) })), []);
  const f = only(doctor(list, { domxml: xml("<portForward proto='tcp'><range start='80'/></portForward>") }), 'DR-DOM-02');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', 'tcp: 80; udp: 53', 'tcp: 80']);
  const g = only(doctor(list, { domxml: xml(good).replace("<backend type='passt'", "<backend type='default'") }), 'DR-DOM-02');
  assert.deepEqual([g.expected, g.actual], ["<backend type='passt'>", "<backend type='default'>"]);
});

test('the CLI: a domain with another MAC gives exit 1 and the finding in JSON', () => {
  const r = cliOn(healthy(), { domxml: xmlWith("<mac address='02:00:00:aa:bb:01'/>", "<mac address='02:00:00:aa:bb:02'/>") }, [
    '--format',
    'json',
  ]);
  assert.equal(r.code, 1, r.stderr);
  const f = (JSON.parse(r.stdout).findings as Obj[]).find((x) => x.code === 'DR-DOM-02')!;
  assert.deepEqual(
    [f.check, f.interface, f.expected, f.actual],
    ['domain', 'blue', "<mac address='02:00:00:aa:bb:01'>", "<mac address='02:00:00:aa:bb:02'>"],
  );
});
