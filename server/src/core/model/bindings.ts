// The interface bindings, once: which keys of an interface choose how KubeVirt connects it, which of them KubeVirt
// counts, which it discontinued (with what it says and what to use instead). Rules, wiring, renderers and quick
// fixes read these; nothing else lists bindings.

import { obj } from './values';

/** Every binding key of an interface, in the order KubeVirt's code looks at them (the first one set wins). */
export const BINDING_KEYS = ['masquerade', 'bridge', 'sriov', 'passtBinding', 'binding', 'slirp', 'passt', 'macvtap'] as const;
export type BindingKey = (typeof BINDING_KEYS)[number];

/** The binding methods of the core (not a plugin, not discontinued). */
export type BindingMethod = 'masquerade' | 'bridge' | 'sriov' | 'passtBinding';

/**
 * What "exactly one binding" counts, in KubeVirt's order (binding.go validateInterfaceBindingExists: bridge,
 * masquerade, sriov, passtBinding or a binding plugin; the discontinued keys do not count).
 */
export const COUNTED_BINDINGS = ['bridge', 'masquerade', 'sriov', 'passtBinding', 'binding'] as const;

/**
 * The core bindings that connect the guest through the pod network's own address: bridge hands it to the guest,
 * masquerade NATs behind it, passtBinding proxies it (SR-IOV gets no VF there: N-06).
 */
export const POD_NETWORK_BINDINGS: readonly BindingMethod[] = ['masquerade', 'bridge', 'passtBinding'];

/** The pre-v1.3 core bindings, rejected at creation (discontinued.go). */
export const DISCONTINUED_BINDINGS = ['slirp', 'passt', 'macvtap'] as const;
export type DiscontinuedBinding = (typeof DISCONTINUED_BINDINGS)[number];

export interface DiscontinuedFacts {
  /** The admission cause ValidateCreation reports (DISC-01..03), and its message, verbatim. */
  code: string;
  message: string;
  /** What to use instead, as the interface would say it. */
  replacement: string;
  /** The one-line note of the wiring preview, when it says more than the message. */
  note?: string;
}

export const DISCONTINUED: Readonly<Record<DiscontinuedBinding, DiscontinuedFacts>> = {
  slirp: {
    code: 'DISC-01',
    message: 'Slirp interface support has been discontinued since v1.3',
    replacement: 'masquerade',
  },
  passt: {
    code: 'DISC-02',
    message: 'Passt network binding has been discontinued since v1.3',
    replacement: 'passtBinding',
    note: 'the core passt binding (`passt: {}`) has been discontinued since v1.3 (use `passtBinding: {}`)',
  },
  macvtap: {
    code: 'DISC-03',
    message: 'Macvtap network binding has been discontinued since v1.3',
    replacement: 'binding: {name: macvtap}',
  },
};

export function isDiscontinuedBinding(key: string): key is DiscontinuedBinding {
  return (DISCONTINUED_BINDINGS as readonly string[]).includes(key);
}

/** The binding an interface uses, by its key; `plugin:<name>` for `binding: {name}`; `none`. */
export type BindingName = BindingMethod | `plugin:${string}` | DiscontinuedBinding | 'none';

/** The first binding key an interface sets (a key set to null counts as not set, as a nil pointer in Go). */
export function bindingKey(iface: unknown): BindingKey | undefined {
  const o = obj(iface);
  if (!o) return undefined;
  return BINDING_KEYS.find((k) => o[k] !== undefined && o[k] !== null);
}

/** The interface's binding by name: its method, `plugin:<name>` for a binding plugin, or `none`. */
export function bindingName(iface: unknown): BindingName {
  const k = bindingKey(iface);
  if (k === 'binding') return `plugin:${String(obj(obj(iface)?.['binding'])?.['name'] ?? '')}`;
  return k ?? 'none';
}

/** The discontinued binding an interface sets, if any (checked even when a current one is set too). */
export function discontinuedBindingOf(iface: unknown): DiscontinuedBinding | undefined {
  const o = obj(iface);
  return o ? DISCONTINUED_BINDINGS.find((k) => o[k] !== undefined && o[k] !== null) : undefined;
}
