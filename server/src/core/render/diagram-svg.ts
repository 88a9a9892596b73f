// Laid-out wiring diagrams (diagram/layout.ts) as one standalone SVG: per VM a header (kind, name, where, what
// fails), the zones (node side, virt-launcher pod, guest), the boxes with their real names, role and details as
// text, and the edges with arrowheads. Every text is a <text> element (searchable, copyable, read by screen
// readers); kinds are told apart by their role line, colour only adds to it.
//
// Colours are CSS custom properties with a light palette and a dark one (prefers-color-scheme), both with text
// at WCAG AA contrast on their background; a host page (the VS Code webview) can set the same properties from its
// theme. `diagramCss()` is that style sheet, for hosts that put it in their own <style> (a strict CSP).

import type { Box, LaidOutDiagram, PlacedEdge, PlacedNode, PlacedZone } from '../diagram/types';
import { METRICS, textWidth } from '../diagram/layout';
import { displayTitle } from '../diagram/labels';
import { wrap } from '../diagram/build';
import { escapeAttr } from './xml';

const MARGIN = 16;
const GAP = 36;
const VM_TITLE_SIZE = 15;
const PROBLEM_WIDTH = 110;

const FONT = "ui-monospace, 'SFMono-Regular', 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

const LIGHT = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  line: '#59636e',
  zone: '#f6f8fa',
  zoneStroke: '#d1d9e0',
  node: '#ffffff',
  net: '#0969da',
  pod: '#1a7f37',
  dev: '#8250df',
  nat: '#bc4c00',
  proc: '#1b7c83',
  guest: '#9a6700',
  problem: '#cf222e',
};
const DARK: typeof LIGHT = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9198a1',
  line: '#9198a1',
  zone: '#151b23',
  zoneStroke: '#3d444d',
  node: '#0d1117',
  net: '#4493f8',
  pod: '#3fb950',
  dev: '#ab7df8',
  nat: '#f0883e',
  proc: '#39c5cf',
  guest: '#d29922',
  problem: '#f85149',
};

const vars = (p: typeof LIGHT): string =>
  Object.entries(p)
    .map(([k, v]) => `--vw-${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}:${v}`)
    .join(';');

/** Accent of each node kind (the box's stripe and border). */
const ACCENT: Record<string, string> = {
  cni: 'net',
  nad: 'net',
  vf: 'net',
  claim: 'net',
  'pod-iface': 'pod',
  bridge: 'dev',
  tap: 'dev',
  nat: 'nat',
  passt: 'proc',
  sidecar: 'proc',
  nic: 'guest',
  hostdev: 'guest',
};

/** The diagram's style sheet: palette (light, and dark by prefers-color-scheme), fonts, strokes. */
export function diagramCss(): string {
  const m = METRICS;
  const accents = Object.entries(ACCENT)
    .map(([kind, a]) => `.vw-k-${kind} .vw-box{stroke:var(--vw-${a})}.vw-k-${kind} .vw-stripe{fill:var(--vw-${a})}`)
    .join('');
  return (
    `.vw-diagram{${vars(LIGHT)};font-family:${FONT};}` +
    `@media (prefers-color-scheme: dark){.vw-diagram{${vars(DARK)}}}` +
    `.vw-diagram text{fill:var(--vw-fg);font-size:${m.textSize}px;white-space:pre}` +
    `.vw-diagram .vw-bg{fill:var(--vw-bg)}` +
    `.vw-diagram .vw-vm-title{font-size:${VM_TITLE_SIZE}px;font-weight:bold}` +
    `.vw-diagram .vw-muted,.vw-diagram .vw-role{fill:var(--vw-muted)}` +
    `.vw-diagram .vw-role{font-style:italic}` +
    `.vw-diagram .vw-problem{fill:var(--vw-problem)}` +
    `.vw-diagram .vw-zone rect{fill:var(--vw-zone);stroke:var(--vw-zone-stroke);stroke-width:1}` +
    `.vw-diagram .vw-zone-title text{font-size:${m.zoneTitleSize}px;font-weight:bold;fill:var(--vw-muted);` +
    'stroke:var(--vw-zone);stroke-width:5px;stroke-linejoin:round;paint-order:stroke}' +
    `.vw-diagram .vw-box{fill:var(--vw-node);stroke-width:1.5}` +
    `.vw-diagram .vw-title{font-size:${m.titleSize}px;font-weight:bold}` +
    `.vw-diagram .vw-edge path{fill:none;stroke:var(--vw-line);stroke-width:1.3}` +
    `.vw-diagram .vw-arrowhead{fill:var(--vw-line)}` +
    '.vw-diagram .vw-edge-label text{fill:var(--vw-muted);stroke:var(--vw-bg);stroke-width:5px;stroke-linejoin:round;paint-order:stroke}' +
    '.vw-diagram .vw-on-zone text{stroke:var(--vw-zone)}' +
    accents
  );
}

const a = escapeAttr;
const n = (v: number): string => String(Math.round(v * 10) / 10);

function text(x: number, y: number, s: string, cls?: string): string {
  return `<text x="${n(x)}" y="${n(y)}"${cls ? ` class="${cls}"` : ''}>${a(s)}</text>`;
}

function zoneSvg(z: PlacedZone): string {
  return `<g class="vw-zone" data-zone="${z.zone}"><rect x="${n(z.x)}" y="${n(z.y)}" width="${n(z.width)}" height="${n(z.height)}" rx="6"/></g>`;
}

