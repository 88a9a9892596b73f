// The plain-language line under KubeVirt's message: what the finding means for this VM and how to fix it, in one
// sentence or two, without repeating the field path (the range shows where). KubeVirt's own message stays the
// first line everywhere (parity); this line is carried apart: the `explanation` of `check --format json`, the
// second line of an editor diagnostic. Codes without a line of their own use their registry text (codes/).

import { codeInfo } from '../codes';
import type { Finding } from '../types';

type Data = Readonly<Record<string, unknown>>;
type Explain = (d: Data, f: Finding, written: string | undefined) => string | undefined;

const q = (v: unknown): string => `"${String(v)}"`;
const str = (d: Data, k: string): string | undefined => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** YAML 1.1 words kubectl reads as booleans (and so not as text). */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/**
 * Pitfalls whose message is a KubeVirt component's own error text (virt-controller, virt-handler); the others speak
 * plain language themselves (what will happen, what to do), so a hover shows their message alone.
 */
const RUNTIME_TEXT = new Set(['N-01', 'N-07']);
export const wordedByKubevirt = (code: string): boolean => RUNTIME_TEXT.has(code);

const BY_CODE: Record<string, Explain> = {
  'YAML-DUPKEY': () =>
    'The same key is written twice in one mapping; kubectl sends only the last value and drops the earlier one without a word. Keep the one you mean.',
  'SCHEMA-03': (d) => {
    const missing = str(d, 'missing');
    return missing ? `\`${missing}\` is required here and missing; add it.` : undefined;
  },
  'SCHEMA-04': (d) => {
    const key = str(d, 'key') ?? 'this key';
    if (d['unknownInRelease']) {
      return `The KubeVirt release this is judged as (${String(d['kubevirtVersion'])}) has no \`${key}\` field, so the API server rejects the VM; remove it or judge as a later release (virtwire.kubevirtVersion).`;
    }
    if (str(d, 'suggestion'))
      return `The API server rejects keys it does not know; \`${key}\` looks like a typo of \`${str(d, 'suggestion')}\`: rename it.`;
    if (str(d, 'belongsIn')) return `\`${key}\` is a real field, but not at this level: move it under ${str(d, 'belongsIn')}.`;
    return `The API server rejects keys it does not know, so the whole VM is refused; remove \`${key}\` or fix its spelling.`;
  },
  'SCHEMA-05': (d) => {
    const allowed = list(d['allowed']);
    return allowed.length ? `Use one of: ${allowed.join(', ')} (spelt exactly so).` : undefined;
  },
  'SCHEMA-06': (d, _f, written) => {
    const expected = String(d['expected'] ?? '');
    const got = String(d['got'] ?? '');
    const w = written?.trim();
    if (expected.includes('string') && got === 'boolean' && w && YAML11_BOOL.test(w)) {
      return `kubectl reads YAML 1.1, where a plain \`${w}\` is the boolean ${/^(y|yes|true|on)$/i.test(w) ? 'true' : 'false'}, not the text ${q(w)}; quote it: ${q(w)}.`;
    }
    if (expected.includes('string') && got.startsWith('number') && w)
      return `YAML reads a plain \`${w}\` as a number; quote it to keep the text: ${q(w)}.`;
    if ((expected === 'integer' || expected === 'number') && got === 'string')
      return 'The number is quoted, so it is text; write it without quotes.';
    return expected
      ? `This field takes a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}; the manifest gives a${/^[aeiou]/.test(got) ? 'n' : ''} ${got || 'different type'}.`
      : undefined;
  },
  'NET-01': () =>
    'A VM has one pod network (the launcher pod has one primary interface); remove the second one or make it a Multus network.',
  'NET-02': () => 'Only one Multus network can replace the pod network; keep `default: true` on one network only.',
  'NET-03': () =>
    'A Multus network with `default: true` already replaces the pod network; remove the `pod` network or the `default: true`.',
  'NET-04': () =>
    'Say where this network comes from: `pod: {}` for the pod network or `multus: {networkName: …}` for a NetworkAttachmentDefinition.',
  'NET-05': (d) => `A network has exactly one source; keep one of ${list(d['sources']).join(', ') || 'pod, multus, resourceClaim'}.`,
  'NET-06': () => 'Multus needs the name of the NetworkAttachmentDefinition to attach; fill in `networkName`.',
  'NET-07': (d) => `Two networks are named ${q(d['name'] ?? '…')}; interfaces find their network by name, so rename or remove one.`,
  'NET-08': (d) =>
    `No interface is named ${q(d['name'] ?? '…')}, and every network needs the interface of the same name: add that interface, rename one side to match, or remove the network.`,
  'IFACE-01': (d) =>
    `Two interfaces are named ${q(d['name'] ?? '…')}; each interface connects to the network of its own name, so rename or remove one.`,
  'IFACE-02': (d) =>
    `An interface connects to the network of the same name, and there is no network ${q(d['name'] ?? '…')}: add it, or rename one side so the names match.`,
  'IFACE-03': () => 'Interface names become device names: use only letters, digits, `-` and `_`.',
  'IFACE-04': () =>
    'Use a model QEMU emulates for KubeVirt: `virtio` (the fast paravirtual NIC), or e1000e, e1000, igb, ne2k_pci, pcnet, rtl8139 for guests without virtio drivers.',
  'IFACE-05': () => 'Write the MAC as six hexadecimal pairs, e.g. `02:00:00:ab:cd:ef` (`-` or `.` separators are read too).',
  'IFACE-06': () => 'A guest Ethernet NIC has a 6-byte MAC; use one of the form `02:00:00:ab:cd:ef`.',
  'IFACE-07': () => 'Write the PCI address as `DDDD:BB:SS.F`, e.g. `0000:81:00.1` (function 0-7).',
  'STATE-01': () => 'The interface state is `up`, `down` or `absent` (lower case).',
  'STATE-02': () => 'KubeVirt cannot set the link state of an SR-IOV VF; remove `state` from this interface.',
  'STATE-03': () => 'Only bridge interfaces can be hot-unplugged; remove `state: absent` or use bridge binding.',
  'STATE-04': () => "The VM's default network cannot be unplugged; remove `state: absent` from this interface.",
  'BIND-01': (d) => {
    const b = list(d['bindings']);
    if (b.length > 1) return `The interface sets ${b.join(' and ')}; keep exactly one binding.`;
    return 'Give the interface exactly one binding: `masquerade: {}` on the pod network, `bridge: {}` or `sriov: {}` on a Multus network, or a binding plugin.';
  },
  'BIND-02': (d) =>
    `masquerade hides the guest behind the pod's own IP, which only the pod network has; network ${q(d['name'] ?? '…')} is not the pod network: use bridge (or sriov) there, or connect this interface to the pod network.`,
  'BIND-03': () => "That MAC belongs to KubeVirt's in-pod masquerade bridge; choose another one or remove `macAddress`.",
  'BIND-04': () =>
    "The cluster's KubeVirt CR sets network.permitBridgeInterfaceOnPodNetwork to false, so bridge may not use the pod network here: use masquerade (the guest gets 10.0.2.2 behind NAT), or ask the admin.",
  'BIND-05': () =>
    'passtBinding needs the PasstBinding feature gate in the KubeVirt CR (on by default from v1.9); enable it or use masquerade.',
  'BIND-06': () => "passt shares the pod's own network stack, so it needs the pod network: use bridge for a Multus network.",
  'DISC-01': () => 'slirp was removed in KubeVirt v1.3; use masquerade (or passtBinding) on the pod network.',
  'DISC-02': () => 'The old `passt: {}` binding is gone; write `passtBinding: {}` instead.',
  'DISC-03': () =>
    'The built-in macvtap binding is gone; use the macvtap network binding plugin (`binding: {name: macvtap}`, registered in the KubeVirt CR).',
  'DISC-04': (d) =>
    `The cluster still lists the discontinued ${str(d, 'featureGate') ?? ''} feature gate, so KubeVirt refuses this binding; an admin removes the gate from the KubeVirt CR, or use another binding.`.replace(
      '  ',
      ' ',
    ),
  'PORT-01': (d) => `Two ports of this interface are named ${q(d['portName'] ?? '…')}; port names must be unique, so rename one.`,
  'PORT-02': (d) => {
    const s = str(d, 'suggestion');
    return `Port names follow Kubernetes: at most 15 lower-case letters, digits and \`-\`, with at least one letter${s ? `, e.g. ${q(s)}` : ''}.`;
  },
  'PORT-03': () => 'Each forwarded port needs its number (1-65535).',
  'PORT-04': () => 'Port numbers go from 1 to 65535.',
  'PORT-05': (d) => `The protocol is case-sensitive: write ${str(d, 'suggestion') ?? 'TCP'} (TCP or UDP, upper case).`,
  'PR-02': () => 'Use either `ports` or `portRanges` on one interface, not both.',
  'PR-03': () => 'Only masquerade forwards port ranges (with nftables); remove `portRanges` or use masquerade on the pod network.',
  'PR-05': () => 'The protocol is case-sensitive: write TCP or UDP.',
  'DHCP-02': () => 'Private DHCP options are numbered 224 to 254.',
  'DHCP-03': () => 'DHCP option 42 carries IPv4 addresses only; list IPv4 NTP servers.',
  'DEF-01': () =>
    'With no interfaces KubeVirt would add a bridge interface on the pod network, which this cluster forbids; add an interface with `masquerade: {}` and a `pod: {}` network yourself.',
  'DEF-02': () =>
    "The cluster's default interface is slirp, which no longer exists; add an interface with an explicit binding (masquerade on the pod network).",
  'N-01': (d) => {
    const registered = list(d['registered']);
    const suggestion = str(d, 'suggestion');
    if (d['crKnown'] === false) {
      return `KubeVirt admits the VM, but it starts only if the cluster registers the binding plugin ${q(d['plugin'] ?? '…')} under the KubeVirt CR's network.binding; no KubeVirt CR is known here, so Virtwire cannot tell (set virtwire.clusterContext or --kubevirt-cr).`;
    }
    return `KubeVirt admits the VM, but it never starts: no binding plugin ${q(d['plugin'] ?? '…')} is registered under the KubeVirt CR's network.binding. ${suggestion ? `Did you mean ${q(suggestion)}? ` : ''}Register it or fix the name${registered.length ? ` (registered: ${registered.join(', ')})` : ' (the CR registers none)'}.`;
  },
  'N-06': () =>
    'KubeVirt admits it, but no VF is allocated on the pod network, so the VM never starts; use masquerade there, or sriov on a Multus network.',
  'NAD-MISSING': (d) => {
    const c = list(d['candidates']);
    return `Without this NetworkAttachmentDefinition the launcher pod stays Pending; create it or fix the name${c.length ? ` (the workspace has ${c.slice(0, 3).join(', ')})` : ''}.`;
  },
};

/**
 * The plain line for a finding. `written` is the text at the finding's range (a YAML 1.1 boolean is explained by
 * what was typed); the registry's text of the code when there is nothing more specific.
 */
/**
 * The line an editor diagnostic shows under the message: the explanation, except for a pitfall that speaks plain
 * language itself when all there would be to add is its code's general text — that text is the code's documentation,
 * one click away (the diagnostic's code link), not repeated in every diagnostic of the code.
 */
export function editorExplanationOf(f: Finding, written?: string): string | undefined {
  const plain = explanationOf(f, written);
  const info = codeInfo(f.code);
  if (plain !== undefined && info?.pitfall && !wordedByKubevirt(f.code) && plain === info.why) return undefined;
  return plain;
}

export function explanationOf(f: Finding, written?: string): string | undefined {
  try {
    const specific = BY_CODE[f.code]?.(f.data ?? {}, f, written);
    if (specific) return specific;
  } catch {
    // a finding with odd data gets the general text
  }
  return codeInfo(f.code)?.why;
}
