// nftables views of the commands KubeVirt runs for a masquerade interface (`nft add table|chain|rule …`,
// argv joined by spaces): the same ruleset as an `nft -f` script, and the rules one port produces.

interface Chain {
  name: string;
  spec?: string;
  rules: string[];
}
interface Table {
  family: string;
  name: string;
  chains: Map<string, Chain>;
}

/**
 * The ruleset the commands build, written as an `nft -f` script (tables, chains with their hook
 * spec, rules in order). Commands it does not recognise are kept as comments.
 */
export function nftScript(commands: readonly string[]): string {
  const tables = new Map<string, Table>();
  const other: string[] = [];
  const tableOf = (family: string, name: string): Table => {
    const key = `${family} ${name}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { family, name, chains: new Map() }));
    return t;
  };
  const chainOf = (t: Table, name: string): Chain => {
    let c = t.chains.get(name);
    if (!c) t.chains.set(name, (c = { name, rules: [] }));
    return c;
  };
  for (const cmd of commands) {
    const m = /^nft\s+add\s+(table|chain|rule)\s+(\S+)\s+(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(cmd.trim());
    if (!m) {
      other.push(cmd);
      continue;
    }
    const [, what, family, table, chain, rest] = m;
    const t = tableOf(family!, table!);
    if (what === 'table') continue;
    if (!chain) {
      other.push(cmd);
      continue;
    }
    const c = chainOf(t, chain);
    if (what === 'chain') {
      if (rest) c.spec = rest.replace(/^\{\s*|\s*\}$/g, '').trim();
    } else if (rest) {
      c.rules.push(rest);
    }
  }
  const out: string[] = [];
  for (const t of tables.values()) {
    out.push(`table ${t.family} ${t.name} {`);
    for (const c of t.chains.values()) {
      out.push(`\tchain ${c.name} {`);
      if (c.spec) out.push(`\t\t${c.spec}`);
      for (const r of c.rules) out.push(`\t\t${r}`);
      out.push('\t}');
    }
    out.push('}');
  }
  for (const o of other) out.push(`# ${o}`);
  return out.join('\n');
}

export interface PortSelector {
  /** A single port, or the start of a range. */
  start: number;
  /** End of a range (port ranges only). */
  end?: number;
  /** Lower-case protocol: tcp (default) or udp. */
  protocol: string;
  /** Istio sidecar injection (adds the `tcp dport { 22 }` PREINBOUND rule for port 22 whatever the protocol). */
  istio?: boolean;
}

/** Normalises a `ports[]` / `portRanges[]` protocol the way KubeVirt does (lower case, "" → tcp). */
export function normalProtocol(p: unknown): string {
  return typeof p === 'string' && p !== '' ? p.toLowerCase() : 'tcp';
}

/**
 * The commands among `commands` that a port (or port range) produces: every rule matching its protocol
 * and destination port (PREINBOUND `dport { P }`, POSTINBOUND/output `dport P`, ranges `dport S-E`), plus,
 * for port 22 under Istio, the `tcp dport { 22 }` PREINBOUND rule KubeVirt adds whatever the protocol.
 */
export function rulesForPort(commands: readonly string[], sel: PortSelector): string[] {
  const token = sel.end !== undefined ? `${sel.start}-${sel.end}` : String(sel.start);
  const own = new RegExp(`(?:^|\\s)${sel.protocol} dport (?:\\{ ${escapeRe(token)} \\}|${escapeRe(token)})(?:\\s|$)`);
  const covers22 = !sel.istio ? false : sel.end !== undefined ? sel.start <= 22 && 22 <= sel.end : sel.start === 22;
  const ssh = /KUBEVIRT_PREINBOUND tcp dport \{ 22 \} counter dnat/;
  return commands.filter((c) => c.startsWith('nft add rule') && (own.test(c) || (covers22 && ssh.test(c))));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
