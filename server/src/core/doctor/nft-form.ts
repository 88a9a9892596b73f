// One comparable form for nftables rules (types.ts NftRuleForm): the wiring's NftRule records and the rules of
// `nft -j list ruleset` (dump/nft.ts) both map onto it, so the doctor compares records with records. Equality
// is what matters to the kernel: the matches as a set (they are ANDed), values as sets of canonical elements,
// the verdict or NAT statement; counters and handles are ignored. A wiring value only the pod knows
// (`fromPod:podIPv4`) matches any one element.

import ipaddr from 'ipaddr.js';
import type { NftMatch, NftRule, NftValue } from '../wiring/types';
import { isRuntimeValue } from '../wiring/runtime';
import type { NftFormMatch, NftFormStatement, NftFormValue, NftRuleForm } from './types';

/** An element as canonical text: numbers in decimal, IPv4/IPv6 addresses (and prefixes) as ipaddr prints them. */
export function canonAtom(v: string | number): string {
  if (typeof v === 'number') return String(v);
  if (isRuntimeValue(v)) return v;
  if (/^\d+$/.test(v)) return String(Number(v));
  const [addr, len] = v.split('/');
  if (addr && (ipaddr.IPv4.isValidFourPartDecimal(addr) || (addr.includes(':') && ipaddr.IPv6.isValid(addr)))) {
    const a = ipaddr.parse(addr).toString();
    return len !== undefined ? `${a}/${len}` : a;
  }
  return v;
}

export function atomsValue(items: (string | number)[]): NftFormValue {
  return { atoms: [...new Set(items.map(canonAtom))].sort(compareAtoms) };
}

function compareAtoms(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function wiringValue(v: NftValue): NftFormValue {
  if (typeof v !== 'object') return atomsValue([v]);
  if ('set' in v) return atomsValue(v.set);
  return { range: [String(v.range[0]), String(v.range[1])] };
}

function wiringMatch(m: NftMatch): NftFormMatch {
  if ('meta' in m) return { key: m.meta, op: '==', value: atomsValue([m.value]) };
  return { key: `${m.protocol} ${m.field}`, op: '==', value: wiringValue(m.value) };
}

/** A computed rule in the comparable form. */
export function ruleForm(r: NftRule): NftRuleForm {
  const s = r.statement;
  const statement: NftFormStatement =
    s.kind === 'jump'
      ? { kind: 'jump', target: s.target }
      : s.kind === 'dnat' || s.kind === 'snat'
        ? { kind: s.kind, addr: canonAtom(s.addr) }
        : { kind: s.kind };
  return { family: r.family, table: r.table, chain: r.chain, match: r.match.map(wiringMatch), statement, other: [] };
}

/**
 * Drops the protocol dependency nft adds for a transport match (`meta l4proto tcp`, `ip protocol tcp`,
 * `ip6 nexthdr tcp` before `tcp dport …`), which some versions list and others hide.
 */
export function withoutDependencies(match: NftFormMatch[]): NftFormMatch[] {
  const transports = new Set<string>(match.map((m) => m.key.split(' ')[0]!).filter((p) => p === 'tcp' || p === 'udp'));
  if (transports.size === 0) return match;
  return match.filter((m) => {
    if (m.op !== '==' || !['l4proto', 'meta l4proto', 'ip protocol', 'ip6 nexthdr'].includes(m.key)) return true;
    return !('atoms' in m.value && m.value.atoms.length === 1 && transports.has(m.value.atoms[0]!));
  });
}

/** An expected value against an actual one: equal elements, a runtime element matching any one. */
export function sameValue(expected: NftFormValue, actual: NftFormValue): boolean {
  if ('range' in expected || 'range' in actual) {
    return 'range' in expected && 'range' in actual && expected.range[0] === actual.range[0] && expected.range[1] === actual.range[1];
  }
  if (expected.atoms.length !== actual.atoms.length) return false;
  return expected.atoms.every((a) => isRuntimeValue(a) || actual.atoms.includes(a));
}

function sameStatement(e: NftFormStatement, a: NftFormStatement): boolean {
  if (e.kind !== a.kind) return false;
  if ((e.kind === 'jump' || e.kind === 'goto') && 'target' in a) return e.target === a.target;
  if ((e.kind === 'dnat' || e.kind === 'snat') && 'addr' in a) return e.addr === a.addr || (e.addr !== null && isRuntimeValue(e.addr));
  if (e.kind === 'other' && 'name' in a) return e.name === a.name;
  return true;
}

function sameMatches(expected: NftFormMatch[], actual: NftFormMatch[]): boolean {
  if (expected.length !== actual.length) return false;
  const left = [...actual];
  for (const m of expected) {
    const i = left.findIndex((x) => x.key === m.key && x.op === m.op && sameValue(m.value, x.value));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

export function sameChain(e: Pick<NftRuleForm, 'family' | 'table' | 'chain'>, a: Pick<NftRuleForm, 'family' | 'table' | 'chain'>): boolean {
  return e.family === a.family && e.table === a.table && e.chain === a.chain;
}

/** The same rule: same chain, the same matches in any order, the same verdict or NAT, nothing else. */
export function sameRule(expected: NftRuleForm, actual: NftRuleForm): boolean {
  return (
    sameChain(expected, actual) &&
    actual.other.length === 0 &&
    sameStatement(expected.statement, actual.statement) &&
    sameMatches(expected.match, actual.match)
  );
}

/** The same kind of rule with other values: same chain, verdict kind (and jump target) and match keys. */
export function similarRule(expected: NftRuleForm, actual: NftRuleForm): boolean {
  if (!sameChain(expected, actual) || expected.statement.kind !== actual.statement.kind) return false;
  if (expected.statement.kind === 'jump' && !sameStatement(expected.statement, actual.statement)) return false;
  const keys = (r: NftRuleForm) =>
    r.match
      .map((m) => m.key)
      .sort()
      .join(',');
  return keys(expected) === keys(actual);
}

function valueText(v: NftFormValue): string {
  if ('range' in v) return `${v.range[0]}-${v.range[1]}`;
  const items = v.atoms.map((a) => (isRuntimeValue(a) ? `{{${a}}}` : a));
  return items.length === 1 ? items[0]! : `{ ${items.join(', ')} }`;
}

function statementText(s: NftFormStatement): string {
  switch (s.kind) {
    case 'jump':
    case 'goto':
      return `${s.kind} ${s.target}`;
    case 'dnat':
    case 'snat':
      return s.addr === null ? s.kind : `${s.kind} to ${isRuntimeValue(s.addr) ? `{{${s.addr}}}` : s.addr}`;
    case 'other':
      return s.name;
    case 'none':
      return '(no verdict)';
    default:
      return s.kind;
  }
}

/** A rule as one line for a message: `ip nat KUBEVIRT_PREINBOUND: tcp dport 80 dnat to 10.0.2.2`. */
export function ruleFormText(r: NftRuleForm): string {
  const parts = r.match.map((m) => `${m.key}${m.op === '==' ? '' : ` ${m.op}`} ${valueText(m.value)}`);
  parts.push(...r.other, statementText(r.statement));
  return `${r.family} ${r.table} ${r.chain}: ${parts.join(' ')}`;
}
