// The per-version admission case format (test/fixtures/cases/versions/README.md): a header with one expectation
// per KubeVirt release, then the manifest; and the comparison the cases are measured with.

import { KUBEVIRT_VERSIONS, type KubevirtVersion } from '../../server/src/core/context/version';

export type Expectation = 'error' | 'valid';

export interface Cause {
  field: string;
  message: string;
}

export interface VersionCase {
  name: string;
  expect: Record<KubevirtVersion, Expectation>;
  causes: Record<KubevirtVersion, Cause[]>;
  rules: string[];
  config: string | undefined;
  notes: string[];
  /** The manifest (everything after the header). */
  yaml: string;
}

const EXPECT = /^# expect-(v1\.5|v1\.6|v1\.7|v1\.8|v1\.9|main): (error|valid)$/;
const CAUSE = /^# (v1\.5|v1\.6|v1\.7|v1\.8|v1\.9|main): field=(\S+) message=(.*)$/;
const RULE = /^# rule: (.+)$/;
const CONFIG = /^# config: (.+)$/;
const NOTE = /^# note: (.*)$/;

/** Parses a case file; throws on anything the format does not allow (so a broken fixture fails loudly). */
export function parseVersionCase(name: string, text: string): VersionCase {
  const lines = text.split('\n');
  const expect = {} as Record<KubevirtVersion, Expectation>;
  const causes = Object.fromEntries(KUBEVIRT_VERSIONS.map((v) => [v, [] as Cause[]])) as Record<KubevirtVersion, Cause[]>;
  const rules: string[] = [];
  const notes: string[] = [];
  let config: string | undefined;
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const l = lines[i]!;
    let m: RegExpExecArray | null;
    if ((m = EXPECT.exec(l))) expect[m[1] as KubevirtVersion] = m[2] as Expectation;
    else if ((m = CAUSE.exec(l))) causes[m[1] as KubevirtVersion].push({ field: m[2]!, message: m[3]! });
    else if ((m = RULE.exec(l))) rules.push(...m[1]!.split(',').map((s) => s.trim()));
    else if ((m = CONFIG.exec(l))) {
      if (config !== undefined) throw new Error(`${name}: more than one config line`);
      config = m[1]!;
    } else if ((m = NOTE.exec(l))) notes.push(m[1]!);
    else throw new Error(`${name}: header line not in the format: ${l}`);
  }
  if (lines.slice(i).some((l) => l.startsWith('#'))) throw new Error(`${name}: a # line after the header`);
  for (const v of KUBEVIRT_VERSIONS) {
    if (!expect[v]) throw new Error(`${name}: no expect-${v}`);
    if (expect[v] === 'valid' && causes[v].length > 0) throw new Error(`${name}: ${v} is valid but has causes`);
    if (expect[v] === 'error' && causes[v].length === 0) throw new Error(`${name}: ${v} is an error without causes`);
  }
  return { name, expect, causes, rules, config, notes, yaml: lines.slice(i).join('\n') };
}

/** `a.b=value;c=[X,Y]` (paths below the KubeVirt CR's spec.configuration) → that configuration object. */
export function configObject(config: string | undefined): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const item of (config ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq < 0) throw new Error(`bad config item ${item}`);
    const path = item.slice(0, eq).trim().split('.');
    const raw = item.slice(eq + 1).trim();
    let value: unknown = raw;
    if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (raw.startsWith('[') && raw.endsWith(']'))
      value = raw
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    let node = root;
    for (const seg of path.slice(0, -1)) node = (node[seg] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]!] = value;
  }
  return root;
}

/** The `config:` line as a KubeVirt CR object. */
export function kubevirtCR(config: string | undefined): Record<string, unknown> {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'KubeVirt',
    metadata: { name: 'kubevirt', namespace: 'kubevirt' },
    spec: { configuration: configObject(config) },
  };
}

/** What a checker reported, as in `check --format json`. */
export interface Reported {
  severity: string;
  field: string | null;
  message: string;
  code?: string;
  /** Hidden behind an earlier finding: not part of the webhook's answer. */
  blockedBy?: string;
}

const STRICT = 'strict decoding error: unknown field ';

function messageMatches(expected: string, got: string): boolean {
  return expected.startsWith(STRICT) ? got.endsWith(expected) : got === expected;
}

/**
 * The README's comparison for one release: `valid` → no error; `error` → the distinct (field, message) pairs of the
 * errors without `blockedBy` have exactly the expected fields (as a multiset) and every expected pair is there (exact message,
 * strict-decoding messages by suffix). Returns what differs (empty: pass).
 */
export function compareRelease(expect: Expectation, causes: readonly Cause[], reported: readonly Reported[]): string[] {
  // the webhook's answer: errors not hidden behind another finding (those carry blockedBy)
  const errors = reported.filter((d) => d.severity === 'error' && !d.blockedBy);
  const pairs = new Map<string, { field: string; message: string; code?: string }>();
  for (const e of errors) {
    const field = e.field ?? '-';
    pairs.set(`${field}\u0000${e.message}`, { field, message: e.message, code: e.code });
  }
  const got = [...pairs.values()];
  const show = (list: readonly { field: string; message: string; code?: string }[]): string =>
    list.map((c) => `${c.code ? `${c.code} ` : ''}${c.field} ${JSON.stringify(c.message)}`).join('; ') || '(none)';
  if (expect === 'valid') return got.length === 0 ? [] : [`expected valid, got ${show(got)}`];
  const problems: string[] = [];
  const want = causes.map((c) => c.field).sort();
  const have = got.map((c) => c.field).sort();
  if (JSON.stringify(want) !== JSON.stringify(have)) problems.push(`fields: expected ${want.join(', ')}; got ${show(got)}`);
  for (const c of causes) {
    if (!got.some((g) => g.field === c.field && messageMatches(c.message, g.message))) {
      problems.push(`missing ${c.field} ${JSON.stringify(c.message)}; got ${show(got)}`);
    }
  }
  // informative in the format, asserted here: the causes come in KubeVirt's order
  if (problems.length === 0) {
    const order = got.map((g) => causes.findIndex((c) => c.field === g.field && messageMatches(c.message, g.message)));
    if (order.some((x, i) => i > 0 && x < order[i - 1]!)) problems.push(`order: expected ${show(causes)}; got ${show(got)}`);
  }
  return problems;
}
