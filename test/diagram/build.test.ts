import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOf, wrap, MAX_LINE } from '../../server/src/core/diagram/build';
import type { Diagram, DiagramNode } from '../../server/src/core/diagram/types';
import { wireData, spec, POD, MASQ } from '../wiring/helpers';

const STORAGE = { name: 'storage', multus: { networkName: 'storage-nad' } };
const SRIOV_NET = { name: 'sriov-net', multus: { networkName: 'sriov/sriov-nad' } };

function diagram(vmiSpec: Record<string, unknown>, ctx = {}): Diagram {
  return diagramOf({
    kind: 'VirtualMachineInstance',
    name: 'testvmi',
    namespace: 'demo',
    wiring: wireData(vmiSpec, { namespace: 'demo', ctx }),
  });
}

/** The nodes of one interface's path, following the edges from its first node (no edge leads into it). */
function path(d: Diagram, iface: string): DiagramNode[] {
  const mine = d.nodes.filter((n) => n.iface === iface);
  const into = new Set(d.edges.map((e) => e.to));
  let at = mine.find((n) => !into.has(n.id));
  const out: DiagramNode[] = [];
  while (at) {
    out.push(at);
    const next = d.edges.find((e) => e.from === at!.id);
    at = next ? d.nodes.find((n) => n.id === next.to) : undefined;
  }
  return out;
}

const titles = (ns: DiagramNode[]): string[] => ns.map((n) => n.title);
const label = (d: Diagram, from: DiagramNode, to: DiagramNode): string | undefined =>
  d.edges.find((e) => e.from === from.id && e.to === to.id)?.label;

test('masquerade: pod network → eth0 → NAT with the forwarded ports → k6t-eth0 → tap0 → the guest NIC at 10.0.2.2', () => {
  const d = diagram(spec([{ ...MASQ, ports: [{ name: 'http', port: 80 }, { port: 443 }, { port: 53, protocol: 'UDP' }] }], [POD]));
  const p = path(d, 'default');
  assert.deepEqual(titles(p), ['pod network', 'eth0', 'nftables NAT', 'k6t-eth0', 'tap0', 'ua-default']);
  assert.deepEqual(
    p.map((n) => n.zone),
    ['node', 'pod', 'pod', 'pod', 'pod', 'guest'],
  );
  assert.deepEqual(
    p.map((n) => n.kind),
    ['cni', 'pod-iface', 'nat', 'bridge', 'tap', 'nic'],
  );
  const [, eth0, nat, bridge, , nic] = p;
  assert.ok(nat!.lines.includes('tcp 80, 443 → 10.0.2.2'), nat!.lines.join('|'));
  assert.ok(nat!.lines.includes('udp 53 → 10.0.2.2'), nat!.lines.join('|'));
  assert.ok(bridge!.lines.includes('10.0.2.1/24'));
  assert.ok(bridge!.lines.includes('MAC 02:00:00:00:00:00'));
  assert.ok(bridge!.lines.includes('DHCP server → 10.0.2.2'));
  assert.deepEqual(nic!.lines, ['model virtio-non-transitional', 'MAC from the pod', '10.0.2.2/24 via 10.0.2.1']);
  assert.equal(label(d, eth0!, nat!), 'DNAT');
  assert.equal(label(d, nat!, bridge!), 'routed');
  assert.deepEqual(d.problems, []);
});

