// `virtwire doctor` in the editor: a YAML file holding a running VM's dump (its VMI with status, its launcher
// pod, …) gets the doctor's findings as diagnostics on the status or pod lines they concern, and a runtime
// context with the dump's concrete pod values (addresses, MAC, MTU) so hovers show them where they would show
// `fromPod` otherwise. Nothing is executed; only the file's own text is read.

import type { Context } from '../context/context';
import { spanFor } from '../parse/document';
import type { PlacedFinding } from '../types';
import { readDump, treeKey, type LiveDump } from './dump/read';
import { runDoctor } from './doctor';
import { meta } from './subject';
import type { DoctorFinding, K8sObject } from './types';

/** Cheap test before parsing: a VMI with a status, or a virt-launcher pod. */
const VMI = /\bkind:\s*['"]?VirtualMachineInstance\b/;
const STATUS = /^\s*status:/m;

export function mayBeDump(text: string): boolean {
  return VMI.test(text) && STATUS.test(text);
}

export interface EditorDump {
  /** The context with the dump's concrete pod values (only when the file holds exactly one running VMI). */
  ctx: Context;
  findings: PlacedFinding[];
}

function vmisWithStatus(dump: LiveDump): K8sObject[] {
  return dump.objects.filter((o) => {
    const st = o.value.status;
    return o.value.kind === 'VirtualMachineInstance' && st !== null && typeof st === 'object' && Object.keys(st).length > 0;
  });
}

function place(dump: LiveDump, obj: K8sObject | undefined, f: DoctorFinding, fallback: K8sObject): PlacedFinding | undefined {
  const target = obj && f.target ? { obj, path: f.target.path } : { obj: fallback, path: ['metadata', 'name'] };
  const tree = dump.trees?.get(treeKey(target.obj.origin.input, target.obj.origin.document));
  if (!tree) return undefined;
  const path = [...target.obj.origin.base, ...target.path];
  const span = spanFor(tree.parsed, path);
  let message = f.message;
  if (f.expected !== null) message += `\nexpected: ${f.expected}`;
  if (f.actual !== null) message += `\nactual: ${f.actual}`;
  return {
    code: f.code,
    severity: f.severity,
    message,
    field: null,
    at: path,
    span: { start: span.start + tree.start, end: span.end + tree.start },
    relatedSpans: [],
  };
}

/**
 * The doctor's view of a YAML file, or undefined when it holds no running VMI. `base` is the workspace context;
 * the file's own KubeVirt CR and NADs are read by the doctor too.
 */
export function editorDump(text: string, base: Context): EditorDump | undefined {
  if (!mayBeDump(text)) return undefined;
  const dump = readDump([{ file: 'document', text }], { keepTrees: true });
  const vmis = vmisWithStatus(dump);
  if (vmis.length === 0) return undefined;
  const findings: PlacedFinding[] = [];
  let ctx = base;
  for (const vmi of vmis) {
    const name = meta(vmi).name;
    const r = runDoctor(dump, base, { vmi: typeof name === 'string' ? name : undefined });
    if (!r.ok) continue;
    if (vmis.length === 1)
      ctx = {
        ...base,
        podIPFamilies: r.plan.ctx.podIPFamilies,
        guestAgent: r.plan.ctx.guestAgent,
        ...(r.plan.ctx.pod ? { pod: r.plan.ctx.pod } : {}),
      };
    for (const f of r.report.findings) {
      const obj = f.target?.object === 'pod' ? r.plan.subject.pod : vmi;
      const placed = place(dump, obj, f, vmi);
      if (placed) findings.push(placed);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start);
  return { ctx, findings };
}
