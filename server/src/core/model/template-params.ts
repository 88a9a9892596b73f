// OpenShift Template parameters: `oc process` replaces `${NAME}` inside strings and `${{NAME}}` by a JSON
// value of any type (openshift/library-go template processing). Until then they are opaque: a finding that
// rests on a value holding one (a type, a format, a name that must match another name) may not hold once
// the template is processed, so it is not reported.

import type { Finding, Path } from '../types';

const PARAM = /\$\{\{?[A-Za-z0-9_]+\}?\}/;

export function hasParam(v: unknown): boolean {
  if (typeof v === 'string') return PARAM.test(v);
  if (Array.isArray(v)) return v.some(hasParam);
  if (v !== null && typeof v === 'object') return Object.values(v as Record<string, unknown>).some(hasParam);
  return false;
}

/**
 * A port or port-range bound as the wiring names it: its number, or the parameter text (`${{PORT}}`) that stands
 * for it until the template is processed (Number() would make it NaN).
 */
export function portValue(v: unknown): number | string {
  if (typeof v === 'string' && hasParam(v)) return v;
  return Number(v ?? 0);
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** Rules that compare interface and network names with each other. */
const NAME_PAIRING = new Set(['IFACE-01', 'IFACE-02', 'NET-07', 'NET-08', 'PORT-01']);

/** Whether a finding on `object` rests on a template parameter. */
export function restsOnParam(f: Finding, object: unknown, specPath: Path): boolean {
  const at = f.at;
  // the value at the finding, or a parameter standing for one of its ancestors (`multus: ${{M}}`)
  for (let i = at.length; i >= 0; i--) {
    const v = valueAt(object, at.slice(0, i));
    if (typeof v === 'string' && hasParam(v)) return true;
  }
  if ((f.related ?? []).some((r) => hasParam(valueAt(object, r.at)))) return true;
  if (NAME_PAIRING.has(f.code)) {
    const spec = valueAt(object, specPath) as Record<string, unknown> | undefined;
    const names = [
      ...(Array.isArray((spec?.domain as { devices?: { interfaces?: unknown } } | undefined)?.devices?.interfaces)
        ? (spec!.domain as { devices: { interfaces: unknown[] } }).devices.interfaces
        : []),
      ...(Array.isArray(spec?.networks) ? (spec!.networks as unknown[]) : []),
    ].map((x) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>).name : undefined));
    if (names.some(hasParam)) return true;
  }
  return false;
}
