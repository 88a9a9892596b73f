// `nft -j list ruleset` (libnftables-json, nftables' libnftables-json(5): {"nftables":[{"metainfo"},{"table"},
// {"chain"},{"rule":{family,table,chain,handle,expr:[statements]}}]}). Each rule becomes the doctor's comparable
// form (nft-form.ts): its matches on meta keys and payload fields with their values as canonical elements, its
// verdict or NAT statement, and the names of anything else (counters are dropped).

import type { NftChainRecord, NftFormMatch, NftFormStatement, NftFormValue, NftRuleForm, NftRuleset } from '../types';
import { atomsValue, canonAtom, withoutDependencies } from '../nft-form';
import { obj } from '../../model/values';

const bounded = (v: unknown): string => (JSON.stringify(v ?? null) ?? 'null').slice(0, 60);

/** One element of a value: a literal, a range `a-b` or a prefix `a/n` inside a set, else bounded JSON. */
function elementText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return canonAtom(v);
  const o = obj(v);
  if (o && Array.isArray(o.range) && o.range.length === 2) return `${elementText(o.range[0])}-${elementText(o.range[1])}`;
  const p = obj(o?.prefix);
  if (p) return canonAtom(`${elementText(p.addr)}/${elementText(p.len)}`);
  return bounded(v);
}

/** A match's right side: a set (its elements), a range, or one element. */
export function nftValue(v: unknown): NftFormValue {
  const o = obj(v);
  if (o && Array.isArray(o.set)) return atomsValue(o.set.map(elementText));
  if (o && Array.isArray(o.range) && o.range.length === 2) return { range: [elementText(o.range[0]), elementText(o.range[1])] };
  return { atoms: [elementText(v)] };
}

/** The left side of a match as nft prints it: `iifname`, `ip saddr`, `tcp dport`, … */
function nftKey(v: unknown): string {
  const o = obj(v);
  const meta = obj(o?.meta);
  if (meta && typeof meta.key === 'string') return meta.key;
  const payload = obj(o?.payload);
  if (payload && typeof payload.protocol === 'string' && typeof payload.field === 'string') return `${payload.protocol} ${payload.field}`;
  return bounded(v);
}

const VERDICTS = new Set(['return', 'accept', 'drop', 'continue', 'masquerade']);

function ruleForm(r: Record<string, unknown>): NftRuleForm {
  const match: NftFormMatch[] = [];
  const other: string[] = [];
  let statement: NftFormStatement = { kind: 'none' };
  for (const s of Array.isArray(r.expr) ? r.expr : []) {
    const o = obj(s);
    const key = o ? Object.keys(o)[0] : undefined;
    if (!o || key === undefined) {
      other.push(bounded(s));
      continue;
    }
    const body = obj(o[key]);
    if (key === 'match') {
      const op = typeof body?.op === 'string' && body.op !== 'in' ? body.op : '==';
      match.push({ key: nftKey(body?.left), op, value: nftValue(body?.right) });
    } else if (key === 'counter') {
      // packet counts differ from pod to pod
    } else if (key === 'jump' || key === 'goto') {
      statement = { kind: key, target: String(body?.target ?? '').slice(0, 60) };
    } else if (VERDICTS.has(key)) {
      statement = { kind: key as 'return' };
    } else if (key === 'dnat' || key === 'snat') {
      statement = { kind: key, addr: body?.addr === undefined ? null : elementText(body.addr) };
    } else {
      other.push(key.slice(0, 40));
    }
  }
  return { family: String(r.family), table: String(r.table), chain: String(r.chain), match: withoutDependencies(match), statement, other };
}

export type ParsedRuleset = { ok: true; ruleset: NftRuleset } | { ok: false; message: string };

export function parseNftRuleset(json: unknown): ParsedRuleset {
  const list = obj(json)?.nftables;
  if (!Array.isArray(list)) return { ok: false, message: 'no "nftables" array (expected the output of nft -j list ruleset)' };
  const ruleset: NftRuleset = { tables: [], chains: [], rules: [] };
  for (const item of list) {
    const o = obj(item);
    if (!o) continue;
    const t = obj(o.table);
    if (t && typeof t.family === 'string' && typeof t.name === 'string') ruleset.tables.push({ family: t.family, name: t.name });
    const c = obj(o.chain);
    if (c && typeof c.family === 'string' && typeof c.table === 'string' && typeof c.name === 'string') {
      const chain: NftChainRecord = { family: c.family, table: c.table, name: c.name };
      if (typeof c.type === 'string') chain.type = c.type;
      if (typeof c.hook === 'string') chain.hook = c.hook;
      if (typeof c.prio === 'number') chain.prio = c.prio;
      ruleset.chains.push(chain);
    }
    const r = obj(o.rule);
    if (r && typeof r.family === 'string' && typeof r.table === 'string' && typeof r.chain === 'string') {
      ruleset.rules.push(ruleForm(r));
    }
  }
  return { ok: true, ruleset };
}
