// Helpers shared by the hover and the wiring document: the wiring of a document in its typed shape,
// titles, and how rejections and runtime failures are listed.

import type { DocAnalysis } from '../analyze';
import type { PlacedFinding } from '../types';
import type { InterfaceWiring, ResourceWiring, WiringError } from '../wiring/types';
import { code, esc } from './markdown';
import { networkLabel } from './summary';

/** The document's wiring in the cases' shape (the engine's output), or undefined for non-VM documents. */
export function wiringOf(doc: DocAnalysis): ResourceWiring | undefined {
  const w = doc.wiring() as unknown as ResourceWiring | undefined;
  if (!w || !Array.isArray(w.interfaces)) return undefined;
  return w;
}

/** `masquerade`, `binding plugin passt`, … */
export function bindingTitle(binding: string): string {
  return binding.startsWith('plugin:') ? `binding plugin ${code(binding.slice('plugin:'.length))}` : binding;
}

/** `**interface `default`** · masquerade on the pod network` */
export function interfaceTitle(w: InterfaceWiring): string {
  const flags = [w.defaulted ? 'auto-attached' : '', w.absent ? 'state: absent' : ''].filter(Boolean);
  return (
    `**interface ${code(w.name)}** · ${bindingTitle(w.binding)} on the ${esc(networkLabel(w.network))}` +
    (flags.length ? ` *(${flags.join(', ')})*` : '')
  );
}

/** Bullet lines `- `field`: message *(CODE)*`, at most `max` of them. */
export function rejectionLines(errors: readonly PlacedFinding[], max = Infinity): string[] {
  const seen = new Set<string>();
  const unique = errors.filter((f) => {
    const k = `${f.field}\0${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const lines = unique.slice(0, max).map((f) => `- ${f.field ? `${code(f.field)}: ` : ''}${esc(f.message)} *(${esc(f.code)})*`);
  if (unique.length > max) lines.push(`- … and ${unique.length - max} more (see Problems)`);
  return lines;
}

export function runtimeErrorLines(errors: readonly WiringError[]): string[] {
  return errors.map((e) => `- ${code(e.phase)}${e.field ? ` ${code(e.field)}` : ''}: ${esc(e.message)}`);
}
