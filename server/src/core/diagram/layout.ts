// Places a diagram's boxes and routes its edges with elkjs (the Eclipse Layout Kernel compiled to JavaScript):
// layered layout left to right, the three zones as compound nodes, edges routed orthogonally across them. The
// only asynchronous step of the core (elkjs answers with a promise); everything before and after is synchronous.
//
// Sizes come from the text: labels are drawn in a monospace font (render/diagram-svg.ts), so a line's width is
// its length times the font's advance. elkjs is loaded on the first layout, not when the server or CLI starts:
// in the bundles it is a file of its own (dist/elk-layout.js) that the CLI and the server share.

import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, DiagramNode, LaidOutDiagram, PlacedEdge, PlacedNode, PlacedZone, Zone } from './types';
import { ZONES } from './types';
import { displayTitle } from './labels';

/** Font sizes (px) and the monospace advance (em) the SVG uses; the layout sizes boxes with them. */
export const METRICS = {
  titleSize: 13,
  textSize: 11,
  zoneTitleSize: 12,
  /** Advance of a monospace glyph, in em (0.6 for the usual fonts; a little more for bold and fallbacks). */
  advance: 0.62,
  lineHeight: 15,
  padX: 10,
  padY: 8,
  zoneTitleHeight: 26,
  labelPad: 4,
} as const;

export const ZONE_TITLES: Record<Zone, string> = {
  node: 'node side · CNI, Multus, SR-IOV',
  pod: 'virt-launcher pod · network namespace',
  guest: 'guest · libvirt domain',
};

export function textWidth(text: string, size: number): number {
  return Math.ceil([...text].length * size * METRICS.advance);
}

/** A node's box: the title, the role line, then the detail lines. */
export function nodeSize(n: DiagramNode): { width: number; height: number } {
  const m = METRICS;
  const width = Math.max(
    textWidth(displayTitle(n.title), m.titleSize),
    textWidth(n.role, m.textSize),
    ...n.lines.map((l) => textWidth(l, m.textSize)),
  );
  return { width: Math.max(96, width + 2 * m.padX), height: 2 * m.padY + m.lineHeight * (2 + n.lines.length) };
}

export function edgeLabelSize(text: string): { width: number; height: number } {
  return { width: textWidth(text, METRICS.textSize) + 2 * METRICS.labelPad, height: METRICS.lineHeight };
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let engine: Elk | undefined;

function elk(): Elk {
  if (!engine) {
    // elk.bundled.js runs the layout in this thread (no Web Worker); see the header for why it is loaded here
    const ELK = require('elkjs/lib/elk.bundled.js') as new () => Elk;
    engine = new ELK();
  }
  return engine;
}

/**
 * Which way the path runs: `right` (node side on the left, guest on the right: wide, for documents and wide
 * screens) or `down` (node side on top: tall and narrow, for a panel beside the editor).
 */
export type Direction = 'right' | 'down';

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.nodeNode': '16',
  'elk.spacing.edgeLabel': '2',
  'elk.spacing.componentComponent': '24',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  // every coordinate in the answer relative to the root, whatever node or edge it belongs to
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};

function zoneOptions(z: Zone, direction: Direction): Record<string, string> {
  const m = METRICS;
  const width = textWidth(ZONE_TITLES[z], m.zoneTitleSize) + 24;
  return {
    'elk.padding': `[top=${m.zoneTitleHeight + 6},left=12,bottom=12,right=12]`,
    'elk.nodeSize.constraints': 'MINIMUM_SIZE',
    // elkjs 0.12 applies a compound node's minimum size in its internal, transposed coordinates when the direction
    // is DOWN (with INCLUDE_CHILDREN): (width, height) must then be given as (height, width) (layout.test.ts checks)
    'elk.nodeSize.minimum': direction === 'down' ? `(40, ${width})` : `(${width}, 40)`,
  };
}

/** The ELK graph of a diagram: zones as compound nodes holding their nodes, edges at the root. */
export function elkGraph(d: Diagram, direction: Direction = 'right'): ElkNode {
  const zones = ZONES.filter((z) => d.nodes.some((n) => n.zone === z));
  return {
    id: 'root',
    layoutOptions: { ...ROOT_OPTIONS, 'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT' },
    children: zones.map((z) => ({
      id: `zone-${z}`,
      layoutOptions: zoneOptions(z, direction),
      children: d.nodes.filter((n) => n.zone === z).map((n) => ({ id: n.id, ...nodeSize(n) })),
    })),
    edges: d.edges.map(
      (e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        ...(e.label ? { labels: [{ id: `${e.id}-label`, text: e.label, ...edgeLabelSize(e.label) }] } : {}),
      }),
    ),
  };
}

function placedEdges(d: Diagram, laid: ElkNode): PlacedEdge[] {
  const byId = new Map(d.edges.map((e) => [e.id, e]));
  return (laid.edges ?? []).flatMap((le) => {
    const edge = byId.get(le.id);
    const sections = (le as ElkExtendedEdge).sections ?? [];
    if (!edge || sections.length === 0) return [];
    const points = sections.flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((q) => ({ x: q.x, y: q.y }));
    const p: PlacedEdge = { edge, points };
    const l = le.labels?.[0];
    if (l && l.x !== undefined && l.y !== undefined) p.label = { x: l.x, y: l.y, width: l.width ?? 0, height: l.height ?? 0 };
    return [p];
  });
}

/** Lays out one diagram. */
export async function layoutDiagram(d: Diagram, direction: Direction = 'right'): Promise<LaidOutDiagram> {
  if (d.nodes.length === 0) return { diagram: d, width: 0, height: 0, zones: [], nodes: [], edges: [] };
  const laid = await elk().layout(elkGraph(d, direction));
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const zones: PlacedZone[] = [];
  const nodes: PlacedNode[] = [];
  for (const z of laid.children ?? []) {
    const zone = z.id.slice('zone-'.length) as Zone;
    zones.push({ zone, title: ZONE_TITLES[zone], x: z.x ?? 0, y: z.y ?? 0, width: z.width ?? 0, height: z.height ?? 0 });
    for (const c of z.children ?? []) {
      const node = byId.get(c.id);
      if (node) nodes.push({ node, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
    }
  }
  return { diagram: d, width: laid.width ?? 0, height: laid.height ?? 0, zones, nodes, edges: placedEdges(d, laid) };
}

/** Lays out several diagrams, one after the other (elkjs runs one layout at a time in this thread anyway). */
export async function layoutDiagrams(ds: readonly Diagram[], direction: Direction = 'right'): Promise<LaidOutDiagram[]> {
  const out: LaidOutDiagram[] = [];
  for (const d of ds) out.push(await layoutDiagram(d, direction));
  return out;
}
