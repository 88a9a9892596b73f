// Hover previews: what KubeVirt builds for the interface, port or network under the cursor (from the
// wiring engine's output), what it rejects, and a one-line overview on the resource's `kind`.
// Served from the per-document caches: the wiring is memoized by the pipeline, the Markdown here per
// wiring object, so a repeated hover costs a path lookup.

import { docAt, type DocAnalysis, type FileAnalysis } from '../analyze';
import { interfacesOf, networksOf } from '../model/resource';
import type { Interface, Network } from '../model/api';
import type { PlacedFinding, Span } from '../types';
import type { InterfaceWiring, ResourceWiring, WiringError } from '../wiring/types';
import { MULTUS_DEFAULT_NETWORK, MULTUS_NETWORKS } from '../wiring/pod-annotations';
import { portForwardElements } from '../wiring/domain-xml';
import { istioInjectionEnabled, natForwards } from '../wiring/nftables';
import { natForwardLines, passtForwardLines } from '../diagram/labels';
import { PITFALL_CODES } from '../codes';
import { explanationOf, wordedByKubevirt } from './explanation';
import { code, esc, value } from './markdown';
import { nftFamilies, rulesForPort } from './nft-script';
import { addressesLine, deviceLine, dhcpLine, nftBlock, xmlBlock } from './sections';
import { bindingTitle, interfaceTitle, rejectionLines, runtimeErrorLines, wiringOf } from './common';
import { discontinuedNote, networkLabel, summaryLine } from './summary';
import { targetAt, type Hit } from './target';
import { judgedLine, judgedLineShort, laterRejectionLine, wiringDifferenceLines } from './version';
import { podAnnotationsJson } from './wiring-json';

export interface Hover {
  markdown: string;
  span: Span;
}

export interface HoverOptions {
  /**
   * How the full detail is reached, as Markdown (e.g. a command link to the client's "Show wiring" beside the
   * editor); by default the hover names the command. The hover itself stays short — a few lines, nothing folded that
   * could grow it past the widget's size — and the full detail is one click away.
   */
  fullDetail?: string;
}

const ABSENT =
  "*`state: absent`: KubeVirt hot-unplugs this interface — it leaves the domain and the pod's Multus annotation, and its in-pod links are set absent.*";

/** The command that opens the full wiring document. */
export const SHOW_WIRING = 'Virtwire: Show wiring';

const memo = new WeakMap<object, Map<string, string>>();

function memoized(owner: object, key: string, build: () => string): string {
  let m = memo.get(owner);
  if (!m) memo.set(owner, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = build()));
  return v;
}

/** The hover for the text at `offset`, if it is on something Virtwire explains. */
export function hoverAt(file: FileAnalysis, offset: number, opts: HoverOptions = {}): Hover | undefined {
  const doc = docAt(file, offset);
  if (!doc || !doc.resource || !doc.source || offset < doc.start || offset > doc.end) return undefined;
  const hit = targetAt(doc.source, doc.resource, offset - doc.start);
  if (!hit) return undefined;
  const markdown = renderHit(file, doc, hit, opts);
  if (!markdown) return undefined;
  const s = doc.source.spanFor(hit.path, hit.part);
  return { markdown, span: { start: s.start + doc.start, end: s.end + doc.start } };
}

function renderHit(file: FileAnalysis, doc: DocAnalysis, hit: Hit, opts: HoverOptions): string | undefined {
  const resource = doc.resource!;
  const errors = doc.findings.filter((f) => f.severity === 'error');
  const t = hit.target;
  if (errors.length > 0) return `${rejected(doc, hit, errors)}\n\n${judgedLine(file.context)}`;

  const wiring = wiringOf(doc);
  if (!wiring) return undefined;
  if (wiring.interfaces.length === 0 && wiring.errors.length > 0)
    return `${failed(doc, wiring.errors)}\n\n${releaseFooter(file, doc, wiring)}`;
  const more = opts.fullDetail;

  switch (t.kind) {
    case 'kind':
    case 'overview':
      return memoized(wiring, 'overview', () => `${overview(doc, wiring)}\n\n${releaseFooter(file, doc, wiring)}`);
    case 'defaulted': {
      const w = wiring.interfaces.find((x) => x.defaulted);
      if (!w) return undefined;
      return memoized(w, `iface:${more}`, () => interfaceHover(file, doc, wiring, w, more));
    }
    case 'interface': {
      const w = wiringFor(wiring, interfacesOf(resource.spec)[t.index], t.index);
      if (!w) return undefined;
      return memoized(w, `iface:${more}`, () => interfaceHover(file, doc, wiring, w, more));
    }
    case 'port': {
      const iface = interfacesOf(resource.spec)[t.index];
      const w = wiringFor(wiring, iface, t.index);
      if (!w || !iface) return undefined;
      return memoized(w, `port:${t.ranges}:${t.port}`, () => portHover(doc, w, iface, t.port, t.ranges));
    }
    case 'network': {
      const net = networksOf(resource.spec)[t.index];
      if (!net || typeof net.name !== 'string') return undefined;
      const w = wiring.interfaces.find((x) => x.name === net.name);
      if (!w) return `**network ${code(net.name)}** · ${esc(describeNetwork(net))}\n\nNo interface is connected to this network.`;
      return memoized(w, `net:${more}`, () => networkHover(file, doc, wiring, net, w, more));
    }
  }
}

