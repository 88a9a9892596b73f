// `virtwire doctor` output. JSON: {"findings":[{code, severity, message, interface, expected, actual, check}],
// "vmi", "pod", "checked", "notChecked", "next", "problems"}. Text: one block per finding, a summary, then what was
// not checked and the commands to run for it.

import type { DoctorReport } from '../doctor/doctor';
import { stepCommand } from '../doctor/next-steps';

export function doctorJson(r: DoctorReport): unknown {
  return {
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      interface: f.interface,
      expected: f.expected,
      actual: f.actual,
      check: f.check,
    })),
    vmi: r.vmi,
    kubevirtVersion: r.kubevirtVersion,
    pod: r.pod,
    checked: r.checked,
    notChecked: r.notChecked,
    next: r.next.map((n) => ({ what: n.what, command: stepCommand(n), ...(n.note ? { note: n.note } : {}) })),
    problems: r.problems,
    wiringErrors: r.wiringErrors,
  };
}

export function doctorText(r: DoctorReport, inputs: string[] = []): string {
  let out = `VMI ${r.vmi.namespace}/${r.vmi.name}${r.vmi.phase ? ` (${r.vmi.phase}${r.vmi.node ? ` on ${r.vmi.node}` : ''})` : ''}`;
  out += r.pod ? `, launcher pod ${r.pod.name}` : ', no launcher pod in the dump';
  out += ` (judged as KubeVirt ${r.kubevirtVersion})\n`;
  for (const p of r.problems) out += `note: ${p}\n`;
  for (const e of r.wiringErrors) out += `note: the wiring could not be computed (${e})\n`;
  out += '\n';
  const width = Math.max(0, ...r.findings.map((f) => f.code.length));
  for (const f of r.findings) {
    out += `${f.severity.padEnd(11)} ${f.code.padEnd(width)}  [${f.check}] ${f.message}\n`;
    if (f.expected !== null) out += `${' '.repeat(13 + width)}expected: ${f.expected}\n`;
    if (f.actual !== null) out += `${' '.repeat(13 + width)}actual:   ${f.actual}\n`;
  }
  const n = (s: string) => r.findings.filter((f) => f.severity === s).length;
  out += `${r.findings.length ? '\n' : ''}${n('error')} error(s), ${n('warning')} warning(s), ${n('information')} information\n`;
  out += `checked: ${r.checked.join(', ') || 'nothing'}\n`;
  if (r.notChecked.length > 0) {
    out += '\nnot checked:\n';
    for (const c of r.notChecked) out += `  ${c.check}: ${c.reason}\n`;
  }
  if (r.next.length > 0) {
    out += '\nrun next:\n';
    for (const s of r.next) {
      if (s.note) out += `  # ${s.note}\n`;
      out += `  ${stepCommand(s)}\n`;
    }
    const files = [...inputs, ...r.next.map((s) => s.file)];
    out += `  virtwire doctor ${files.join(' ')}\n`;
  }
  return out;
}
