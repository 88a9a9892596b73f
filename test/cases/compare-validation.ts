// The comparison of an admission case (the `validation/` format), as the cases README prescribes:
// * `expect: valid` passes iff the checker reports no error;
// * `expect: error …` collapses the checker's errors to distinct (field, message) pairs; the multiset of their
//   fields must equal the multiset of expected paths (`-` = no field); the message of the first expected path is
//   compared loosely (normalised: lower case, whitespace collapsed, surrounding quotes and a trailing period
//   dropped; equal, one containing the other, or word-token Jaccard similarity ≥ 0.6), and where several causes
//   share that path any one of them may match.
// Returns human-readable differences (empty = match).

export interface ReportedError {
  field: string | null;
  message: string;
}

export interface Expectation {
  valid: boolean;
  /** Expected fields in KubeVirt's order (`-` = none). */
  paths: string[];
  /** Message of the first expected cause. */
  message?: string;
}

/** Distinct (field, message) pairs, first occurrence first. */
export function distinctCauses(errors: readonly ReportedError[]): { field: string; message: string }[] {
  const seen = new Set<string>();
  const out: { field: string; message: string }[] = [];
  for (const e of errors) {
    const field = e.field ?? '-';
    const key = `${field}\u0000${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message: e.message });
  }
  return out;
}

export function normaliseMessage(s: string): string {
  let t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t.endsWith('.')) t = t.slice(0, -1).trimEnd();
  while (t.length >= 2 && /^["'`]/.test(t) && t[t.length - 1] === t[0]) t = t.slice(1, -1).trim();
  return t;
}

function tokens(s: string): Set<string> {
  return new Set(s.match(/[a-z0-9]+/g) ?? []);
}

export function messagesMatch(expected: string, actual: string): boolean {
  const e = normaliseMessage(expected);
  const a = normaliseMessage(actual);
  if (e === a || e.includes(a) || a.includes(e)) return true;
  const te = tokens(e);
  const ta = tokens(a);
  const inter = [...te].filter((t) => ta.has(t)).length;
  const union = new Set([...te, ...ta]).size;
  return union > 0 && inter / union >= 0.6;
}

export function compareValidation(expect: Expectation, errors: readonly ReportedError[]): string[] {
  const causes = distinctCauses(errors);
  if (expect.valid) return causes.map((c) => `unexpected error at ${c.field}: ${c.message}`);
  const diffs: string[] = [];
  const want = [...expect.paths].sort();
  const got = causes.map((c) => c.field).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) diffs.push(`fields: got [${got.join(', ')}], expected [${want.join(', ')}]`);
  if (causes.length === 0) return diffs.length ? diffs : ['no error reported'];
  const first = expect.paths[0];
  if (first !== undefined && expect.message !== undefined) {
    const candidates = causes.filter((c) => c.field === first);
    if (!candidates.some((c) => messagesMatch(expect.message!, c.message))) {
      diffs.push(
        `message at ${first}: got ${JSON.stringify(candidates.map((c) => c.message))}, expected ${JSON.stringify(expect.message)}`,
      );
    }
  }
  return diffs;
}
