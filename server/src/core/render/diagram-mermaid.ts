// Wiring diagrams (diagram/build.ts) as one Mermaid flowchart, left to right: per VM a subgraph holding the three
// zones as subgraphs, each box labelled with its real name, its role and its details, the edges with their
// labels. GitHub, GitLab and most Markdown viewers render it in a ```mermaid block; Mermaid lays it out itself.

import type { Diagram, DiagramNode, Zone } from '../diagram/types';
import { ZONES } from '../diagram/types';
import { ZONE_TITLES } from '../diagram/layout';

/**
 * Text inside a quoted Mermaid label: entity codes for what would end the label or read as markup, and for `%`
 * (Mermaid reads a `%%{…}%%` directive anywhere in the text).
 */
function esc(s: string): string {
  return s.replace(/[#"<>&|\\`%]/g, (c) => `#${c.codePointAt(0)};`).replace(/[\r\n]+/g, ' ');
}

function nodeLabel(d: DiagramNode): string {
  return [`<b>${esc(d.title)}</b>`, `<i>${esc(d.role)}</i>`, ...d.lines.map(esc)].join('<br/>');
}

function shape(d: DiagramNode, id: string): string {
  const label = `"${nodeLabel(d)}"`;
  switch (d.kind) {
    case 'cni':
    case 'nad':
    case 'vf':
    case 'claim':
      return `${id}[(${label})]`; // the node side: a cylinder
    case 'nat':
    case 'passt':
    case 'sidecar':
      return `${id}[[${label}]]`; // a process or rule set: a subroutine box
    default:
      return `${id}[${label}]`;
  }
}

function diagramLines(d: Diagram, k: number): string[] {
  const id = (local: string): string => `vm${k}_${local}`;
  // one line: Mermaid does not make room for a second line in a subgraph's title
  const out = [`  subgraph ${id('vm')}["${esc(d.title)}"]`, '    direction LR'];
  for (const [i, p] of d.problems.entries()) out.push(`    ${id(`problem${i}`)}["${esc(p)}"]`);
  for (const [i, t] of d.notes.entries()) out.push(`    ${id(`note${i}`)}["${esc(t)}"]`);
  if (d.nodes.length === 0 && d.problems.length === 0) out.push(`    ${id('empty')}["no network interfaces"]`);
  for (const z of ZONES) {
    const nodes = d.nodes.filter((x) => x.zone === z);
    if (nodes.length === 0) continue;
    out.push(`    subgraph ${id(z)}["${esc(ZONE_TITLES[z as Zone])}"]`);
    for (const x of nodes) out.push(`      ${shape(x, id(x.id))}`);
    out.push('    end');
  }
  out.push('  end');
  for (const e of d.edges) out.push(`  ${id(e.from)} -->${e.label ? `|"${esc(e.label)}"|` : ''} ${id(e.to)}`);
  return out;
}

/** One flowchart with every diagram. */
export function diagramsMermaid(ds: readonly Diagram[]): string {
  const lines = ['flowchart LR'];
  ds.forEach((d, k) => lines.push(...diagramLines(d, k)));
  if (ds.length === 0) lines.push('  none["no KubeVirt VM"]');
  return lines.join('\n') + '\n';
}
