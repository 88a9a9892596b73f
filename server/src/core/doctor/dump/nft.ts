// `nft -j list ruleset` (libnftables-json, nftables' libnftables-json(5): {"nftables":[{"metainfo"},{"table"},
// {"chain"},{"rule":{family,table,chain,handle,expr:[statements]}}]}). Rules are reduced to the statements
// KubeVirt's masquerade rules use: matches on meta iifname/oifname and payload fields, counter, jump, return,
// masquerade, dnat, snat. Values are normalised so that `{ 80 }` (a one-element set) equals `80` and set
// elements compare in any order.

import type { NftChainRecord, NftRuleRecord, NftRuleset, NftStatement } from '../types';

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** An expression's value as text: scalars, sets (`{ a, b }` sorted), ranges (`a-b`), prefixes (`a/n`). */
export function nftValue(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  const o = obj(v);
  if (!o) return JSON.stringify(v ?? null).slice(0, 60);
  if (Array.isArray(o.set)) {
    const items = o.set.map(nftValue);
    if (items.length === 1) return items[0]!;
    return `{ ${items.sort(compareValues).join(', ')} }`;
  }
  if (Array.isArray(o.range) && o.range.length === 2) return `${nftValue(o.range[0])}-${nftValue(o.range[1])}`;
  const p = obj(o.prefix);
  if (p) return `${nftValue(p.addr)}/${nftValue(p.len)}`;
  return JSON.stringify(v).slice(0, 60);
}

function compareValues(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The left side of a match as nft prints it: `iifname`, `ip saddr`, `tcp dport`, … */
function nftKey(v: unknown): string {
  const o = obj(v);
  const meta = obj(o?.meta);
  if (meta && typeof meta.key === 'string') return meta.key;
  const payload = obj(o?.payload);
  if (payload && typeof payload.protocol === 'string' && typeof payload.field === 'string') return `${payload.protocol} ${payload.field}`;
  return JSON.stringify(v ?? null).slice(0, 60);
}

function statement(s: unknown): NftStatement | undefined {
  const o = obj(s);
  if (!o) return { other: String(s).slice(0, 40) };
  const [key] = Object.keys(o);
  if (key === undefined) return { other: '{}' };
  const body = o[key];
  switch (key) {
    case 'match': {
      const m = obj(body);
      return { match: { left: nftKey(m?.left), op: typeof m?.op === 'string' ? m.op : '==', right: nftValue(m?.right) } };
    }
    case 'counter':
      return { counter: true };
    case 'jump':
    case 'goto':
      return { verdict: key, target: String(obj(body)?.target ?? '') };
    case 'return':
    case 'accept':
    case 'drop':
    case 'continue':
      return { verdict: key };
    case 'masquerade':
      return { nat: 'masquerade' };
    case 'dnat':
    case 'snat': {
      const addr = obj(body)?.addr;
      return addr === undefined ? { nat: key } : { nat: key, addr: nftValue(addr) };
    }
    default:
      return { other: key.slice(0, 40) };
  }
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
      const rule: NftRuleRecord = {
        family: r.family,
        table: r.table,
        chain: r.chain,
        statements: (Array.isArray(r.expr) ? r.expr : []).map(statement).filter((x): x is NftStatement => !!x),
      };
      ruleset.rules.push(rule);
    }
  }
  return { ok: true, ruleset };
}