/** The wiring entry of a written interface: by name, else by position. */
function wiringFor(wiring: ResourceWiring, iface: Interface | undefined, index: number): InterfaceWiring | undefined {
  if (iface && typeof iface.name === 'string') {
    const byName = wiring.interfaces.find((w) => w.name === iface.name);
    if (byName) return byName;
  }
  return wiring.interfaces.filter((w) => !w.defaulted)[index];
}

function describeNetwork(n: Network): string {
  if (n.pod !== undefined && n.pod !== null) return 'pod network';
  if (n.multus) return `Multus network ${String(n.multus.networkName ?? '')}${n.multus.default === true ? ' (default network)' : ''}`;
  return 'network';
}

/**
 * What will happen at runtime to this interface, from the pitfalls found on it (what KubeVirt accepts and then
 * breaks or limits): the first lines of its hover.
 */
function pitfallLines(doc: DocAnalysis, name: string): string[] {
  const mine = (f: PlacedFinding): boolean => {
    const d = f.data ?? {};
    return d['name'] === name || (Array.isArray(d['interfaces']) && d['interfaces'].includes(name));
  };
  return doc.findings
    .filter((f) => PITFALL_CODES.includes(f.code) && mine(f))
    .map((f) => {
      const plain = wordedByKubevirt(f.code) ? explanationOf(f) : undefined;
      return `**At runtime${f.severity === 'warning' ? ' ⚠' : ''}** · ${esc(f.message)}${plain ? ` — ${esc(plain)}` : ''} (${code(f.code)})`;
    });
}

/** Which ports reach the guest through masquerade's NAT or passt (a `ports` list forwards only those). */
function forwardedLine(w: InterfaceWiring): string | undefined {
  if (w.binding === 'masquerade' && w.nftables && w.nftables.length > 0) {
    const fw = natForwards(w.nftables);
    const all = fw.some((f) => f.protocol === null);
    const lines = [...new Set(natForwardLines(fw))];
    if (lines.length === 0) return undefined;
    return `**Forwarded** · ${lines.map((l) => code(l)).join(', ')}${all ? ' (no `ports` list: every port)' : ' only'}`;
  }
  if (w.domain?.element === 'interface' && w.domain.type === 'vhostuser' && w.domain.backend?.type === 'passt') {
    const lines = passtForwardLines(w.domain);
    if (lines.length === 0) return undefined;
    return `**Forwarded** · ${lines.map((l) => code(l)).join(', ')} (passt)`;
  }
  return undefined;
}

/** Markdown lines kept in one paragraph (hard breaks): no paragraph spacing, so the hover stays short. */
const block = (lines: readonly string[]): string => lines.join('  \n');

/**
 * Everything but the title: the summary, then one line each for the addresses, the forwarded ports, DHCP, nftables
 * and the domain device, in one compact block; then how to reach the full detail (the nft commands, the XML, the
 * DHCP options, the in-pod links, the status entry). Short enough for the hover widget's height: nothing scrolls,
 * nothing is folded (a fold opened inside a hover grows past the widget and is cut off).
 */
