// `virtwire explain`: the wiring KubeVirt builds for every VM resource in the inputs.
//   --format json  {"resources":[{file, document, kind, name, interfaces, podAnnotations, errors, domainMemoryBackingXml?}]}
//   --format text  per VM: a table (interface, binding, pod iface, bridge, tap, guest IP/gw), errors,
//                  annotations, then the nftables ruleset and the domain XML of each interface.
// Exit code 0, or 2 on usage / I/O errors, also when only some paths could not be read (a rejected resource
// is reported, not a failure).

import { AnalysisCache, analyzeText } from '../core/analyze';
import type { ResourceWiring, InterfaceWiring } from '../core/wiring/wire';
import { nftScript } from '../core/render/nft-script';
import { buildContext, parseCommon, readInputs, reportInputProblems, type IO } from './io';
import { versionLabel, type KubevirtVersion } from '../core/context/version';

export interface ExplainedResource {
  file: string;
  document: number;
  kind: string;
  name: string;
  /** The KubeVirt release whose admission judged the resource (the wiring is main's). */
  kubevirtVersion: KubevirtVersion;
  interfaces: ResourceWiring['interfaces'];
  podAnnotations: ResourceWiring['podAnnotations'];
  errors: ResourceWiring['errors'];
  domainMemoryBackingXml?: string;
}

export async function runExplain(args: string[], io: Pick<IO, 'stdout' | 'stderr'> & Partial<IO>): Promise<number> {
  const opts = parseCommon(args, ['text', 'json']);
  const fullIO: IO = {
    stdout: io.stdout,
    stderr: io.stderr,
    readStdin: io.readStdin ?? (async () => ''),
  };
  const found = await readInputs(opts.paths, fullIO);
  const cache = new AnalysisCache();
  const ctx = await buildContext(opts, found.inputs, cache);
  const resources: ExplainedResource[] = [];
  for (const input of found.inputs) {
    const file = analyzeText(input.text, ctx, cache);
    for (const doc of file.docs) {
      if (!doc.resource) continue;
      const w = doc.wiring() ?? { interfaces: [], podAnnotations: {}, errors: [] };
      const r: ExplainedResource = {
        file: input.file,
        document: doc.index,
        kind: doc.resource.kind,
        name: doc.resource.name,
        kubevirtVersion: file.context.kubevirtVersion,
        interfaces: w.interfaces,
        podAnnotations: w.podAnnotations,
        errors: w.errors,
      };
      if (w.domainMemoryBackingXml !== undefined) r.domainMemoryBackingXml = w.domainMemoryBackingXml;
      resources.push(r);
    }
  }
  if (opts.format === 'json') io.stdout(JSON.stringify({ kubevirtVersion: ctx.kubevirtVersion, resources }, null, 2) + '\n');
  else io.stdout(renderText(resources));
  return reportInputProblems(found, fullIO) ? 2 : 0;
}

/** A value for the table: runtime values become `(pod)`-style short phrases. */
function cell(v: string | null | undefined): string {
  if (v === null || v === undefined) return '-';
  if (v.startsWith('fromPod:')) return '(from pod)';
  if (v.startsWith('runtime:')) return '(runtime)';
  return v;
}

function guestCell(w: InterfaceWiring): string {
  const parts: string[] = [];
  if (w.guest.ipv4 !== null) parts.push(`${cell(w.guest.ipv4)} gw ${cell(w.guest.ipv4Gateway)}`);
  if (w.guest.ipv6 !== null) parts.push(`${cell(w.guest.ipv6)} gw ${cell(w.guest.ipv6Gateway)}`);
  return parts.length > 0 ? parts.join('; ') : '-';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((v, c) => v.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n') + '\n';
}

export function renderText(resources: ExplainedResource[]): string {
  let out = '';
  for (const r of resources) {
    out += `${r.file}#${r.document} ${r.kind} ${r.name} (admission as ${versionLabel(r.kubevirtVersion)})\n`;
    if (r.errors.length > 0) {
      for (const e of r.errors) out += `  error (${e.phase})${e.field ? ` ${e.field}` : ''}: ${e.message}\n`;
    }
    if (r.interfaces.length > 0) {
      const rows = [['INTERFACE', 'BINDING', 'POD IFACE', 'BRIDGE', 'TAP', 'GUEST IP / GW']];
      for (const w of r.interfaces) {
        const name = w.name + (w.absent ? ' (absent)' : '') + (w.defaulted ? ' (defaulted)' : '');
        rows.push([name, w.binding, cell(w.podInterface), cell(w.bridge), cell(w.tap), guestCell(w)]);
      }
      out += table(rows);
    }
    const ann = Object.entries(r.podAnnotations);
    if (ann.length > 0) {
      out += 'pod annotations:\n';
      for (const [k, v] of ann) out += `  ${k}: ${v}\n`;
    }
    for (const w of r.interfaces) {
      if (w.nftables.length > 0) out += `\nnftables (${w.name}):\n${nftScript(w.nftables)}`;
      if (w.domainXml) out += `\ndomain XML (${w.name}):\n${w.domainXml}\n`;
    }
    if (r.domainMemoryBackingXml) out += `\ndomain memory backing:\n${r.domainMemoryBackingXml}\n`;
    out += '\n';
  }
  return out;
}
