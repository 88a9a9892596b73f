// The comment header of an admission case file (`# key: value` lines before the YAML document), and its
// `config:` line as a KubeVirt CR — shared by the case formats that use them (validation/, versions/).

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

/** `a.b=value;c=[X,Y]` (paths below the KubeVirt CR's spec.configuration) → that configuration object. */
export function configObject(config: string | undefined): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const item of (config ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq < 0) throw new Error(`bad config item ${item}`);
    const path = item.slice(0, eq).trim().split('.');
    const raw = item.slice(eq + 1).trim();
    let value: unknown = raw;
    if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (raw.startsWith('[') && raw.endsWith(']')) value = raw.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean);
    let node = root;
    for (const seg of path.slice(0, -1)) node = (node[seg] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = value;
  }
  return root;
}

/** A KubeVirt CR document with that configuration (JSON is YAML), for `virtwire check --kubevirt-cr`. */
export function kubevirtCR(config: string | undefined): string {
  return JSON.stringify({
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    metadata: { name: 'kubevirt', namespace: 'kubevirt' },
    spec: { configuration: configObject(config) },
  }, null, 2) + '\n';
}