function interfaceBody(file: FileAnalysis, wiring: ResourceWiring, w: InterfaceWiring, more: string | undefined): string {
  const out: string[] = [];
  const disc = discontinuedNote(w.binding);
  if (disc) return [summaryLine(w), esc(disc) + '.'].join('\n\n');
  const notes: string[] = [];
  if (w.defaulted) {
    notes.push(
      `*Not in the manifest: KubeVirt's mutating webhook adds this interface and the pod network because the spec has ` +
        `none (cluster setting ${code(`defaultNetworkInterface: ${file.context.defaultNetworkInterface}`)}).*`,
    );
  }
  if (w.absent) notes.push(ABSENT);
  if (wiring.errors.length > 0) notes.push(['**Fails at runtime:**', ...runtimeErrorLines(wiring.errors)].join('\n'));
  const facts: string[] = [summaryLine(w, { binding: false }), `**Addresses** · ${addressesLine(w)}`];
  const forwarded = forwardedLine(w);
  if (forwarded) facts.push(forwarded);
  facts.push(dhcpLine(w));
  const nft = w.nftables ?? [];
  if (nft.length > 0) {
    const tables = nftFamilies(nft)
      .map((f) => code(`${f} nat`))
      .join(' and ');
    const guest = w.guest?.ipv4 ?? w.guest?.ipv6;
    const dnat = typeof guest === 'string' ? `, DNAT to ${value(guest.replace(/\/\d+$/, ''), { short: true })}` : '';
    facts.push(`**nftables** · ${nft.length} commands in ${tables || 'the nat table'}${dnat}`);
  }
  if (w.domain) facts.push(deviceLine(w.domain));
  else if (w.binding.startsWith('plugin:')) facts.push("**Domain** · none from KubeVirt: the binding plugin's sidecar adds the device");
  out.push(block(facts), ...notes);
  for (const n of w.notes ?? []) out.push(`*${esc(n)}*`);
  out.push(more ?? `*The nft commands, XML, DHCP options and status: run **${SHOW_WIRING}**.*`);
  return out.join('\n\n');
}

function interfaceHover(
  file: FileAnalysis,
  doc: DocAnalysis,
  wiring: ResourceWiring,
  w: InterfaceWiring,
  more: string | undefined,
): string {
  return [
    interfaceTitle(w),
    ...pitfallLines(doc, w.name),
    interfaceBody(file, wiring, w, more),
    releaseFooter(file, doc, wiring, true),
  ].join('\n\n');
}

/**
 * Which release judged (`short`: in a line, for the interface and network hovers, which must fit their widget); what a
 * later release would reject; what this release wires differently from main.
 */
function releaseFooter(file: FileAnalysis, doc: DocAnalysis, wiring: ResourceWiring, short = false): string {
  const later = laterRejectionLine(file, doc);
  const judged = short ? judgedLineShort(file.context) : judgedLine(file.context);
  return [...wiringDifferenceLines(file.context, wiring), ...(later ? [later] : []), judged].join('\n\n');
}

function networkHover(
  file: FileAnalysis,
  doc: DocAnalysis,
  wiring: ResourceWiring,
  net: Network,
  w: InterfaceWiring,
  more: string | undefined,
): string {
  const head = `**network ${code(net.name!)}** · ${esc(networkLabel(w.network))} → interface ${code(w.name)} (${bindingTitle(w.binding)})`;
  const lines = [head, ...pitfallLines(doc, w.name)];
  const attachment = wiring.annotations?.multusNetworks?.find((m) => m.network === w.name);
  if (attachment) lines.push(`Multus attachment (pod annotation ${code(MULTUS_NETWORKS)}): ${code(JSON.stringify(attachment.element))}`);
  const dflt = wiring.annotations?.multusDefaultNetwork;
  if (dflt && w.network?.source === 'multus' && w.network.default)
    lines.push(`Default network (${code(MULTUS_DEFAULT_NETWORK)}): ${code(dflt)}`);
  return `${lines.join('\n\n')}\n\n${interfaceBody(file, wiring, w, more)}\n\n${releaseFooter(file, doc, wiring, true)}`;
}

function overview(doc: DocAnalysis, wiring: ResourceWiring): string {
  const r = doc.resource!;
  const n = wiring.interfaces.length;
  const out = [`**${r.kind} ${code(r.name || '(unnamed)')}** · ${n} interface${n === 1 ? '' : 's'}`];
  if (n === 0) out.push('No network interfaces: the VM has no network (`autoattachPodInterface: false` or none declared).');
  for (const w of wiring.interfaces) {
    const flags = [w.defaulted ? 'auto-attached by KubeVirt' : '', w.absent ? 'state: absent' : ''].filter(Boolean);
    out.push(`- ${code(w.name)} — ${summaryLine(w)}${flags.length ? ` *(${flags.join(', ')})*` : ''}`);
  }
  const ann = Object.keys(podAnnotationsJson(wiring.annotations));
  if (ann.length > 0) out.push(`\nPod annotations: ${ann.map((a) => code(a)).join(', ')}`);
  return out.join('\n');
}

