// What may be written where in a VMI spec, for completion: the keys of each mapping (from our JSON Schema of the
// network part, schemas/vmi-spec.schema.json, filtered by the fields the KubeVirt release's CRD has), how a key's
// value is laid out (an empty binding `{}`, a list, a nested mapping, a scalar), the values of enumerations, and one
// line about each network field.

import SCHEMA from '../../../../schemas/vmi-spec.schema.json';
import type { KubevirtVersion } from '../context/version';
import { knownIn, VMI_SPEC_FIELDS } from '../releases/crd-fields';
import type { Path } from '../types';
import { DISCONTINUED_BINDINGS } from '../model/bindings';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  description?: string;
}

const DEFS = (SCHEMA as unknown as { $defs: Record<string, SchemaNode> }).$defs;

function resolve(n: SchemaNode | undefined): { node: SchemaNode | undefined; def?: string } {
  let def: string | undefined;
  let cur = n;
  for (let i = 0; i < 8 && cur?.$ref; i++) {
    def = cur.$ref.replace('#/$defs/', '');
    cur = DEFS[def];
  }
  return { node: cur, def };
}

/** The schema of the value at `rel` (a path below the VMI spec), with the name of its definition. */
export function schemaAt(rel: Path): { node: SchemaNode; def: string } | undefined {
  let cur: SchemaNode | undefined = DEFS['VMISpec'];
  let def = 'VMISpec';
  for (const seg of rel) {
    if (!cur) return undefined;
    const next: SchemaNode | undefined = typeof seg === 'number' ? cur.items : cur.properties?.[seg];
    if (!next) return undefined;
    const r = resolve(next);
    cur = r.node;
    if (r.def) def = r.def;
    else if (typeof seg === 'string') def = `${def}.${seg}`;
  }
  return cur ? { node: cur, def } : undefined;
}

/** How a key's value is written when the key is completed. */
export type ValueShape = 'empty-object' | 'object' | 'list' | 'scalar' | 'boolean' | 'any';

export function shapeOf(n: SchemaNode | undefined): ValueShape {
  const { node } = resolve(n);
  if (!node || (!node.type && !node.properties)) return 'any';
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'array') return 'list';
  if (type === 'boolean') return 'boolean';
  if (type === 'object' || node.properties) return node.properties && Object.keys(node.properties).length === 0 ? 'empty-object' : 'object';
  return 'scalar';
}

export interface KeyInfo {
  key: string;
  shape: ValueShape;
  required: boolean;
  doc?: string;
}

/** Keys KubeVirt no longer accepts in new objects: never offered. */
const DISCONTINUED: ReadonlySet<string> = new Set(DISCONTINUED_BINDINGS);

/** The keys of the mapping at `rel` that release `v` knows, in the schema's order. */
export function keysAt(rel: Path, v: KubevirtVersion): KeyInfo[] {
  const s = schemaAt(rel);
  if (!s?.node.properties) return [];
  const required = new Set(s.node.required ?? []);
  return Object.entries(s.node.properties)
    .filter(([k]) => !DISCONTINUED.has(k) && knownIn([...rel, k], VMI_SPEC_FIELDS, v))
    .map(([key, n]) => ({ key, shape: shapeOf(n), required: required.has(key), doc: FIELD_DOCS[`${s.def}.${key}`] }));
}

/** The values an enumeration at `rel` allows (from the schema), if it is one. */
export function enumAt(rel: Path): string[] | undefined {
  const e = schemaAt(rel)?.node.enum;
  return e ? e.map(String) : undefined;
}

/** One line per network field of the KubeVirt v1 API (kubevirt.io/api/core/v1 schema.go). */
const FIELD_DOCS: Record<string, string> = {
  'Interface.name': "The interface's name; it connects to the network of the same name in spec.networks.",
  'Interface.masquerade': 'Binding: NAT behind the pod IP (pod network only); the guest gets 10.0.2.2.',
  'Interface.bridge': "Binding: an L2 bridge; the guest gets the pod interface's address.",
  'Interface.sriov': 'Binding: an SR-IOV VF passed through (Multus network only).',
  'Interface.passtBinding': 'Binding: passt in user space on the pod network (v1.8+).',
  'Interface.binding': 'A network binding plugin registered in the KubeVirt CR (network.binding).',
  'Interface.model': 'The emulated NIC model: virtio (default), e1000, e1000e, igb, ne2k_pci, pcnet, rtl8139.',
  'Interface.macAddress': "The guest NIC's MAC address, e.g. 02:00:00:ab:cd:ef.",
  'Interface.ports': 'Ports the pod forwards to the guest (masquerade and passtBinding on the pod network).',
  'Interface.portRanges': 'Port ranges forwarded to the guest (masquerade, PortRangesSpec gate, v1.9+).',
  'Interface.bootOrder': "Boot from this NIC (PXE) in this order among the VM's devices (1 first).",
  'Interface.pciAddress': 'The guest PCI address of the NIC, DDDD:BB:SS.F.',
  'Interface.dhcpOptions': "Extra options KubeVirt's DHCP server sends (boot file, TFTP server, NTP, private options).",
  'Interface.state': 'up (default), down (link down) or absent (hot-unplug; bridge on a secondary network).',
  'Interface.tag': 'A tag the guest sees in the device metadata.',
  'Interface.acpiIndex': 'The ACPI index the guest uses to name the NIC (e.g. eno1).',
  'Network.name': "The network's name; the interface of the same name connects to it.",
  'Network.pod': "The pod network (the launcher pod's primary interface, eth0).",
  'Network.multus': 'A Multus network: a NetworkAttachmentDefinition by name.',
  'Network.resourceClaim': 'A network device from a DRA resource claim (v1.9+, NetworkDevicesWithDRA gate).',
  'MultusNetwork.networkName': "The NetworkAttachmentDefinition, `name` (the VM's namespace) or `namespace/name`.",
  'MultusNetwork.default': 'This Multus network replaces the pod network as the primary one.',
  'PodNetwork.vmNetworkCIDR': 'The masquerade subnet (default 10.0.2.0/24).',
  'PodNetwork.vmIPv6NetworkCIDR': 'The masquerade IPv6 subnet (default fd10:0:2::/120).',
  'Port.name': 'A Kubernetes port name (at most 15 of a-z, 0-9, -).',
  'Port.port': 'The port number forwarded to the guest (1-65535).',
  'Port.protocol': 'TCP (default) or UDP.',
  'PortRange.protocol': 'TCP or UDP.',
  'PortRange.start': 'The first port of the range.',
  'PortRange.end': 'The last port of the range.',
};
