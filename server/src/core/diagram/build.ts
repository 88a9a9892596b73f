// The diagram of one VM from its wiring records (wiring/types.ts): per interface a path from the node side
// (cluster network, Multus NAD, SR-IOV VF) through the virt-launcher pod's network namespace (pod interface,
// masquerade NAT, k6t- bridge, tap, passt) to the guest's NIC, each hop named as it is on the running system.
// Synchronous and text-free: the labels are data, layout.ts places them, render/ draws them.

import type { ResourceWiring, InterfaceWiring, PodNetworkAnnotations, WiringError } from '../wiring/types';
import { natForwards } from '../wiring/nftables';
import type { Diagram, DiagramEdge, DiagramNode, NodeKind, Zone } from './types';
import { guestAddressLines, isPasst, known, linkAddresses, macLine, natForwardLines, passtForwardLines } from './labels';

/** What a diagram is drawn for: a VM resource and its wiring. */
export interface DiagramSubject {
  kind: string;
  name: string;
  namespace?: string;
  /** Where it is: `vm.yaml document 2`. */
  where?: string;
  /** `KubeVirt v1.9`: the release whose admission judged it. */
  judgedAs?: string;
  wiring: ResourceWiring;
  /** Draw at most this many interfaces (the layout's time grows faster than the number of boxes); a note says so. */
  maxInterfaces?: number;
}

/** Longest detail line; longer ones are wrapped at `, ` or a space. */
export const MAX_LINE = 44;

/** Splits a long line at spaces into lines of at most `max` characters (a longer word is cut with `…`). */
export function wrap(line: string, max = MAX_LINE): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) {
      out.push(rest.slice(0, max - 1) + '…');
      rest = '';
      break;
    }
    out.push(rest.slice(0, cut));
    rest = '  ' + rest.slice(cut + 1);
  }
  if (rest.trim() !== '') out.push(rest);
  return out;
}

class Builder {
  readonly nodes: DiagramNode[] = [];
  readonly edges: DiagramEdge[] = [];

  node(zone: Zone, kind: NodeKind, title: string, role: string, lines: string[], iface?: string): string {
    const id = `n${this.nodes.length}`;
    const n: DiagramNode = { id, zone, kind, title, role, lines: lines.flatMap((l) => wrap(l)) };
    if (iface !== undefined) n.iface = iface;
    this.nodes.push(n);
    return id;
  }

  edge(from: string, to: string, label?: string): void {
    const e: DiagramEdge = { id: `e${this.edges.length}`, from, to };
    if (label) e.label = label;
    this.edges.push(e);
  }
}

/** `ns/name` of the NAD Multus attaches for a logical network, from the pod annotations KubeVirt writes. */
function nadName(w: InterfaceWiring, annotations: PodNetworkAnnotations): string {
  if (w.network.source !== 'multus') return '';
  const el = annotations.multusNetworks.find((m) => m.network === w.name)?.element;
  if (el) return el.namespace ? `${el.namespace}/${el.name}` : el.name;
  if (w.network.default && annotations.multusDefaultNetwork) return annotations.multusDefaultNetwork;
  return w.network.networkName;
}

/** The node-side end of an interface's path: the cluster network, a NAD, an SR-IOV VF, a DRA claim. */
function networkNode(b: Builder, w: InterfaceWiring, annotations: PodNetworkAnnotations): string | undefined {
  const sriov = w.binding === 'sriov';
  const n = w.network;
  switch (n.source) {
    case 'pod':
      return b.node('node', 'cni', 'pod network', 'cluster network (CNI)', sriov ? ['no VF is allocated here'] : [], w.name);
    case 'multus': {
      const role = `${sriov ? 'SR-IOV VF · ' : ''}Multus NAD${n.default ? ' (default network)' : ''}`;
      return b.node('node', sriov ? 'vf' : 'nad', nadName(w, annotations), role, [], w.name);
    }
    case 'resourceClaim':
      return b.node(
        'node',
        sriov ? 'vf' : 'claim',
        `${n.claimName}/${n.requestName}`,
        `${sriov ? 'SR-IOV VF · ' : ''}DRA claim/request`,
        [],
        w.name,
      );
    default:
      return undefined;
  }
}

/** The pod interface as KubeVirt leaves it: as CNI made it, or renamed and enslaved to the bridge. */
function podInterfaceNode(b: Builder, w: InterfaceWiring): string | undefined {
  const p = w.podInterface;
  if (!p) return undefined;
  const renamed = w.inPod.links.find((l) => l.kind === 'pod-iface-renamed');
  if (renamed) {
    const lines = [`renamed from ${p}`, 'its IPs moved to the guest'];
    if (w.inPod.links.some((l) => l.kind === 'dummy')) lines.push(`a dummy ${p} keeps its MAC and IPs`);
    return b.node('pod', 'pod-iface', renamed.name, 'pod interface (renamed)', lines, w.name);
  }
  if (w.binding === 'sriov') return b.node('pod', 'pod-iface', p, 'pod interface · SR-IOV VF', ['VF PCI address from the pod'], w.name);
  const lines = w.inPod.podIfaceUntouched === p || isPasst(w) ? ['as CNI made it (pod IP)'] : [];
  return b.node('pod', 'pod-iface', p, 'pod interface', lines, w.name);
}

