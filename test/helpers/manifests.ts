// Builds VM manifests as block-style YAML text (the layout kubectl users write: two-space indentation, sequences
// not indented under their key) and runs the real pipeline on a text. For tests whose exact layout does not
// matter; tests of ranges, comments or formatting keep their literal YAML.

import { stringify } from 'yaml';
import { AnalysisCache, analyzeText, type FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext, type Context } from '../../server/src/core/context/context';

/** The real pipeline on `text` with a fresh cache (default context unless given). */
export function analyze(text: string, ctx?: Context): FileAnalysis {
  return analyzeText(text, ctx ?? defaultContext(), new AnalysisCache());
}

export type Obj = Record<string, unknown>;

export interface VmiOptions {
  /** metadata.name (default `vmi` / `vm`). */
  name?: string;
  /** spec.domain.devices.interfaces (objects, or a YAML fragment of the list written at column 0); left out when not given. */
  interfaces?: unknown[] | string;
  /** spec.networks (objects, or a YAML fragment of the list written at column 0); left out when not given. */
  networks?: unknown[] | string;
  /** More keys of the VMI spec, after domain and networks (a `domain` here is merged into the built one). */
  extraSpec?: Obj;
}

export const MASQ_IF = { name: 'default', masquerade: {} };
export const POD_NET = { name: 'default', pod: {} };
export const MEMORY = { resources: { requests: { memory: '128Mi' } } };

/** A VMI spec: domain.devices.interfaces, networks, then `extraSpec`. */
export function vmiSpec({ interfaces, networks, extraSpec = {} }: VmiOptions = {}): Obj {
  const { domain: extraDomain, ...rest } = extraSpec as { domain?: Obj };
  const devices: Obj = interfaces ? { interfaces: typeof interfaces === 'string' ? fragment(interfaces) : interfaces } : {};
  const domain: Obj = { devices, ...extraDomain };
  if (extraDomain && extraDomain['devices']) domain['devices'] = { ...devices, ...(extraDomain['devices'] as Obj) };
  const nets = typeof networks === 'string' ? fragment(networks) : networks;
  return { domain, ...(nets ? { networks: nets } : {}), ...rest };
}

const FRAGMENT = /^( *)(\S+): "?@fragment:(\d+)"?$/;

/**
 * Block-style YAML of a plain object, sequences not indented under their key. A string value `fragment(text)` stands
 * for YAML written as is (from column 0), indented below its key; it keeps quoting and comments the test is about.
 */
export function toYaml(obj: unknown): string {
  const out = stringify(obj, { indentSeq: false, lineWidth: 0 });
  return out.replace(/^.*@fragment:\d+.*$/gm, (line) => {
    const m = FRAGMENT.exec(line);
    if (!m) throw new Error(`fragment not alone on its line: ${line}`);
    const [, indent, key, n] = m;
    const text = fragments[Number(n)]!.replace(/\n$/, '');
    const inner = text.trimStart().startsWith('-') ? indent! : `${indent}  `;
    return `${indent}${key}:\n${text
      .split('\n')
      .map((l) => (l ? inner + l : l))
      .join('\n')}`;
  });
}

const fragments: string[] = [];
/** A placeholder that toYaml() replaces by `text` (a list or a map written from column 0). */
export function fragment(text: string): string {
  fragments.push(text);
  return `@fragment:${fragments.length - 1}`;
}

/** A VirtualMachineInstance manifest. */
export function vmiYaml(opts: VmiOptions = {}): string {
  return toYaml({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstance',
    metadata: { name: opts.name ?? 'vmi' },
    spec: vmiSpec(opts),
  });
}

/**
 * A VirtualMachine manifest whose template spec is built as for vmiYaml; `vmSpec` adds keys before `template`,
 * `templateMetadata` is the template's metadata.
 */
export function vmYaml(opts: VmiOptions & { vmSpec?: Obj; templateMetadata?: Obj } = {}): string {
  const template = opts.templateMetadata ? { metadata: opts.templateMetadata, spec: vmiSpec(opts) } : { spec: vmiSpec(opts) };
  return toYaml({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: opts.name ?? 'vm' },
    spec: { ...opts.vmSpec, template },
  });
}

/** The usual one-NIC VMI: masquerade on the pod network. */
export const masqVmiYaml = (name = 'vmi', extraSpec: Obj = {}): string =>
  vmiYaml({ name, interfaces: [MASQ_IF], networks: [POD_NET], extraSpec });

const POD_NETWORK_TEXT = '  - name: default\n    pod: {}\n';

/**
 * A VMI written out as literal text, for tests of exact text (quick fixes: lines, columns and comments): the
 * interface `default` continued by `iface` (lines at column 8, each ending in a newline, may add more interfaces at
 * column 6), then `networks` (list items at column 2; the pod network unless given). `spec` is put before `domain:`
 * (lines at column 2).
 */
export function defaultIfaceVmi(iface: string, opts: { name?: string; spec?: string; networks?: string } = {}): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: ${opts.name ?? 'vmi'}
spec:
${opts.spec ?? ''}  domain:
    devices:
      interfaces:
      - name: default
${iface}  networks:
${opts.networks ?? POD_NETWORK_TEXT}`;
}
