// Small Markdown building blocks for hovers and the wiring document: escaping, code spans and fences,
// tables, and how runtime values (`fromPod:…`, `runtime:…`) are shown — never as if they were known.

/** Escapes text so Markdown shows it literally (inline context). */
export function esc(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~!]/g, (c) => `\\${c}`);
}

/** An inline code span that survives backticks inside the text. */
export function code(text: string | number): string {
  const s = String(text);
  if (!s.includes('`')) return `\`${s}\``;
  let fence = '``';
  while (s.includes(fence)) fence += '`';
  return `${fence} ${s} ${fence}`;
}

/** A fenced code block; the fence is longer than any backtick run in the body. */
export function fence(lang: string, body: string): string {
  let f = '```';
  while (body.includes(f)) f += '`';
  return `${f}${lang}\n${body.replace(/\n+$/, '')}\n${f}`;
}

/** A Markdown table. Cells are given as Markdown already (use `cell()` for plain text). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Plain text for a table cell (escaped, pipes included). */
export function cell(text: string): string {
  return esc(text);
}

export type RuntimeKind = 'fromPod' | 'runtime';

/** Whether a wiring value is only known at runtime (copied from the pod, or from libvirt/a sidecar). */
export function runtimeKind(v: unknown): RuntimeKind | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('fromPod')) return 'fromPod';
  if (v.startsWith('runtime')) return 'runtime';
  return undefined;
}

/** The description after `fromPod:` / `runtime:` (may be empty). */
export function runtimeDescription(v: string): string {
  const i = v.indexOf(':');
  return i < 0 ? '' : v.slice(i + 1).trim();
}

/**
 * A wiring value as Markdown: concrete values as code, runtime values in italics ("from the pod: …"),
 * null as the given absent text.
 */
export function value(v: unknown, opts: { absent?: string; short?: boolean } = {}): string {
  if (v === null || v === undefined || v === '') return opts.absent ?? '—';
  const rk = runtimeKind(v);
  if (rk) {
    const what = rk === 'fromPod' ? 'from the pod' : 'at runtime';
    const d = runtimeDescription(v as string);
    return opts.short || d === '' ? `*${what}*` : `*${what}: ${esc(d)}*`;
  }
  if (Array.isArray(v)) return v.length === 0 ? (opts.absent ?? 'none') : v.map((x) => value(x, opts)).join(', ');
  if (typeof v === 'object') return code(JSON.stringify(v));
  return code(String(v));
}

/** Human duration for lease times: 86313600 → "999 days". */
export function seconds(n: unknown): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  if (n % 86400 === 0) return `${n / 86400} days`;
  if (n % 3600 === 0) return `${n / 3600} h`;
  return `${n} s`;
}
