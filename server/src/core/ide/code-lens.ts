// The code lens above each VM: how many interfaces it has, whether the cluster rejects it, and the way to its
// wiring (`3 interfaces · Show wiring`); the shell names the command that shows it.

import type { FileAnalysis } from '../analyze';
import { vmsOf } from './vm';

export interface CodeLens {
  /** The line the lens sits above (the VM's `kind:` line, else its first line). */
  offset: number;
  title: string;
  /** The VM, for the command: its name and the offset of its document. */
  vm: string;
  at: number;
}

export function codeLenses(file: FileAnalysis): CodeLens[] {
  const out: CodeLens[] = [];
  for (const vm of vmsOf(file)) {
    const start = vm.doc.nested?.extent.start ?? vm.doc.start;
    const kindAt = vm.doc.nested ? undefined : vm.doc.source?.spanFor(['kind'], 'key');
    const offset = kindAt ? kindAt.start + vm.doc.start : start;
    const n = vm.interfaces.length;
    const errors = vm.doc.findings.filter((f) => f.severity === 'error' && !f.blockedBy).length;
    const parts = [`${n} interface${n === 1 ? '' : 's'}`];
    if (errors) parts.push(`rejected (${errors} error${errors === 1 ? '' : 's'})`);
    parts.push('Show wiring');
    out.push({ offset, title: parts.join(' · '), vm: vm.name, at: offset });
  }
  return out;
}
