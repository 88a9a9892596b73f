// The comment header of an admission case file (`# key: value` lines before the YAML document). Its `config:`
// line becomes a KubeVirt CR with versions-format.ts:kubevirtCR.

export interface Header {
  /** Every `# key: value` line, in order. */
  lines: { key: string; value: string }[];
}

export function readHeader(text: string): Header {
  const lines: Header['lines'] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^# ([A-Za-z0-9.-]+): ?(.*)$/.exec(line);
    if (m) lines.push({ key: m[1]!, value: m[2]! });
  }
  return { lines };
}

export function values(h: Header, key: string): string[] {
  return h.lines.filter((l) => l.key === key).map((l) => l.value);
}
