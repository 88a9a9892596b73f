import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { defaultContext } from '../../server/src/core/context/context';
import { editorDump, mayBeDump } from '../../server/src/core/doctor/editor';
import { healthy, networkStatus, setNetworkStatus, statusOf } from './helpers';
import { hoverAt } from '../../server/src/core/render/hover';
import { analyze } from '../helpers/manifests';

const lineOf = (text: string, offset: number): string => {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
};

test('a manifest is not a dump; a VMI with status is', () => {
  assert.equal(mayBeDump('apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nspec: {}\n'), false);
  assert.equal(
    editorDump('apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata: {name: x}\nspec: {}\nstatus: {}\n', defaultContext()),
    undefined,
  );
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

/** The healthy dump, Multus reporting a gateway and an MTU for `blue`. */
function blueWithGatewayAndMtu() {
  const list = healthy();
  const e = networkStatus(list);
  e[1]!.gateway = ['192.168.100.1'];
  e[1]!.mtu = 9000;
  setNetworkStatus(list, e);
  return list;
}

test("the runtime context carries the dump's concrete values of every pod interface", () => {
  const list = blueWithGatewayAndMtu();
  const d = editorDump(stringify(list), defaultContext())!;
  assert.deepEqual(d.ctx.pod, {
    ipv4: '10.244.0.18',
    mac: '0a:58:0a:f4:00:12',
    addressesKnown: true,
    networks: { blue: { ipv4: '192.168.100.5', mac: '02:00:00:aa:bb:01', mtu: 9000, ipv4Gateway: '192.168.100.1', addressesKnown: true } },
  });
  assert.equal(d.ctx.guestAgent, true);
});

test('hovers on a secondary network\'s interface show the dump\'s values, not "from the pod"', () => {
  const list = blueWithGatewayAndMtu();
  const text = stringify(list);
  const d = editorDump(text, defaultContext())!;
  const file = analyze(text, d.ctx);
  const h = hoverAt(file, text.indexOf('name: blue') + 'name: '.length)!;
  assert.ok(h, 'a hover on blue');
  assert.match(h.markdown, /192\.168\.100\.5/, "the guest gets the pod interface's address");
  assert.match(h.markdown, /192\.168\.100\.1/, 'the gateway Multus reported');
  assert.match(h.markdown, /MTU `9000`/, 'the MTU of the domain device');
  assert.doesNotMatch(h.markdown, /IPv4\/prefix of pod16477688c0e|first IPv4 route next-hop/);
  // without the dump's values the same hover says where they come from
  const plain = hoverAt(analyze(text, defaultContext()), text.indexOf('name: blue') + 'name: '.length)!;
  assert.match(plain.markdown, /IPv4\/prefix of pod16477688c0e/);
});

test('a NAD without IPAM: the dump says the interface has no address, so no DHCP and no fake bridge IP', () => {
  const list = healthy();
  const e = networkStatus(list);
  delete e[1]!.ips;
  setNetworkStatus(list, e);
  const text = stringify(list);
  const d = editorDump(text, defaultContext())!;
  assert.deepEqual(d.ctx.pod?.networks?.blue, { mac: '02:00:00:aa:bb:01', addressesKnown: true });
  const blue = analyze(text, d.ctx)
    .docs.find((x) => x.resource)!
    .wiring()!.interfaces[1]!;
  assert.equal(blue.dhcp, null);
  assert.equal(blue.guest.ipv4, null);
  assert.equal(blue.inPod.links.find((l) => l.kind === 'bridge')!.ipv4, undefined);
});
