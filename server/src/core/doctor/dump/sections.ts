// Splitting a dump input into sections and telling what each holds.
//
// Convention (README "virtwire doctor"): every input is detected by its content —
//   * Kubernetes objects: YAML or JSON as `kubectl get … -o yaml|json` prints them (multi-document, `kind: List`);
//   * `ip -j addr` / `ip -j link`: a JSON array of links (`ifname`), with `addr_info` for `ip addr`;
//   * `nft -j list ruleset`: a JSON object with an `nftables` array (libnftables-json);
//   * `virsh dumpxml`: XML whose root element is `<domain>`.
// A line `# virtwire: KIND` (KIND one of k8s, ip-addr, ip-link, nft, domxml) starts a section of that kind, so
// several outputs can share one file or standard input; text before the first marker is detected by content.

import type { DumpKind } from '../types';

export interface Section {
  /** The declared kind (marker), or undefined: detect by content. */
  declared?: DumpKind;
  /** Offset of the section's text in the input. */
  start: number;
  text: string;
}

export const MARKER_KINDS: readonly DumpKind[] = ['k8s', 'ip-addr', 'ip-link', 'nft', 'domxml'];
const MARKER = /^#[ \t]*virtwire:[ \t]*([A-Za-z-]+)[ \t]*\r?$/gm;

export function splitSections(text: string): { sections: Section[]; unknownMarkers: string[] } {
  const sections: Section[] = [];
  const unknownMarkers: string[] = [];
  let start = 0;
  let declared: DumpKind | undefined;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const kind = m[1]!.toLowerCase();
    if (!(MARKER_KINDS as readonly string[]).includes(kind)) {
      unknownMarkers.push(kind.slice(0, 20));
      continue;
    }
    const body = text.slice(start, m.index);
    if (declared || body.trim() !== '') sections.push({ declared, start, text: body });
    start = m.index + m[0].length;
    declared = kind as DumpKind;
  }
  const rest = text.slice(start);
  if (declared || rest.trim() !== '') sections.push({ declared, start, text: rest });
  return { sections, unknownMarkers };
}

/** What a section holds, from its first meaningful characters (and, for JSON, its parsed shape). */
export function detectKind(text: string, json: unknown): DumpKind {
  const head = text.trimStart();
  if (head.startsWith('<')) return 'domxml';
  if (json !== undefined) {
    if (Array.isArray(json)) {
      const links = json.filter((x) => x !== null && typeof x === 'object' && 'ifname' in (x as object));
      if (links.length > 0 || json.length === 0) {
        return links.some((l) => 'addr_info' in (l as object)) ? 'ip-addr' : 'ip-link';
      }
    } else if (json !== null && typeof json === 'object' && Array.isArray((json as Record<string, unknown>).nftables)) {
      return 'nft';
    }
  }
  return 'k8s';
}

/** JSON.parse that never throws (undefined when the text is not JSON). */
export function tryJson(text: string): unknown {
  const t = text.trim();
  if (!(t.startsWith('[') || t.startsWith('{'))) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}
