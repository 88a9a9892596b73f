// The full wiring of every VM in a file as one read-only Markdown document ("Virtwire: Show wiring"):
// per resource an overview table and the pod annotations, then per interface every detail KubeVirt
// builds — in-pod links, sysctls, DHCP, nftables (commands and as a script), domain XML, status.

import type { DocAnalysis, FileAnalysis } from '../analyze';
import type { Context } from '../context/context';
import type { InterfaceWiring, ResourceWiring } from '../wiring/types';
import { bindingTitle, rejectionLines, runtimeErrorLines, wiringOf } from './common';
import { code, esc, fence, value } from './markdown';
import { addressesLine, deviceBlock, dhcpFull, inPodList, nftBlock, nftScriptBlock, statusBlock, sysctlsTable, xmlBlock } from './sections';
import { memoryBackingElement } from '../wiring/domain-xml';
import { MULTUS_NETWORKS } from '../wiring/pod-annotations';
import { domainXml, podAnnotationsJson } from './wiring-json';
import { discontinuedNote, networkLabel, summaryLine } from './summary';
import { judgedAs } from './version';
import { LineIndex } from '../text';

export function renderWiringDocument(file: FileAnalysis, title = 'Virtwire wiring'): string {
  const vms = file.docs.filter((d) => d.resource);
  const out: string[] = [`# Wiring — ${esc(title)}`, '', contextLine(file.context)];
  if (vms.length === 0) {
    out.push('', 'No KubeVirt VM resources (VirtualMachine, VirtualMachineInstance, replica set, pool) in this file.');
    return out.join('\n') + '\n';
  }
  if (vms.length > 1) {
    out.push('', vms.map((d, i) => `${i + 1}. ${d.resource!.kind} ${code(d.resource!.name || '(unnamed)')}`).join('\n'));
  }
  const lines = new LineIndex(file.text);
  vms.forEach((doc, i) => out.push('', resourceSection(file, doc, i + 1, lines)));
  return out.join('\n') + '\n';
}

function contextLine(ctx: Context): string {
  const gates = ctx.featureGates.length ? ctx.featureGates.join(', ') : 'defaults';
  return (
    `*Admission as ${esc(judgedAs(ctx))} · wiring as KubeVirt main (after v1.9.0) · ${esc(ctx.arch)} · pod IP families ${esc(ctx.podIPFamilies.join(' + '))} · ` +
    `defaultNetworkInterface ${esc(ctx.defaultNetworkInterface)} · feature gates: ${esc(gates)}. ` +
    `Values in italics are only known at runtime (copied from the virt-launcher pod, or chosen by libvirt).*`
  );
}

function resourceSection(file: FileAnalysis, doc: DocAnalysis, n: number, lines: LineIndex): string {
  const r = doc.resource!;
  const first = doc.start + (/\S/.exec(file.text.slice(doc.start, doc.end))?.index ?? 0);
  const ns = r.namespace ? ` (namespace ${code(r.namespace)})` : '';
  const out: string[] = [
    `## ${n}. ${r.kind} ${code(r.name || '(unnamed)')}${ns}`,
    '',
    `*Document ${doc.index + 1}, line ${lines.position(first).line + 1}.*`,
  ];

  const errors = doc.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    out.push('', `**Rejected** · the cluster refuses this ${r.kind}, so nothing is wired:`, '', ...rejectionLines(errors));
    return out.join('\n');
  }
  const wiring = wiringOf(doc);
  if (!wiring) {
    out.push('', 'No wiring could be computed for this resource.');
    return out.join('\n');
  }
  if (wiring.errors.length > 0) {
    out.push('', `**Fails at runtime** · KubeVirt accepts this ${r.kind}, but:`, '', ...runtimeErrorLines(wiring.errors));
    if (wiring.interfaces.length === 0) return out.join('\n');
  }
  if (wiring.interfaces.length === 0) {
    out.push('', 'No network interfaces.');
    return out.join('\n');
  }
  out.push('', overviewTable(wiring));
  out.push('', '**Pod annotations** (set by virt-controller on the virt-launcher pod)', '', annotations(wiring));
  if (wiring.memoryBacking) {
    out.push('', '**Domain memory backing** (needed by vhost-user/passt)', '', xmlBlock(memoryBackingElement(wiring.memoryBacking)));
  }
  for (const w of wiring.interfaces) out.push('', interfaceSection(w));
  return out.join('\n');
}