/** A zone's title, drawn over the edges that cross it (with a halo of the zone's colour). */
function zoneTitleSvg(z: PlacedZone): string {
  return `<g class="vw-zone-title" data-zone="${z.zone}">${text(z.x + 10, z.y + METRICS.zoneTitleHeight - 9, z.title)}</g>`;
}

function nodeSvg(p: PlacedNode): string {
  const m = METRICS;
  const d = p.node;
  const attrs = [`class="vw-node vw-k-${d.kind}"`, `data-kind="${d.kind}"`, `data-name="${a(d.title)}"`, `data-zone="${d.zone}"`];
  if (d.iface !== undefined) attrs.push(`data-iface="${a(d.iface)}"`);
  const x = p.x + m.padX;
  const base = (i: number): number => p.y + m.padY + m.lineHeight * (i + 1) - 4;
  const lines = d.lines.map((l, i) => text(x, base(i + 2), l));
  return (
    `<g ${attrs.join(' ')}><title>${a([d.title, d.role, ...d.lines].join('\n'))}</title>` +
    `<rect class="vw-box" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" rx="4"/>` +
    `<rect class="vw-stripe" x="${n(p.x)}" y="${n(p.y + 3)}" width="3" height="${n(p.height - 6)}"/>` +
    text(x, base(0), displayTitle(d.title), 'vw-title') +
    text(x, base(1), d.role, 'vw-role') +
    lines.join('') +
    '</g>'
  );
}

const within = (b: Box, z: Box): boolean => b.x >= z.x && b.y >= z.y && b.x + b.width <= z.x + z.width && b.y + b.height <= z.y + z.height;

function edgeSvg(p: PlacedEdge, zones: readonly PlacedZone[]): string {
  const d = p.points.map((q, i) => `${i === 0 ? 'M' : 'L'}${n(q.x)} ${n(q.y)}`).join(' ');
  let label = '';
  if (p.edge.label && p.label) {
    const l = p.label;
    // the label's halo has the colour of what is behind it: a zone, or the background
    const cls = zones.some((z) => within(l, z)) ? 'vw-edge-label vw-on-zone' : 'vw-edge-label';
    label = `<g class="${cls}">${text(l.x + METRICS.labelPad, l.y + l.height - 4, p.edge.label)}</g>`;
  }
  return `<g class="vw-edge" data-from="${p.edge.from}" data-to="${p.edge.to}"><path d="${d}" marker-end="url(#vw-arrow)"/>${label}</g>`;
}

interface Header {
  lines: { text: string; cls: string; size: number }[];
  height: number;
  width: number;
}

function header(l: LaidOutDiagram): Header {
  const d = l.diagram;
  const lines = [{ text: d.title, cls: 'vw-vm-title', size: VM_TITLE_SIZE }];
  if (d.subtitle) lines.push({ text: d.subtitle, cls: 'vw-muted', size: METRICS.textSize });
  for (const p of d.problems) for (const t of wrap(p, PROBLEM_WIDTH)) lines.push({ text: t, cls: 'vw-problem', size: METRICS.textSize });
  for (const t of d.notes) lines.push({ text: t, cls: 'vw-muted', size: METRICS.textSize });
  if (d.nodes.length === 0 && d.problems.length === 0)
    lines.push({ text: 'no network interfaces', cls: 'vw-muted', size: METRICS.textSize });
  const height = lines.reduce((h, x) => h + x.size + 6, 0) + 8;
  return { lines, height, width: Math.max(...lines.map((x) => textWidth(x.text, x.size))) };
}

function diagramSvg(l: LaidOutDiagram, top: number, h: Header): string {
  const d = l.diagram;
  let y = top;
  const head = h.lines.map((x) => {
    y += x.size + 6;
    return text(MARGIN, y - 4, x.text, x.cls);
  });
  const body =
    `<g transform="translate(${MARGIN} ${n(top + h.height)})">` +
    l.zones.map(zoneSvg).join('') +
    l.edges.map((e) => edgeSvg(e, l.zones)).join('') +
    l.zones.map(zoneTitleSvg).join('') +
    l.nodes.map(nodeSvg).join('') +
    '</g>';
  return `<g class="vw-vm" data-kind="${a(d.kind)}" data-name="${a(d.name)}">${head.join('')}${body}</g>`;
}

export interface SvgOptions {
  /** Put the style sheet inside the SVG (default true); false for a host that adds diagramCss() itself. */
  embedStyle?: boolean;
}

/** One SVG with every diagram, stacked top to bottom. */
export function diagramsSvg(laid: readonly LaidOutDiagram[], opts: SvgOptions = {}): string {
  const headers = laid.map(header);
  let y = MARGIN;
  const parts: string[] = [];
  let width = 0;
  laid.forEach((l, i) => {
    const h = headers[i]!;
    parts.push(diagramSvg(l, y, h));
    y += h.height + l.height + GAP;
    width = Math.max(width, h.width, l.width);
  });
  width = Math.ceil(width + 2 * MARGIN);
  const height = Math.ceil(laid.length === 0 ? 2 * MARGIN : y - GAP + MARGIN);
  const title = laid.length === 0 ? 'Virtwire wiring: no KubeVirt VM' : `Virtwire wiring: ${laid.map((l) => l.diagram.title).join(', ')}`;
  const style = opts.embedStyle === false ? '' : `<style>${diagramCss()}</style>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="vw-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${a(title)}">` +
    `<title>${a(title)}</title>${style}` +
    '<defs><marker id="vw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">' +
    '<path class="vw-arrowhead" d="M0 0L10 5L0 10z"/></marker></defs>' +
    `<rect class="vw-bg" x="0" y="0" width="${width}" height="${height}"/>` +
    parts.join('') +
    '</svg>\n'
  );
}
