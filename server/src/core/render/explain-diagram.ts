// `virtwire explain --format svg | mermaid`: the wiring diagram of every VM resource explain found, as one
// standalone SVG (laid out by diagram/layout.ts, the one asynchronous step) or one Mermaid flowchart.

import { versionLabel } from '../context/version';
import { diagramOf, type DiagramSubject } from '../diagram/build';
import { layoutDiagrams } from '../diagram/layout';
import type { ExplainedResource } from './explain';
import { diagramsMermaid } from './diagram-mermaid';
import { diagramsSvg } from './diagram-svg';

export function explainedSubject(r: ExplainedResource): DiagramSubject {
  return {
    kind: r.kind,
    name: r.name,
    where: `${r.file} document ${r.document + 1}`,
    judgedAs: versionLabel(r.kubevirtVersion),
    wiring: r.wiring,
  };
}

export async function explainSvg(resources: readonly ExplainedResource[]): Promise<string> {
  return diagramsSvg(await layoutDiagrams(resources.map((r) => diagramOf(explainedSubject(r)))));
}

export function explainMermaid(resources: readonly ExplainedResource[]): string {
  return diagramsMermaid(resources.map((r) => diagramOf(explainedSubject(r))));
}
