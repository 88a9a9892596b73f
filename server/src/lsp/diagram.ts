// The wiring diagram over LSP, for any client: the command `virtwire.wiringDiagram` (workspace/executeCommand,
// arguments `[uri, {line, character}?, {embedStyle?, direction?: 'right' | 'down'}?]`) answers with the SVG of the VM at that position (its style sheet apart,
// for hosts with a strict content security policy), the same diagram as Mermaid, and which VM it is. A client that
// hosts the picture (VS Code's webview) names its own command in initializationOptions.diagramCommand, and hovers
// then end with a link to it.

import type { Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  diagramCss,
  diagramOf,
  diagramsMermaid,
  diagramsSvg,
  docAt,
  layoutDiagram,
  versionLabel,
  wiringOf,
  type DiagramSubject,
  type Direction,
  type DocAnalysis,
  type FileAnalysis,
  type ResourceWiring,
} from '../core/index';

export const DIAGRAM_COMMAND = 'virtwire.wiringDiagram';
/** The editor draws this many interfaces of a VM: the layout runs on the server's thread, and a big VM would hold it. */
export const MAX_INTERFACES = 32;

export interface DiagramAnswer {
  uri: string;
  /** VM resources in the document; 0 when there is none (then svg says so). */
  count: number;
  /** Which of them is drawn (0-based), -1 for none. */
  index: number;
  kind: string;
  name: string;
  /** The lines the VM's document spans (0-based, end inclusive). */
  startLine: number;
  endLine: number;
  /** The standalone SVG without its <style> (add `css`), or with it when the client asked for `embedStyle`. */
  svg: string;
  css: string;
  mermaid: string;
}

export interface DiagramOptions {
  /** The SVG carries its <style> (default: apart, in `css`). */
  embedStyle: boolean;
  /** `right` (default: node side on the left) or `down` (node side on top: for a narrow panel). */
  direction: Direction;
}

/** `[uri, position?, options?]` from an untrusted client: what is not of the expected shape is ignored. */
export function diagramArguments(args: unknown[] | undefined): { uri: string; position?: Position; options: DiagramOptions } {
  const [uri, pos, opts] = args ?? [];
  const o = (opts && typeof opts === 'object' ? opts : {}) as { embedStyle?: unknown; direction?: unknown };
  const out: { uri: string; position?: Position; options: DiagramOptions } = {
    uri: typeof uri === 'string' ? uri : '',
    options: { embedStyle: o.embedStyle === true, direction: o.direction === 'down' ? 'down' : 'right' },
  };
  const p = pos as Partial<Position> | null | undefined;
  if (p && typeof p === 'object' && Number.isInteger(p.line) && Number.isInteger(p.character)) {
    out.position = { line: Math.max(0, p.line!), character: Math.max(0, p.character!) };
  }
  return out;
}

/** The VM document at `offset`: the one it is in, else the last one above it, else the first one. */
function vmAt(file: FileAnalysis, offset: number | undefined): DocAnalysis | undefined {
  const vms = file.docs.filter((d) => d.resource);
  if (offset === undefined) return vms[0];
  const at = docAt(file, offset);
  if (at?.resource) return at;
  return vms.filter((d) => d.start <= offset).pop() ?? vms[0];
}

/** Layouts by wiring record (a document's wiring is computed once per text and context): cursor moves are free. */
const drawn = new WeakMap<ResourceWiring, { key: string; svg: Promise<string> }>();

function svgOf(subject: DiagramSubject, o: DiagramOptions): Promise<string> {
  const key = JSON.stringify([subject.kind, subject.name, subject.namespace, subject.judgedAs, o.embedStyle, o.direction]);
  const hit = drawn.get(subject.wiring);
  if (hit && hit.key === key) return hit.svg;
  const svg = layoutDiagram(diagramOf(subject), o.direction).then((l) => diagramsSvg([l], { embedStyle: o.embedStyle }));
  drawn.set(subject.wiring, { key, svg });
  svg.catch(() => drawn.delete(subject.wiring));
  return svg;
}

export async function diagramAnswer(
  doc: TextDocument,
  file: FileAnalysis,
  position: Position | undefined,
  o: DiagramOptions,
): Promise<DiagramAnswer> {
  const vms = file.docs.filter((d) => d.resource);
  const vm = vmAt(file, position ? doc.offsetAt(position) : undefined);
  const none = { uri: doc.uri, count: vms.length, index: -1, kind: '', name: '', startLine: 0, endLine: 0, css: diagramCss() };
  if (!vm?.resource) return { ...none, svg: diagramsSvg([], { embedStyle: o.embedStyle }), mermaid: diagramsMermaid([]) };
  const r = vm.resource;
  const wiring = wiringOf(vm) ?? { interfaces: [], annotations: { multusNetworks: [] }, errors: [] };
  const subject: DiagramSubject = {
    kind: r.kind,
    name: r.name,
    judgedAs: versionLabel(file.context.kubevirtVersion),
    wiring,
    maxInterfaces: MAX_INTERFACES,
  };
  if (r.namespace) subject.namespace = r.namespace;
  const extent = vm.nested?.extent ?? { start: vm.start, end: vm.end };
  return {
    ...none,
    index: vms.indexOf(vm),
    kind: r.kind,
    name: r.name,
    startLine: doc.positionAt(extent.start).line,
    endLine: doc.positionAt(Math.max(extent.start, extent.end - 1)).line,
    svg: await svgOf(subject, o),
    mermaid: diagramsMermaid([diagramOf(subject)]),
  };
}

/** The hover's closing link to the client's diagram view of the VM at `position`. */
export function diagramLink(command: string, uri: string, position: Position): string {
  const args = encodeURIComponent(JSON.stringify([uri, position]));
  return `\n\n[Show wiring diagram](command:${command}?${args} "Open the wiring diagram of this VM beside the editor")`;
}