test('masquerade without ports forwards every port; a custom vmNetworkCIDR shows its addresses', () => {
  const d = diagram(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.11.12.0/24' } }]));
  const p = path(d, 'default');
  assert.ok(p[2]!.lines.includes('all ports → 10.11.12.2'), p[2]!.lines.join('|'));
  assert.ok(p.at(-1)!.lines.includes('10.11.12.2/24 via 10.11.12.1'));
});

test('bridge on a Multus network: the NAD, the renamed pod interface, its k6t- bridge and tap, the NIC with model and MAC', () => {
  const d = diagram(spec([MASQ, { name: 'storage', bridge: {}, macAddress: '02:00:00:aa:bb:01', model: 'e1000' }], [POD, STORAGE]));
  const p = path(d, 'storage');
  assert.deepEqual(titles(p), ['demo/storage-nad', '49a25f9feef-nic', 'k6t-49a25f9feef', 'tap49a25f9feef', 'ua-storage']);
  assert.equal(p[0]!.kind, 'nad');
  assert.equal(p[0]!.role, 'Multus NAD');
  assert.ok(p[1]!.lines.includes('renamed from pod49a25f9feef'), p[1]!.lines.join('|'));
  assert.equal(label(d, p[1]!, p[2]!), 'port of');
  assert.ok(p[2]!.lines.includes('DHCP server → NAD IPAM address'));
  assert.deepEqual(p[4]!.lines, ['model e1000', 'MAC 02:00:00:aa:bb:01', 'NAD IPAM address (DHCP)']);
});

test('passtBinding: eth0 → passt with its port forwards → a vhost-user NIC that gets the pod IP', () => {
  const d = diagram(spec([{ name: 'default', passtBinding: {}, ports: [{ port: 8080 }] }], [POD]));
  const p = path(d, 'default');
  assert.deepEqual(titles(p), ['pod network', 'eth0', 'passt', 'ua-default']);
  assert.equal(p[2]!.kind, 'passt');
  assert.deepEqual(p[2]!.lines, ['tcp 8080']);
  assert.equal(label(d, p[2]!, p[3]!), 'vhost-user');
  assert.equal(p[3]!.role, 'guest NIC (vhost-user)');
  assert.ok(p[3]!.lines.includes('the pod IP (passt)'));
  assert.ok(p[3]!.lines.includes('MAC chosen by libvirt'));
});

test('SR-IOV: the VF of the NAD → its pod interface → the PCI hostdev, passed through', () => {
  const d = diagram(spec([MASQ, { name: 'sriov-net', sriov: {}, macAddress: '02:00:00:aa:bb:02' }], [POD, SRIOV_NET]));
  const p = path(d, 'sriov-net');
  assert.deepEqual(titles(p), ['sriov/sriov-nad', 'pod5862143f341', 'ua-sriov-sriov-net']);
  assert.deepEqual(
    p.map((n) => n.kind),
    ['vf', 'pod-iface', 'hostdev'],
  );
  assert.match(p[0]!.role, /SR-IOV VF/);
  assert.equal(label(d, p[1]!, p[2]!), 'PCI passthrough');
  assert.ok(p[2]!.lines.includes('MAC 02:00:00:aa:bb:02 (set on the VF)'));
});

test('binding plugins: a tap plugin targets the pod interface; a sidecar-only plugin adds its own NIC', () => {
  const tap = diagram(spec([{ name: 'default', binding: { name: 'mv' } }], [POD]), {
    networkBindings: { mv: { domainAttachmentType: 'tap' } },
  });
  const tp = path(tap, 'default');
  assert.deepEqual(titles(tp), ['pod network', 'eth0', 'ua-default']);
  assert.equal(label(tap, tp[1]!, tp[2]!), 'target dev');
  const sidecar = diagram(spec([{ name: 'default', binding: { name: 'custom' } }], [POD]), {
    networkBindings: { custom: { sidecarImage: 'x' } },
  });
  const sp = path(sidecar, 'default');
  assert.deepEqual(
    sp.map((n) => n.kind),
    ['cni', 'pod-iface', 'sidecar', 'nic'],
  );
  assert.equal(sp[3]!.role, 'NIC added by the plugin sidecar');
});

test('a runtime failure is a problem with the field that causes it; absent interfaces are notes, not boxes', () => {
  const small = diagram(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.0.0/31' } }]));
  assert.deepEqual(small.nodes, []);
  assert.equal(small.problems.length, 1);
  assert.match(
    small.problems[0]!,
    /^fails at runtime \(virt-handler\): VM CIDR subnet is too small.*\[spec\.networks\[0\]\.pod\.vmNetworkCIDR\]$/,
  );
  const absent = diagram(spec([MASQ, { name: 'storage', bridge: {}, state: 'absent' }], [POD, STORAGE]));
  assert.deepEqual(absent.notes, ['storage: absent (hot-unplugged), not wired']);
  assert.ok(!absent.nodes.some((n) => n.iface === 'storage'));
});

test('node ids are unique, every edge joins two nodes, and every node has a title and a role', () => {
  const d = diagram(spec([MASQ, { name: 'storage', bridge: {} }, { name: 'sriov-net', sriov: {} }], [POD, STORAGE, SRIOV_NET]));
  const ids = d.nodes.map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const e of d.edges) assert.ok(ids.includes(e.from) && ids.includes(e.to), JSON.stringify(e));
  for (const n of d.nodes) assert.ok(n.title !== '' && n.role !== '', JSON.stringify(n));
  assert.equal(d.title, 'VirtualMachineInstance testvmi');
  assert.equal(d.subtitle, 'namespace demo');
});

test('wrap: long detail lines break at spaces, a long word is cut', () => {
  assert.deepEqual(wrap('short'), ['short']);
  const long = 'tcp all ports except 15000, 15001, 15004, 15006, 15008, 15009, 15020';
  const w = wrap(long);
  assert.ok(w.length > 1 && w.every((l) => l.length <= MAX_LINE), JSON.stringify(w));
  assert.equal(w.join(' ').replace(/\s+/g, ' '), long);
  assert.deepEqual(wrap('x'.repeat(100)), ['x'.repeat(MAX_LINE - 1) + '…']);
});

test('maxInterfaces: the first interfaces are drawn, a note counts the others', () => {
  const wiring = wireData(spec([MASQ, { name: 'storage', bridge: {} }, { name: 'sriov-net', sriov: {} }], [POD, STORAGE, SRIOV_NET]));
  const d = diagramOf({ kind: 'VirtualMachineInstance', name: 'v', wiring, maxInterfaces: 2 });
  assert.deepEqual([...new Set(d.nodes.map((n) => n.iface))], ['default', 'storage']);
  assert.deepEqual(d.notes, ['1 more interface after the first 2 not drawn (virtwire explain --format svg draws them all)']);
  assert.deepEqual(diagramOf({ kind: 'VirtualMachineInstance', name: 'v', wiring, maxInterfaces: 3 }).notes, []);
});
