// Snippets that add a whole pair in one completion: the interface where the cursor is and its network at the end of
// spec.networks (or the network here and its interface at the end of the interfaces), each in the document's own
// indentation: masquerade or passtBinding on the pod network (only while the VM has no pod network), bridge or SR-IOV
// on a Multus network (named after a NetworkAttachmentDefinition the workspace defines and this VM does not use yet).

import type { FileAnalysis } from '../analyze';
import type { PlacedFinding } from '../types';
import { atLeast } from '../context/context';
import { addToList, type Entry } from '../fixes/yaml-edit';
import type { FixTarget } from '../fixes/target';
import { validInterfaceName } from '../fixes/names';
import type { CompletionEntry } from './completion';
import type { Cursor } from './cursor';
import type { VmView } from './vm';

/** What quick-fix edits work on, for an edit that is not a fix. */
export function editTarget(file: FileAnalysis, vm: VmView): FixTarget {
  const none: PlacedFinding = {
    code: '',
    severity: 'hint',
    message: '',
    field: null,
    at: [],
    span: { start: 0, end: 0 },
    relatedSpans: [],
  };
  return { file, doc: vm.doc, finding: none, text: file.text };
}

interface Pair {
  label: string;
  binding: 'masquerade' | 'bridge' | 'sriov' | 'passtBinding';
  network: 'pod' | 'multus';
  name: string;
  nad?: string;
}

/** A name neither side of the VM uses yet (`base`, `base-2`, …). */
function freeName(vm: VmView, base: string): string {
  const used = new Set([...vm.interfaces.map((i) => i.name), ...vm.networks.map((n) => n.name)]);
  const clean = validInterfaceName(base) ? base : base.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^-+|-+$/g, '') || 'net';
  if (!used.has(clean)) return clean;
  for (let i = 2; ; i++) if (!used.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

/** The NADs this VM could attach, its own namespace's first (as networkName would name them). */
function freeNads(file: FileAnalysis, vm: VmView): string[] {
  const used = new Set(vm.networks.map((n) => n.networkName));
  const own: string[] = [];
  const other: string[] = [];
  for (const n of file.context.nads ?? []) {
    const mine = n.namespace === undefined || n.namespace === vm.namespace;
    const ref = mine ? n.name : `${n.namespace}/${n.name}`;
    if (used.has(ref) || own.includes(ref) || other.includes(ref)) continue;
    (mine ? own : other).push(ref);
  }
  return [...own, ...other];
}

function pairsFor(file: FileAnalysis, vm: VmView): Pair[] {
  const out: Pair[] = [];
  const hasPrimary = vm.networks.some((n) => n.source === 'pod' || n.default);
  if (!hasPrimary) {
    out.push({ label: 'masquerade on the pod network', binding: 'masquerade', network: 'pod', name: freeName(vm, 'default') });
    if (atLeast(file.context, 'v1.8'))
      out.push({ label: 'passtBinding on the pod network', binding: 'passtBinding', network: 'pod', name: freeName(vm, 'default') });
  }
  const nads = freeNads(file, vm);
  const bridgeNad = nads[0];
  const sriovNad = nads.find((n) => /sriov/i.test(n)) ?? nads[0];
  const base = (nad: string | undefined, fallback: string): string => (nad ? nad.slice(nad.indexOf('/') + 1) : fallback);
  out.push({
    label: 'bridge on a Multus network',
    binding: 'bridge',
    network: 'multus',
    name: freeName(vm, base(bridgeNad, 'secondary')),
    nad: bridgeNad ?? 'secondary-nad',
  });
  out.push({
    label: 'SR-IOV on a Multus network',
    binding: 'sriov',
    network: 'multus',
    name: freeName(vm, base(sriovNad, 'sriov')),
    nad: sriovNad ?? 'sriov-nad',
  });
  return out;
}

/**
 * The pair snippets for a new item of the interfaces (`side` interface) or networks list at the cursor; `dash`: the
 * cursor's line has no `- ` yet.
 */
export function pairSnippets(
  file: FileAnalysis,
  vm: VmView,
  cursor: Cursor,
  side: 'interface' | 'network',
  dash: boolean,
): CompletionEntry[] {
  const t = editTarget(file, vm);
  const c = ' '.repeat(cursor.column);
  const out: CompletionEntry[] = [];
  pairsFor(file, vm).forEach((p, i) => {
    const iface: Entry = [
      ['name', p.name],
      [p.binding, '{}'],
    ];
    const net: Entry =
      p.network === 'pod'
        ? [
            ['name', p.name],
            ['pod', '{}'],
          ]
        : [
            ['name', p.name],
            ['multus', `{networkName: ${p.nad}}`],
          ];
    const here =
      side === 'interface'
        ? `name: ${p.name}\n${c}${p.binding}: {}`
        : p.network === 'pod'
          ? `name: ${p.name}\n${c}pod: {}`
          : `name: ${p.name}\n${c}multus:\n${c}  networkName: ${p.nad}`;
    const other =
      side === 'interface'
        ? addToList(t, vm.spec, ['networks'], net)
        : addToList(t, [...vm.spec, 'domain'], ['devices', 'interfaces'], iface);
    if (!other) return;
    const otherWhat =
      side === 'interface'
        ? `network ${p.name} (${p.network === 'pod' ? 'pod' : `Multus ${p.nad}`})`
        : `interface ${p.name} (${p.binding})`;
    out.push({
      label: `${p.label} (interface + network)`,
      kind: 'snippet',
      detail: `also adds the ${otherWhat}`,
      documentation: `Adds the ${side} here and its ${side === 'interface' ? 'network under `spec.networks`' : 'interface under `domain.devices.interfaces`'} in one go.`,
      insert: `${dash ? '- ' : ''}${here}`,
      snippet: false,
      span: cursor.span,
      additionalEdits: [other],
      sortText: `00-pair-${i}`,
    });
  });
  return out;
}
