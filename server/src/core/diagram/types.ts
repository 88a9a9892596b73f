// The wiring diagram of one VM as a graph: what `diagram/build.ts` makes from the wiring records
// (wiring/types.ts), `diagram/layout.ts` places (elkjs) and `render/diagram-svg.ts` / `render/diagram-mermaid.ts`
// draw. Labels are plain text (no Markdown, no XML); every node names a real device, network or process.
//
//   zone 'node'   the Kubernetes node's side: the cluster network (CNI), Multus NADs, SR-IOV VFs, DRA claims
//   zone 'pod'    the virt-launcher pod's network namespace: pod interfaces, k6t- bridges, taps, NAT, passt
//   zone 'guest'  the libvirt domain: the guest's NICs (model, MAC, address) and passed-through VFs

export type Zone = 'node' | 'pod' | 'guest';

export const ZONES: readonly Zone[] = ['node', 'pod', 'guest'];

export type NodeKind =
  /** The cluster's default network, set up by its CNI plugin. */
  | 'cni'
  /** A Multus NetworkAttachmentDefinition (secondary or default network). */
  | 'nad'
  /** An SR-IOV virtual function (from a NAD or a DRA claim). */
  | 'vf'
  /** A DRA resource claim. */
  | 'claim'
  /** A pod interface as CNI made it (eth0, pod<hash>), or renamed by KubeVirt (<hash>-nic). */
  | 'pod-iface'
  /** KubeVirt's in-pod bridge k6t-…. */
  | 'bridge'
  | 'tap'
  /** The masquerade NAT (nftables) with its forwarded ports. */
  | 'nat'
  /** passt, the user-mode network process serving a vhost-user NIC. */
  | 'passt'
  /** A binding plugin's sidecar that adds the domain device itself. */
  | 'sidecar'
  /** A guest NIC (`<interface>`). */
  | 'nic'
  /** A PCI device passed through to the guest (`<hostdev>`). */
  | 'hostdev';

export interface DiagramNode {
  /** Unique within the diagram. */
  id: string;
  zone: Zone;
  kind: NodeKind;
  /** The real name: `eth0`, `k6t-eth0`, `tap0`, `demo/storage-nad`, `ua-default`, `passt`, … */
  title: string;
  /** What it is, in words: `pod interface`, `bridge`, `Multus NAD`, … (labels are text, not only colours). */
  role: string;
  /** Details, one short line each: addresses, MAC, model, forwarded ports. */
  lines: string[];
  /** The spec interface this node belongs to (none for a network shared by several interfaces). */
  iface?: string;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  /** How the two are connected (`port of`, `PCI passthrough`, `vhost-user`), when that says something. */
  label?: string;
}

export interface Diagram {
  /** `VirtualMachine web`. */
  title: string;
  /** `namespace demo · file.yaml document 1 · admission as KubeVirt v1.9`. */
  subtitle: string;
  kind: string;
  name: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Why there is nothing (or not everything) to draw: admission rejects it, a component fails at runtime. */
  problems: string[];
  /** Interfaces that are not drawn, with why (`backup: absent (hot-unplugged)`). */
  notes: string[];
}

// ------------------------------------------------------------------------------------------- after layout

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends Box {
  node: DiagramNode;
}

export interface PlacedEdge {
  edge: DiagramEdge;
  /** Start, bend points, end. */
  points: Point[];
  /** Where the label goes (its top-left corner), when the edge has one. */
  label?: Box;
}

export interface PlacedZone extends Box {
  zone: Zone;
  title: string;
}

/** One diagram with coordinates (relative to its own top-left corner). */
export interface LaidOutDiagram {
  diagram: Diagram;
  width: number;
  height: number;
  zones: PlacedZone[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}
