// What the cursor is on, in terms of a VM resource: an interface (or one of its ports), a network,
// the resource's `kind`, or the interface/network lists. Paths are object paths of the document.

import type { DocSource } from '../parse/source-index';
import type { VmResource } from '../model/resource';
import type { Segment } from '../types';
import { BINDING_KEYS } from '../model/bindings';

export type Target =
  | { kind: 'kind' }
  | { kind: 'overview' }
  | { kind: 'defaulted' }
  | { kind: 'interface'; index: number }
  | { kind: 'port'; index: number; port: number; ranges: boolean }
  | { kind: 'network'; index: number };

export interface Hit {
  target: Target;
  /** The object path the hover range belongs to (what the cursor is on). */
  path: Segment[];
  part: 'key' | 'value';
}

const BINDINGS: ReadonlySet<string> = new Set(BINDING_KEYS);
/** Interface fields whose effect shows in the wiring preview (state, MAC and model in the XML, DHCP options). */
const WIRING_KEYS = new Set(['state', 'macAddress', 'model', 'dhcpOptions']);
const NETWORK_KEYS = new Set(['name', 'pod', 'multus']);

function startsWith(path: readonly Segment[], prefix: readonly Segment[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** When the cursor is on a `- ` dash of a block sequence, the item that starts on that line. */
function itemOnLine(doc: DocSource, seqPath: Segment[], offset: number): number | undefined {
  const items = doc.itemStarts(seqPath);
  if (!items) return undefined;
  for (let i = 0; i < items.length; i++) {
    const start = items[i];
    if (start === undefined || start < offset) continue;
    if (doc.text.slice(offset, start).includes('\n')) return undefined;
    return i;
  }
  return undefined;
}

/** Classifies the position `offset` (relative to the document) for hover. */
export function targetAt(doc: DocSource, resource: VmResource, offset: number): Hit | undefined {
  const at = doc.pathAt(offset);
  if (!at) return undefined;
  let path = at.path;
  let part = at.part;
  if (path.length === 1 && path[0] === 'kind') return { target: { kind: 'kind' }, path, part };

  const spec = resource.specPath;
  if (!startsWith(path, spec)) return undefined;
  let rest = path.slice(spec.length);

  // on a `- ` dash: treat as the item of that line
  const last = rest[rest.length - 1];
  if (part === 'value' && (last === 'interfaces' || last === 'networks' || last === 'ports' || last === 'portRanges')) {
    const i = itemOnLine(doc, path, offset);
    if (i !== undefined) {
      path = [...path, i];
      rest = [...rest, i];
    }
  }

  if (rest[0] === 'domain' && rest[1] === 'devices') {
    if (rest.length === 2 && part === 'key') return { target: { kind: 'defaulted' }, path, part };
    if (rest[2] === 'autoattachPodInterface') return { target: { kind: 'defaulted' }, path, part };
    if (rest[2] !== 'interfaces') return undefined;
    if (rest.length === 3) return part === 'key' ? { target: { kind: 'overview' }, path, part } : undefined;
    const index = rest[3];
    if (typeof index !== 'number') return undefined;
    if (rest.length === 4) return { target: { kind: 'interface', index }, path, part: 'value' };
    const key = rest[4];
    if (key === 'name' || (typeof key === 'string' && (BINDINGS.has(key) || WIRING_KEYS.has(key)))) {
      return { target: { kind: 'interface', index }, path, part };
    }
    if (key === 'ports' || key === 'portRanges') {
      const j = rest[5];
      if (rest.length === 5 || typeof j !== 'number') {
        return part === 'key' ? { target: { kind: 'interface', index }, path, part } : undefined;
      }
      return { target: { kind: 'port', index, port: j, ranges: key === 'portRanges' }, path, part };
    }
    return undefined;
  }

  if (rest[0] === 'networks') {
    if (rest.length === 1) return part === 'key' ? { target: { kind: 'overview' }, path, part } : undefined;
    const index = rest[1];
    if (typeof index !== 'number') return undefined;
    if (rest.length === 2) return { target: { kind: 'network', index }, path, part: 'value' };
    const key = rest[2];
    if (typeof key === 'string' && NETWORK_KEYS.has(key)) return { target: { kind: 'network', index }, path, part };
    return undefined;
  }
  return undefined;
}
