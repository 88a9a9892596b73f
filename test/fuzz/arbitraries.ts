// fast-check arbitraries for the fuzz suite: random VM manifests built from the vocabulary KubeVirt's network
// spec uses (names that collide, every binding, ports, ranges, DHCP options, wrong types), then written as YAML
// and mutated as text (cut, duplicated, re-indented lines, YAML punctuation inserted, anchors and aliases).

import fc from 'fast-check';
import { stringify } from 'yaml';

/** Fixed seed by default, so CI runs the same cases; FUZZ_SEED and FUZZ_RUNS explore more. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 0x5eed;
export const runs = (n: number): number => Math.max(1, Math.round(n * (process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1)));

const name = fc.constantFrom('default', 'data', 'storage', 'storgae', 'net-1', 'Net_2', 'a'.repeat(70), 'no', '', 'x y');
const binding = fc.constantFrom(
  { masquerade: {} },
  { bridge: {} },
  { sriov: {} },
  { passtBinding: {} },
  { binding: { name: 'passt' } },
  { binding: { name: 'l2bridge' } },
  { slirp: {} },
  { macvtap: {} },
  { masquarade: {} },
  {},
  { masquerade: {}, bridge: {} },
);
const port = fc.record(
  {
    name: fc.constantFrom('http', 'h', '80', 'x'.repeat(16), 'HTTP'),
    port: fc.oneof(fc.integer({ min: -1, max: 70000 }), fc.constantFrom('80', 'eighty')),
    protocol: fc.constantFrom('TCP', 'UDP', 'tcp', 'SCTP'),
  },
  { requiredKeys: ['port'] },
);
const range = fc.record({
  protocol: fc.constantFrom('TCP', 'UDP', 'tcp'),
  start: fc.integer({ min: 0, max: 66000 }),
  end: fc.integer({ min: 0, max: 66000 }),
});
const iface = fc
  .tuple(
    name,
    binding,
    fc.record(
      {
        model: fc.constantFrom('virtio', 'e1000', 'rtl8139', 'bogus'),
        macAddress: fc.constantFrom('02:00:00:00:00:00', '52:54:00:12:34:56', 'zz:zz', '02-00-00-00-00-01'),
        state: fc.constantFrom('up', 'down', 'absent', 'sideways'),
        bootOrder: fc.integer({ min: 0, max: 3 }),
        pciAddress: fc.constantFrom('0000:81:00.1', 'nope'),
        ports: fc.array(port, { maxLength: 3 }),
        portRanges: fc.array(range, { maxLength: 4 }),
        dhcpOptions: fc.record({
          privateOptions: fc.array(fc.record({ option: fc.integer({ min: 200, max: 260 }), value: fc.constant('x') }), { maxLength: 2 }),
        }),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([n, b, rest]) => ({ name: n, ...b, ...rest }));
const network = fc
  .tuple(
    name,
    fc.constantFrom(
      { pod: {} },
      { multus: { networkName: 'ns/net' } },
      { multus: { networkName: '' } },
      { multus: { default: true, networkName: 'def' } },
      { resourceClaim: { claimName: 'c', requestName: 'r' } },
      {},
      { pod: {}, multus: { networkName: 'x' } },
    ),
  )
  .map(([n, src]) => ({ name: n, ...src }));

const kind = fc.constantFrom(
  ['kubevirt.io/v1', 'VirtualMachineInstance'],
  ['kubevirt.io/v1', 'VirtualMachine'],
  ['kubevirt.io/v1', 'VirtualMachineInstanceReplicaSet'],
  ['pool.kubevirt.io/v1alpha1', 'VirtualMachinePool'],
  ['kubevirt.io/v1', 'KubeVirt'],
  ['k8s.cni.cncf.io/v1', 'NetworkAttachmentDefinition'],
  ['v1', 'List'],
  ['template.openshift.io/v1', 'Template'],
  ['kubevirt.io/v1alpha3', 'VirtualMachineInstance'],
);

/** One manifest object (a VM resource most of the time, sometimes a context object or a wrapper). */
export const manifestObject = fc
  .tuple(kind, fc.array(iface, { maxLength: 4 }), fc.array(network, { maxLength: 4 }), fc.boolean())
  .map(([[apiVersion, k], interfaces, networks, featureGates]) => {
    const vmiSpec = { domain: { devices: { interfaces } }, networks };
    const meta = { name: 'fuzz', namespace: 'ns' };
    switch (k) {
      case 'VirtualMachine':
        return { apiVersion, kind: k, metadata: meta, spec: { template: { spec: vmiSpec } } };
      case 'VirtualMachineInstanceReplicaSet':
      case 'VirtualMachinePool':
        return { apiVersion, kind: k, metadata: meta, spec: { replicas: 1, template: { spec: vmiSpec } } };
      case 'KubeVirt':
        return {
          apiVersion,
          kind: k,
          metadata: meta,
          spec: { configuration: { developerConfiguration: { featureGates: featureGates ? ['PortRangesSpec'] : [] } } },
        };
      case 'NetworkAttachmentDefinition':
        return { apiVersion, kind: k, metadata: { name: 'net', namespace: 'ns' }, spec: { config: '{}' } };
      case 'List':
        return {
          apiVersion,
          kind: k,
          items: [{ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance', metadata: meta, spec: vmiSpec }],
        };
      case 'Template':
        return {
          apiVersion,
          kind: k,
          metadata: meta,
          objects: [
            { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { name: '${NAME}' }, spec: { template: { spec: vmiSpec } } },
          ],
        };
      default:
        return { apiVersion, kind: k, metadata: meta, spec: vmiSpec };
    }
  });

/** A file of one to three manifests, in block or flow style. */
export const manifestText = fc
  .tuple(fc.array(manifestObject, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
  .map(([objs, flow, crlf]) => {
    const text = objs.map((o) => stringify(o, flow ? { collectionStyle: 'flow' } : {})).join('---\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

const punctuation = fc.constantFrom(
  ':',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!!str ',
  '|',
  '>',
  '? ',
  '---\n',
  '...\n',
  '\t',
  '  ',
  '\n',
  '${X}',
  '{{ .x }}',
  '<<: *a\n',
  '\u0000',
  '\uFEFF',
  'ü',
  '\r',
);

/** One text mutation: positions are fractions of the length so they fit whatever text they meet. */
const mutation = fc.oneof(
  fc.tuple(fc.constant('insert' as const), fc.double({ min: 0, max: 1, noNaN: true }), punctuation),
  fc.tuple(fc.constant('delete' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })),
  fc.tuple(fc.constant('dupline' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(0)),
  fc.tuple(fc.constant('indent' as const), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -4, max: 4 })),
);

function applyMutation(text: string, [kindOf, at, arg]: [string, number, unknown]): string {
  const pos = Math.floor(at * text.length);
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEndRaw = text.indexOf('\n', pos);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw + 1;
  switch (kindOf) {
    case 'insert':
      return text.slice(0, pos) + String(arg) + text.slice(pos);
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + Number(arg));
    case 'dupline':
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    default: {
      const n = Number(arg);
      const line = text.slice(lineStart, lineEnd);
      const changed = n >= 0 ? ' '.repeat(n) + line : line.replace(new RegExp(`^ {0,${-n}}`), '');
      return text.slice(0, lineStart) + changed + text.slice(lineEnd);
    }
  }
}

/** A manifest written as YAML, then mutated a few times. */
export const mutatedText = fc
  .tuple(manifestText, fc.array(mutation, { maxLength: 5 }))
  .map(([text, ms]) => ms.reduce((t, m) => applyMutation(t, m as [string, number, unknown]), text));

/** Random text over YAML's punctuation and some words: what a fuzzer with no idea of manifests sends. */
export const randomText = fc
  .array(
    fc.oneof(
      punctuation,
      fc.constantFrom('kind', 'apiVersion', 'spec', 'name', 'a', '1', 'true', 'null', ' '),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

export const anyText = fc.oneof(
  { weight: 3, arbitrary: mutatedText },
  { weight: 2, arbitrary: manifestText },
  { weight: 1, arbitrary: randomText },
);