function guestCell(ip: unknown, gw: unknown): string {
  if (ip === null || ip === undefined) return '—';
  return `${value(ip, { short: true })}${gw === null || gw === undefined ? '' : ` via ${value(gw, { short: true })}`}`;
}

/** One line per interface (a list reflows to a narrow preview; a wide table would be clipped). */
function overviewTable(wiring: ResourceWiring): string {
  return wiring.interfaces
    .map((w) => {
      const devices = [
        w.podInterface ? `pod ${code(w.podInterface)}` : '',
        w.bridge ? `bridge ${code(w.bridge)}` : '',
        w.tap ? `tap ${code(w.tap)}` : '',
      ]
        .filter(Boolean)
        .join(' → ');
      const flags = (w.defaulted ? ' *(auto-attached)*' : '') + (w.absent ? ' *(absent)*' : '');
      const guest = `guest IPv4 ${guestCell(w.guest?.ipv4, w.guest?.ipv4Gateway)} · IPv6 ${guestCell(w.guest?.ipv6, w.guest?.ipv6Gateway)}`;
      return `- ${code(w.name)}${flags} · ${bindingTitle(w.binding)} on the ${esc(networkLabel(w.network))}${devices ? ` · ${devices}` : ''} · ${guest}`;
    })
    .join('\n');
}

function annotations(wiring: ResourceWiring): string {
  const entries = Object.entries(podAnnotationsJson(wiring.annotations));
  if (entries.length === 0) return 'None of the network annotations.';
  const out: string[] = [];
  for (const [k, v] of entries) {
    if (k === MULTUS_NETWORKS) {
      const pretty = JSON.stringify(
        wiring.annotations!.multusNetworks.map((m) => m.element),
        null,
        2,
      );
      out.push(`- ${code(k)}:\n\n${indent(fence('json', pretty), '  ')}`);
    } else {
      out.push(`- ${code(k)}: ${code(v)}`);
    }
  }
  return out.join('\n');
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function interfaceSection(w: InterfaceWiring): string {
  const out: string[] = [`### Interface ${code(w.name)} — ${bindingTitle(w.binding)} on the ${esc(networkLabel(w.network))}`, ''];
  out.push(summaryLine(w));
  const disc = discontinuedNote(w.binding);
  if (disc) {
    out.push('', esc(disc) + '.');
    return out.join('\n');
  }
  if (w.defaulted)
    out.push('', "*Not in the manifest: added by KubeVirt's mutating webhook (the spec declares no interface and no network).*");
  if (w.absent)
    out.push(
      '',
      "*`state: absent`: KubeVirt hot-unplugs this interface — it leaves the domain and the pod's Multus annotation, and its in-pod links are set absent.*",
    );
  out.push('', `**Guest addresses** · ${addressesLine(w)}`);
  if (w.podInterface) out.push('', `**Pod interface** · ${code(w.podInterface)}`);
  out.push('', '#### In-pod links', '', inPodList(w));
  out.push('', '#### Sysctls', '', sysctlsTable(w));
  out.push('', '#### DHCP', '', dhcpFull(w));
  const nft = w.nftables ?? [];
  out.push('', '#### nftables', '');
  if (nft.length === 0) out.push('KubeVirt adds no nftables rules for this interface.');
  else {
    out.push(
      `The ${nft.length} commands KubeVirt runs, in order:`,
      '',
      nftBlock(nft),
      '',
      'The same ruleset as an `nft -f` script:',
      '',
      nftScriptBlock(nft),
    );
  }
  out.push('', '#### Domain XML', '');
  if (w.domain) {
    out.push(deviceBlock(w.domain), '', 'Compact, as KubeVirt marshals it:', '', fence('xml', domainXml(w)!));
  } else {
    out.push(
      w.binding.startsWith('plugin:')
        ? "None from KubeVirt: the binding plugin's sidecar adds the device."
        : 'KubeVirt adds no device for this interface.',
    );
  }
  if (w.domainTargetRule) out.push('', `*Target device: ${esc(w.domainTargetRule)}*`);
  out.push('', '#### Expected `status.interfaces` entry', '', statusBlock(w));
  if (w.notes?.length) out.push('', '#### Notes', '', ...w.notes.map((n) => `- ${esc(n)}`));
  return out.join('\n');
}
