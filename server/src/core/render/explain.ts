// `virtwire explain` output from the wiring records of each VM resource:
//   json  {"kubevirtVersion", "resources":[{file, document, kind, name, kubevirtVersion, interfaces, podAnnotations,
//         errors, domainMemoryBackingXml?}]} with interfaces etc. in the wiring cases' shape (wiring-json.ts);
//   text  per VM: a table (interface, binding, pod iface, bridge, tap, guest IP/gw), errors, annotations, then
//         the nftables ruleset and the domain XML of each interface.

import type { KubevirtVersion } from '../context/version';
import { versionLabel } from '../context/version';
import type { InterfaceWiring, ResourceWiring } from '../wiring/types';
import { memoryBackingElement } from '../wiring/domain-xml';
import { nftScript } from './nft-script';
import { domainXml, podAnnotationsJson, resourceWiringJson, type ResourceWiringJson } from './wiring-json';
import { goXml } from './xml';

export interface ExplainedResource {
  file: string;
  document: number;
  kind: string;
  name: string;
  /** The KubeVirt release whose admission judged the resource (the wiring is main's). */
  kubevirtVersion: KubevirtVersion;
  wiring: ResourceWiring;
}

export type ExplainedResourceJson = Omit<ExplainedResource, 'wiring'> & ResourceWiringJson;

export function explainJson(kubevirtVersion: KubevirtVersion, resources: readonly ExplainedResource[]): string {
  const out: ExplainedResourceJson[] = resources.map(({ wiring, ...r }) => ({ ...r, ...resourceWiringJson(wiring) }));
  return JSON.stringify({ kubevirtVersion, resources: out }, null, 2) + '\n';
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
  return (
    rows
      .map((r) =>
        r
          .map((v, c) => v.padEnd(widths[c]!))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function explainText(resources: readonly ExplainedResource[]): string {
  let out = '';
  for (const r of resources) {
    const w = r.wiring;
    out += `${r.file}#${r.document} ${r.kind} ${r.name} (admission as ${versionLabel(r.kubevirtVersion)})\n`;
    for (const e of w.errors) out += `  error (${e.phase})${e.field ? ` ${e.field}` : ''}: ${e.message}\n`;
    if (w.interfaces.length > 0) {
      const rows = [['INTERFACE', 'BINDING', 'POD IFACE', 'BRIDGE', 'TAP', 'GUEST IP / GW']];
      for (const i of w.interfaces) {
        const name = i.name + (i.absent ? ' (absent)' : '') + (i.defaulted ? ' (defaulted)' : '');
        rows.push([name, i.binding, cell(i.podInterface), cell(i.bridge), cell(i.tap), guestCell(i)]);
      }
      out += table(rows);
    }
    const ann = Object.entries(podAnnotationsJson(w.annotations));
    if (ann.length > 0) {
      out += 'pod annotations:\n';
      for (const [k, v] of ann) out += `  ${k}: ${v}\n`;
    }
    for (const i of w.interfaces) {
      if (i.nftables.length > 0) out += `\nnftables (${i.name}):\n${nftScript(i.nftables)}`;
      if (i.domain) out += `\ndomain XML (${i.name}):\n${domainXml(i)}\n`;
    }
    if (w.memoryBacking) out += `\ndomain memory backing:\n${goXml(memoryBackingElement(w.memoryBacking))}\n`;
    out += '\n';
  }
  return out;
}
