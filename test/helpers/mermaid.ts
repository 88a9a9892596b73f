// Reads a Mermaid flowchart the way its grammar does, for the few forms our renderer writes, and fails on
// anything else: `flowchart LR`, balanced `subgraph id["…"]` / `end`, `direction LR`, nodes `id["…"]`,
// `id[("…")]`, `id[["…"]]`, edges `a --> b` / `a -->|"…"| b` between declared nodes.

export interface Flowchart {
  /** id → label (entity codes decoded, <br/> as newlines, other tags removed). */
  nodes: Map<string, string>;
  edges: { from: string; to: string; label?: string }[];
  subgraphs: Map<string, string>;
}

const LABEL = '"([^"]*)"';
const NODE = new RegExp(`^(\\w+)(?:\\[\\(${LABEL}\\)\\]|\\[\\[${LABEL}\\]\\]|\\[${LABEL}\\])$`);
const EDGE = new RegExp(`^(\\w+) -->(?:\\|${LABEL}\\|)? (\\w+)$`);
const SUBGRAPH = new RegExp(`^subgraph (\\w+)\\[${LABEL}\\]$`);

function text(label: string): string {
  const stray = label.replace(/<\/?(b|i)>|<br\/>/g, '');
  if (/[<>]/.test(stray)) throw new Error(`markup left in a label: ${label}`);
  return label
    .replace(/<br\/>/g, '\n')
    .replace(/<\/?(b|i)>/g, '')
    .replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

export function parseFlowchart(src: string): Flowchart {
  const lines = src.split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== 'flowchart LR') throw new Error(`first line: ${lines[0]}`);
  const f: Flowchart = { nodes: new Map(), edges: [], subgraphs: new Map() };
  let depth = 0;
  for (const raw of lines.slice(1)) {
    const l = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = SUBGRAPH.exec(l))) {
      f.subgraphs.set(m[1]!, text(m[2]!));
      depth++;
    } else if (l === 'end') {
      if (--depth < 0) throw new Error('end without subgraph');
    } else if (l === 'direction LR') {
      if (depth === 0) throw new Error('direction outside a subgraph');
    } else if ((m = NODE.exec(l))) {
      if (f.nodes.has(m[1]!)) throw new Error(`node ${m[1]} declared twice`);
      f.nodes.set(m[1]!, text(m[2] ?? m[3] ?? m[4]!));
    } else if ((m = EDGE.exec(l))) {
      f.edges.push({ from: m[1]!, to: m[3]!, ...(m[2] !== undefined ? { label: text(m[2]) } : {}) });
    } else throw new Error(`not a flowchart line: ${raw}`);
  }
  if (depth !== 0) throw new Error('unclosed subgraph');
  for (const e of f.edges)
    if (!f.nodes.has(e.from) || !f.nodes.has(e.to)) throw new Error(`edge to an undeclared node: ${e.from} → ${e.to}`);
  return f;
}
