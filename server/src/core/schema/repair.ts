// What KubeVirt would look at next: the object as the user has it once the schema errors that stop KubeVirt's
// check are fixed the way Virtwire's preferred fixes fix them. An unknown key with a did-you-mean is renamed to the
// suggestion, any other unknown key is dropped (the cluster never stores it), a quoted decimal on an integer field
// becomes the number, a YAML 1.1 boolean or number on a string field becomes the text as written, a value outside
// its enum is dropped. A missing required field or a list that is too long cannot be guessed: then there is no
// next step (`undefined`), and nothing is reported beyond it.
//
// Findings judged on the repaired object name paths of that object; `toOriginal` maps them back onto the document
// the user wrote (a renamed key keeps the name it has in the text).

import type { Finding, Path, Segment } from '../types';

export interface Repaired {
  object: Record<string, unknown>;
  /** Maps a path of the repaired object onto the document (renamed keys back to their written names). */
  toOriginal(path: Path): Path;
}

/** Renames done so far: the path of the renamed key in the repaired object → the key written in the text. */
type Renames = ReadonlyMap<string, string>;

const keyOf = (path: Path): string => JSON.stringify(path);

/**
 * Repairs `object` (never mutated) for every error of `errors` (the errors of one schema stage). `sourceText`
 * gives the text written at a path (for a value YAML 1.1 read as a boolean or number). `previous` is the result
 * of an earlier round, whose renames carry over.
 */
export function repairSchemaErrors(
  object: Record<string, unknown>,
  errors: readonly Finding[],
  sourceText: (path: Path) => string | undefined,
  previous?: Repaired,
): Repaired | undefined {
  const copy = structuredClone(object);
  const renames = new Map<string, string>(previous ? (previous as RepairedImpl).renames : []);
  // deepest first, so a rename or drop never moves a path a later repair needs
  const sorted = [...errors].sort((a, b) => b.at.length - a.at.length);
  for (const f of sorted) {
    if (!repairOne(copy, f, renames, sourceText, previous)) return undefined;
  }
  return new RepairedImpl(copy, renames);
}

class RepairedImpl implements Repaired {
  constructor(
    readonly object: Record<string, unknown>,
    readonly renames: Renames,
  ) {}
  toOriginal(path: Path): Path {
    if (this.renames.size === 0) return path;
    const out: Segment[] = [];
    for (let i = 0; i < path.length; i++) {
      const here = path.slice(0, i + 1);
      const written = this.renames.get(keyOf(here));
      out.push(written ?? path[i]!);
    }
    return out;
  }
}

function repairOne(
  root: Record<string, unknown>,
  f: Finding,
  renames: Map<string, string>,
  sourceText: (path: Path) => string | undefined,
  previous: Repaired | undefined,
): boolean {
  const parent = containerAt(root, f.at.slice(0, -1));
  const last = f.at[f.at.length - 1];
  switch (f.code) {
    case 'SCHEMA-04': {
      if (!parent || Array.isArray(parent) || typeof last !== 'string') return false;
      const suggestion = typeof f.data?.['suggestion'] === 'string' ? (f.data['suggestion'] as string) : undefined;
      const value = parent[last];
      delete parent[last];
      if (suggestion && !(suggestion in parent)) {
        parent[suggestion] = value;
        const renamed = [...f.at.slice(0, -1), suggestion];
        const written = previous ? previous.toOriginal(f.at) : f.at;
        renames.set(keyOf(renamed), String(written[written.length - 1]));
      }
      return true;
    }
    case 'SCHEMA-06': {
      if (!parent || last === undefined) return false;
      const expected = String(f.data?.['expected'] ?? '');
      const value = (parent as Record<string | number, unknown>)[last];
      let next: unknown;
      if ((expected === 'integer' || expected === 'number') && typeof value === 'string') {
        const v = value.trim();
        const ok = expected === 'integer' ? /^-?(0|[1-9]\d{0,15})$/.test(v) : /^-?(0|[1-9]\d*)(\.\d+)?$/.test(v);
        if (!ok) return false;
        next = Number(v);
      } else if (expected.split(',').includes('string') && (typeof value === 'boolean' || typeof value === 'number')) {
        const written = sourceText(previous ? previous.toOriginal(f.at) : f.at);
        if (written === undefined || /^["']/.test(written)) return false;
        next = written;
      } else return false;
      (parent as Record<string | number, unknown>)[last] = next;
      return true;
    }
    case 'SCHEMA-05': {
      if (!parent || Array.isArray(parent) || typeof last !== 'string') return false;
      delete parent[last];
      return true;
    }
    default:
      return false;
  }
}

function containerAt(root: unknown, path: Path): Record<string, unknown> | undefined {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>) : undefined;
}