function natNode(b: Builder, w: InterfaceWiring): string | undefined {
  if (w.nftables.length === 0) return undefined;
  const families = [...new Set(w.nftables.map((c) => c.family))].join(' + ');
  const lines = natForwardLines(natForwards(w.nftables));
  if (w.podInterface) lines.push(`guest → masquerade via ${w.podInterface}`);
  return b.node('pod', 'nat', 'nftables NAT', `masquerade · table ${families} nat`, lines, w.name);
}

function bridgeNode(b: Builder, w: InterfaceWiring): string | undefined {
  if (!w.bridge) return undefined;
  const link = w.inPod.links.find((l) => l.kind === 'bridge' && l.name === w.bridge);
  const lines = linkAddresses(link);
  if (link?.mac) lines.push(macLine(link.mac));
  const v4 = w.dhcp?.v4;
  if (v4) lines.push(`DHCP server → ${known(v4.yiaddr) ?? (w.network.source === 'multus' ? 'NAD IPAM address' : 'the pod IP')}`);
  if (w.dhcp?.v6) lines.push(`DHCPv6 → ${known(w.dhcp.v6.iaNaAddress) ?? 'the guest'}`);
  return b.node('pod', 'bridge', w.bridge, 'bridge', lines, w.name);
}

function tapNode(b: Builder, w: InterfaceWiring): string | undefined {
  if (!w.tap) return undefined;
  const link = w.inPod.links.find((l) => l.kind === 'tap' && l.name === w.tap);
  const lines: string[] = [];
  if (link?.queues) lines.push(`${link.queues} queues`);
  return b.node('pod', 'tap', w.tap, 'tap', lines, w.name);
}

/** The guest's device: an `<interface>` NIC or a passed-through `<hostdev>`; a sidecar's NIC when KubeVirt adds none. */
function guestNode(b: Builder, w: InterfaceWiring): string {
  const d = w.domain;
  if (!d) return b.node('guest', 'nic', w.name, 'NIC added by the plugin sidecar', [], w.name);
  if (d.element === 'hostdev') {
    const mac = known(w.status?.mac);
    return b.node(
      'guest',
      'hostdev',
      d.alias,
      'VF passed through (PCI hostdev)',
      [mac ? `MAC ${mac} (set on the VF)` : 'MAC of the VF', ...guestAddressLines(w)],
      w.name,
    );
  }
  const lines = [`model ${d.model}`, macLine(d.mac), ...guestAddressLines(w)];
  if (d.linkDown) lines.push('link down');
  if (d.bootOrder !== undefined) lines.push(`boot order ${d.bootOrder}`);
  return b.node('guest', 'nic', d.alias, d.type === 'vhostuser' ? 'guest NIC (vhost-user)' : 'guest NIC', lines, w.name);
}

/** One interface's path, left to right. */
function interfacePath(b: Builder, w: InterfaceWiring, annotations: PodNetworkAnnotations): void {
  const net = networkNode(b, w, annotations);
  const pod = podInterfaceNode(b, w);
  let last = net;
  const link = (id: string | undefined, label?: string): void => {
    if (id === undefined) return;
    if (last !== undefined) b.edge(last, id, label);
    last = id;
  };
  link(pod);
  const renamed = w.inPod.links.some((l) => l.kind === 'pod-iface-renamed');
  const nat = natNode(b, w);
  link(nat, 'DNAT');
  link(bridgeNode(b, w), renamed ? 'port of' : w.bridge && pod ? 'routed' : undefined);
  link(tapNode(b, w), 'port');
  if (isPasst(w) && w.domain?.element === 'interface') {
    link(b.node('pod', 'passt', 'passt', 'user-mode network (process)', passtForwardLines(w.domain), w.name));
  } else if (!w.domain && w.binding.startsWith('plugin:')) {
    link(b.node('pod', 'sidecar', w.binding.slice('plugin:'.length), 'binding plugin sidecar', ['adds the domain device'], w.name));
  }
  const label =
    w.domain?.element === 'hostdev'
      ? 'PCI passthrough'
      : isPasst(w)
        ? 'vhost-user'
        : w.domain?.element === 'interface' && w.domain.target && w.domain.target === w.podInterface
          ? 'target dev'
          : undefined;
  link(guestNode(b, w), label);
}

function problemLine(e: WiringError): string {
  const who = e.phase === 'admission' ? 'rejected by admission' : `fails at runtime (${e.phase})`;
  return `${who}: ${e.message}${e.field ? ` [${e.field}]` : ''}`;
}

/** The diagram of one VM. */
export function diagramOf(s: DiagramSubject): Diagram {
  const b = new Builder();
  const notes: string[] = [];
  const max = s.maxInterfaces ?? Infinity;
  let drawn = 0;
  for (const w of s.wiring.interfaces) {
    if (drawn >= max) {
      const more = s.wiring.interfaces.length - drawn;
      notes.push(
        `${more} more interface${more === 1 ? '' : 's'} after the first ${max} not drawn (virtwire explain --format svg draws them all)`,
      );
      break;
    }
    drawn++;
    if (w.absent) {
      notes.push(`${w.name}: absent (hot-unplugged), not wired`);
      continue;
    }
    interfacePath(b, w, s.wiring.annotations);
  }
  const sub = [s.namespace ? `namespace ${s.namespace}` : '', s.where ?? '', s.judgedAs ? `admission as ${s.judgedAs}` : ''];
  return {
    title: `${s.kind} ${s.name || '(unnamed)'}`,
    subtitle: sub.filter(Boolean).join(' · '),
    kind: s.kind,
    name: s.name,
    nodes: b.nodes,
    edges: b.edges,
    problems: s.wiring.errors.map(problemLine),
    notes,
  };
}
