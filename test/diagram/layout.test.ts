import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOf } from '../../server/src/core/diagram/build';
import { layoutDiagram, nodeSize, textWidth, METRICS, type Direction } from '../../server/src/core/diagram/layout';
import type { Box, LaidOutDiagram } from '../../server/src/core/diagram/types';
import { wireData, spec, POD, MASQ } from '../wiring/helpers';

const STORAGE = { name: 'storage', multus: { networkName: 'storage-nad' } };
const SRIOV_NET = { name: 'sriov-net', multus: { networkName: 'sriov/sriov-nad' } };

async function laid(vmiSpec: Record<string, unknown>, direction: Direction = 'right'): Promise<LaidOutDiagram> {
  return layoutDiagram(diagramOf({ kind: 'VirtualMachineInstance', name: 'vmi', wiring: wireData(vmiSpec) }), direction);
}

const inside = (b: Box, outer: Box): boolean =>
  b.x >= outer.x && b.y >= outer.y && b.x + b.width <= outer.x + outer.width + 0.01 && b.y + b.height <= outer.y + outer.height + 0.01;
const overlap = (p: Box, q: Box): boolean => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
const onBorder = (pt: { x: number; y: number }, b: Box): boolean =>
  pt.x >= b.x - 0.5 &&
  pt.x <= b.x + b.width + 0.5 &&
  pt.y >= b.y - 0.5 &&
  pt.y <= b.y + b.height + 0.5 &&
  (Math.abs(pt.x - b.x) < 0.5 ||
    Math.abs(pt.x - b.x - b.width) < 0.5 ||
    Math.abs(pt.y - b.y) < 0.5 ||
    Math.abs(pt.y - b.y - b.height) < 0.5);

test('elkjs places the zones left to right (node side, pod, guest), each node inside its zone, none overlapping', async () => {
  const l = await laid(spec([MASQ, { name: 'storage', bridge: {} }, { name: 'sriov-net', sriov: {} }], [POD, STORAGE, SRIOV_NET]));
  assert.deepEqual(
    l.zones.map((z) => z.zone),
    ['node', 'pod', 'guest'],
  );
  const [node, pod, guest] = l.zones;
  assert.ok(node!.x + node!.width <= pod!.x && pod!.x + pod!.width <= guest!.x, JSON.stringify(l.zones));
  assert.equal(l.nodes.length, l.diagram.nodes.length);
  for (const n of l.nodes) {
    const zone = l.zones.find((z) => z.zone === n.node.zone)!;
    assert.ok(inside(n, zone), `${n.node.title} in ${zone.zone}`);
    assert.ok(inside(n, { x: 0, y: 0, width: l.width, height: l.height }));
  }
  for (const [i, p] of l.nodes.entries())
    for (const q of l.nodes.slice(i + 1)) assert.ok(!overlap(p, q), `${p.node.title} / ${q.node.title}`);
  // a zone is wide enough for its title
  for (const z of l.zones) assert.ok(z.width >= textWidth(z.title, METRICS.zoneTitleSize), z.zone);
});

test('each edge runs from the border of its source to the border of its target, left to right; labels get a box', async () => {
  const l = await laid(spec([MASQ, { name: 'storage', bridge: {} }], [POD, STORAGE]));
  assert.equal(l.edges.length, l.diagram.edges.length);
  const box = (id: string) => l.nodes.find((n) => n.node.id === id)!;
  for (const e of l.edges) {
    const from = box(e.edge.from);
    const to = box(e.edge.to);
    assert.ok(e.points.length >= 2);
    assert.ok(onBorder(e.points[0]!, from), `${from.node.title} → ${to.node.title} starts at ${JSON.stringify(e.points[0])}`);
    assert.ok(onBorder(e.points.at(-1)!, to), `${from.node.title} → ${to.node.title} ends at ${JSON.stringify(e.points.at(-1))}`);
    assert.ok(from.x + from.width <= to.x, `${from.node.title} left of ${to.node.title}`);
    if (e.edge.label) assert.ok(e.label && e.label.width > 0, `label box of ${e.edge.label}`);
  }
});

test('boxes are sized for their text', async () => {
  const l = await laid(spec([{ name: 'default', masquerade: {}, ports: [{ port: 80 }] }], [POD]));
  for (const n of l.nodes) {
    const want = nodeSize(n.node);
    assert.deepEqual([n.width, n.height], [want.width, want.height], n.node.title);
    for (const line of [n.node.role, ...n.node.lines]) assert.ok(textWidth(line, METRICS.textSize) + 2 * METRICS.padX <= n.width, line);
  }
});

test('nothing to lay out: no zones, no size', async () => {
  const l = await laid(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.0.0/31' } }]));
  assert.deepEqual([l.zones, l.nodes, l.edges, l.width, l.height], [[], [], [], 0, 0]);
});

test('down: the zones stacked top to bottom, each as wide as its title and no taller than its content needs', async () => {
  // the node side holds two narrow boxes: its title is wider (and elkjs's transposed minimum size would show)
  const s = await laid(spec([MASQ, { name: 'sriov-net', sriov: {} }], [POD, SRIOV_NET]), 'down');
  assert.deepEqual(
    s.zones.map((z) => z.zone),
    ['node', 'pod', 'guest'],
  );
  const [node, pod, guest] = s.zones;
  assert.ok(node!.y + node!.height <= pod!.y && pod!.y + pod!.height <= guest!.y, JSON.stringify(s.zones));
  for (const z of s.zones) {
    assert.ok(z.width >= textWidth(z.title, METRICS.zoneTitleSize), `${z.zone} as wide as its title`);
    const inZone = s.nodes.filter((n) => n.node.zone === z.zone);
    const content = Math.max(...inZone.map((n) => n.y + n.height)) - Math.min(...inZone.map((n) => n.y));
    assert.ok(z.height <= content + METRICS.zoneTitleHeight + 40, `${z.zone}: ${z.height} tall for ${content} of boxes`);
  }
  for (const e of s.edges) {
    const from = s.nodes.find((n) => n.node.id === e.edge.from)!;
    const to = s.nodes.find((n) => n.node.id === e.edge.to)!;
    assert.ok(from.y + from.height <= to.y, `${from.node.title} above ${to.node.title}`);
  }
});