function rejected(doc: DocAnalysis, hit: Hit, errors: PlacedFinding[]): string {
  const r = doc.resource!;
  const t = hit.target;
  const base = r.specPath.length;
  const prefix =
    t.kind === 'interface' || t.kind === 'port' ? hit.path.slice(0, base + 4) : t.kind === 'network' ? hit.path.slice(0, base + 2) : [];
  const own = (f: PlacedFinding): boolean => prefix.length > 0 && prefix.every((s, i) => f.at[i] === s);
  const ordered = [...errors.filter(own), ...errors.filter((f) => !own(f))];
  const lines = [`**Rejected** · the cluster refuses this ${r.kind}, so nothing is wired.`, '', ...rejectionLines(ordered, 8)];
  if (t.kind === 'interface' || t.kind === 'port') {
    const iface = interfacesOf(r.spec)[t.index];
    if (iface && typeof iface.name === 'string') lines.unshift(`**interface ${code(iface.name)}**`, '');
  }
  return lines.join('\n');
}

function failed(doc: DocAnalysis, errors: WiringError[]): string {
  const r = doc.resource!;
  return [`**Fails at runtime** · KubeVirt accepts this ${r.kind}, but it cannot be wired:`, '', ...runtimeErrorLines(errors)].join('\n');
}

/** A `ports[]` / `portRanges[]` protocol the way KubeVirt reads it (lower case, "" → tcp). */
function normalProtocol(p: unknown): string {
  return typeof p === 'string' && p !== '' ? p.toLowerCase() : 'tcp';
}

function portHover(doc: DocAnalysis, w: InterfaceWiring, iface: Interface, j: number, ranges: boolean): string {
  const r = doc.resource!;
  const list = (ranges ? iface.portRanges : iface.ports) as Record<string, unknown>[] | undefined;
  const p = list?.[j] ?? {};
  const proto = normalProtocol(p['protocol']);
  const PROTO = proto.toUpperCase();
  let title: string;
  let sel: { start: number; end?: number };
  if (ranges) {
    sel = { start: Number(p['start']), end: Number(p['end']) };
    title = `**port range ${code(`${sel.start}-${sel.end}/${PROTO}`)}**`;
  } else {
    sel = { start: Number(p['port']) };
    const name = typeof p['name'] === 'string' && p['name'] !== '' ? ` ${code(p['name'])}` : '';
    title = `**port${name}** · ${code(`${sel.start}/${PROTO}`)}`;
  }
  const out = [`${title} on interface ${code(w.name)} (${bindingTitle(w.binding)})`];
  const dev = w.domain;
  const istio = istioInjectionEnabled(r.annotations);
  if (w.binding === 'masquerade') {
    const rules = rulesForPort(w.nftables ?? [], j, ranges);
    const guest = [...new Set(rules.flatMap((x) => (x.statement.kind === 'dnat' ? [String(x.statement.addr)] : [])))];
    if (rules.length > 0) {
      out.push(
        `KubeVirt forwards it to the guest${guest.length ? ` ${guest.map((g) => code(g)).join(' / ')}` : ''} with ${rules.length} nftables rule${rules.length === 1 ? '' : 's'}:`,
      );
      out.push(nftBlock(rules));
    } else {
      out.push('KubeVirt adds no nftables rule for this port.');
    }
    if (istio) {
      const ssh = ranges ? sel.start <= 22 && 22 <= (sel.end ?? sel.start) : sel.start === 22;
      out.push(
        ssh
          ? '*With Istio, inbound traffic comes from the Envoy proxy over loopback; KubeVirt keeps a direct `tcp dport { 22 }` DNAT for SSH (whatever the protocol).*'
          : '*With Istio, inbound traffic comes from the Envoy proxy over loopback: this port gets no `KUBEVIRT_PREINBOUND` DNAT, only the loopback SNAT/DNAT rules.*',
      );
    } else {
      out.push('*Only the listed ports reach the guest; everything else sent to the pod IP stays in the pod.*');
    }
  } else if (dev?.element === 'interface' && dev.type === 'vhostuser' && dev.backend?.type === 'passt') {
    const forwards = portForwardElements(dev);
    out.push(
      `passt forwards ${PROTO} ${ranges ? `${sel.start}-${sel.end}` : sel.start} from the pod to the guest ` +
        `(a ${code('<range>')} in the domain's ${code(`<portForward proto="${proto}">`)}); unlisted ports are not forwarded.`,
    );
    if (forwards.length > 0) out.push(xmlBlock(forwards));
  } else if (w.binding === 'bridge') {
    out.push(
      "KubeVirt's bridge binding ignores `ports`: the guest owns the pod IP and receives all its traffic, so the list is informational only.",
    );
  } else if (w.binding === 'sriov') {
    out.push('KubeVirt ignores `ports` for SR-IOV: traffic reaches the VF directly, nothing is filtered or forwarded.');
  } else {
    out.push("KubeVirt's own wiring does not use `ports` for this binding; the binding plugin decides what to do with them.");
  }
  return out.join('\n\n');
}
