// nftables records (wiring/types.ts NftCommand) as text: the argv KubeVirt passes to `nft` (`nft add rule ip
// nat KUBEVIRT_PREINBOUND tcp dport { 80 } counter dnat to 10.0.2.2`, joined by single spaces as the wiring
// cases write them; a base chain's `{ type nat hook … priority N; }` is one argument), the same ruleset as
// an `nft -f` script, and the rules one port produces.

import type { NftChain, NftCommand, NftMatch, NftRule, NftStatement, NftValue } from '../wiring/types';
import { inlineValue } from './placeholder';

function valueText(v: NftValue): string {
  if (typeof v !== 'object') return inlineValue(v);
  if ('set' in v) return `{ ${v.set.map(inlineValue).join(', ')} }`;
  return `${v.range[0]}-${v.range[1]}`;
}

function matchText(m: NftMatch): string {
  if ('meta' in m) return `${m.meta} ${inlineValue(m.value)}`;
  return `${m.protocol} ${m.field} ${valueText(m.value)}`;
}

function statementText(s: NftStatement): string {
  switch (s.kind) {
    case 'jump':
      return `jump ${s.target}`;
    case 'dnat':
    case 'snat':
      return `${s.kind} to ${inlineValue(s.addr)}`;
    default:
      return s.kind;
  }
}

function hookText(c: NftChain): string | undefined {
  return c.hook ? `{ type ${c.hook.type} hook ${c.hook.hook} priority ${c.hook.priority}; }` : undefined;
}

/** A rule's expression: `tcp dport { 80 } counter dnat to 10.0.2.2`. */
export function ruleText(r: NftRule): string {
  let s = '';
  for (const m of r.match) s += matchText(m) + ' ';
  if (r.counter) s += 'counter ';
  return s + statementText(r.statement);
}

/** The argv of `nft` for a command (without `nft`): `add rule ip nat <chain> <rule>` (the rule is one argument). */
export function nftArgv(c: NftCommand): string[] {
  const head = ['add', c.add, c.family, c.table];
  if (c.add === 'table') return head;
  if (c.add === 'chain') {
    head.push(c.chain);
    if (c.hook) head.push(hookText(c)!);
    return head;
  }
  head.push(c.chain, ruleText(c));
  return head;
}

/** A command as the wiring cases write it: `nft` and its argv joined by single spaces. */
export function nftCommandLine(c: NftCommand): string {
  return 'nft ' + nftArgv(c).join(' ');
}

/** The ruleset the commands build, written as an `nft -f` script (tables, chains with their hook spec, rules in order). */
export function nftScript(commands: readonly NftCommand[]): string {
  const tables = new Map<string, { head: string; chains: Map<string, { hook?: string; rules: string[] }> }>();
  const tableOf = (c: NftCommand) => {
    const key = `${c.family} ${c.table}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { head: `table ${key} {`, chains: new Map() }));
    return t;
  };
  for (const c of commands) {
    const t = tableOf(c);
    if (c.add === 'table') continue;
    let chain = t.chains.get(c.chain);
    if (!chain) t.chains.set(c.chain, (chain = { rules: [] }));
    if (c.add === 'chain') {
      if (c.hook) chain.hook = `type ${c.hook.type} hook ${c.hook.hook} priority ${c.hook.priority};`;
    } else {
      chain.rules.push(ruleText(c));
    }
  }
  const out: string[] = [];
  for (const t of tables.values()) {
    out.push(t.head);
    for (const [name, c] of t.chains) {
      out.push(`\tchain ${name} {`);
      if (c.hook) out.push(`\t\t${c.hook}`);
      for (const r of c.rules) out.push(`\t\t${r}`);
      out.push('\t}');
    }
    out.push('}');
  }
  return out.join('\n');
}

/** The families the commands configure: `ip`, `ip6`. */
export function nftFamilies(commands: readonly NftCommand[]): string[] {
  return [...new Set(commands.filter((c) => c.add === 'table').map((c) => c.family))];
}

/** The rules KubeVirt adds for `ports[index]` (or `portRanges[index]`) of the interface, in order. */
export function rulesForPort(commands: readonly NftCommand[], index: number, ranges: boolean): NftRule[] {
  const kind = ranges ? 'portRange' : 'port';
  return commands.filter((c): c is NftRule => c.add === 'rule' && c.origin.kind === kind && c.origin.index === index);
}
