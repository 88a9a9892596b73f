// NAT rules, checklist item "for masquerade check the nftables rules": the tables, chains and rules KubeVirt adds
// for the first masquerade interface (pkg/network/setup/netpod/masquerade/masquerade.go, computed as NftCommand
// records in wiring/nftables.ts) against `nft -j list ruleset` from the pod's network namespace, both in the
// comparable form of nft-form.ts. Per family: a missing table or chain is one finding (its rules are not
// listed again); each rule KubeVirt adds must be there once; one of the same kind with other values is reported
// as that rule with both values; other rules in KubeVirt's chains are suspect; rules of other components (Istio's
// iptables-nft chains share the `ip nat` table) are information.
//
// Severity follows the effect: a rule for traffic between the guest and the outside (the masquerade of the
// guest's address, the jump from prerouting, the DNATs of KUBEVIRT_PREINBOUND) is an error; a rule for traffic
// from inside the pod (the loopback DNAT in output, KUBEVIRT_POSTINBOUND's SNATs and the jump to it, the skip
// rules for migration and Istio ports) is a warning.

import type { NftChain, NftCommand, NftRule } from '../../wiring/types';
import { PREINBOUND } from '../../wiring/nftables';
import type { DoctorFinding, NftChainRecord, NftRuleForm, NftRuleset } from '../types';
import type { IfacePlan, Plan } from '../plan';
import { ruleForm, ruleFormText, sameChain, sameRule, similarRule } from '../nft-form';
import { activeIfaces, finding, specIfaceTarget, vmiAt, type Check } from './common';

/** Traffic between the guest and the outside of the pod depends on it (else: in-pod traffic only). */
function outsideTraffic(r: Pick<NftRule, 'chain' | 'statement'>): boolean {
  return r.chain === PREINBOUND || r.chain === 'prerouting' || (r.chain === 'postrouting' && r.statement.kind === 'masquerade');
}

/** A chain whose absence cuts the guest off from the outside (input and the in-pod chains only matter inside). */
function outsideChain(c: NftChain): boolean {
  return c.chain === 'prerouting' || c.chain === 'postrouting' || c.chain === PREINBOUND;
}

function chainText(c: { family: string; table: string; chain?: string; name?: string }): string {
  return `${c.family} ${c.table} ${c.chain ?? c.name}`;
}

function hookText(c: NftChain | NftChainRecord): string {
  if ('add' in c) return c.hook ? `type ${c.hook.type} hook ${c.hook.hook} priority ${c.hook.priority}` : 'a regular chain';
  return c.hook ? `type ${c.type ?? '?'} hook ${c.hook} priority ${c.prio ?? '?'}` : 'a regular chain';
}

/** The interface's spec line, or the port (range) the rule comes from. */
function ruleTarget(p: IfacePlan, r: NftRule) {
  if (r.origin.kind === 'port') return vmiAt(['spec', 'domain', 'devices', 'interfaces', p.index, 'ports', r.origin.index]);
  if (r.origin.kind === 'portRange') return vmiAt(['spec', 'domain', 'devices', 'interfaces', p.index, 'portRanges', r.origin.index]);
  return specIfaceTarget(p);
}

function why(r: NftRule): string {
  switch (r.origin.kind) {
    case 'port':
      return ` (ports[${r.origin.index}])`;
    case 'portRange':
      return ` (portRanges[${r.origin.index}])`;
    case 'migration':
      return ' (legacy migration ports)';
    case 'all-ports':
      return ' (no ports listed: all are forwarded)';
    default:
      return '';
  }
}

/** What goes wrong without the rule. */
function effect(r: NftRule): string {
  const ports = natPorts(r);
  switch (r.chain === 'postrouting' || r.chain === 'prerouting' ? `${r.chain}:${r.statement.kind}` : r.statement.kind) {
    case 'postrouting:masquerade':
      return "the guest's outgoing traffic is not masqueraded behind the pod's address";
    case 'prerouting:jump':
      return "traffic entering the pod never reaches KubeVirt's DNATs to the guest";
    case 'postrouting:jump':
      return "KubeVirt's SNATs for connections from inside the pod are not applied";
    case 'return':
      return `${ports ?? 'these ports'}, meant for the pod itself, reach the guest`;
    case 'snat':
      return `connections from inside the pod to the guest${ports ? ` on ${ports}` : ''} keep a loopback source the guest cannot answer`;
    default:
      if (r.chain === PREINBOUND)
        return ports ? `connections to ${ports} of the pod do not reach the guest` : 'connections to the pod do not reach the guest';
      return `connections from inside the pod to its loopback address${ports ? ` on ${ports}` : ''} do not reach the guest`;
  }
}

/** The destination ports of a rule as text (`80/tcp`, `1000-2000/udp`), or undefined. */
function natPorts(r: NftRule): string | undefined {
  for (const m of r.match) {
    if ('meta' in m || m.field !== 'dport') continue;
    const v = m.value;
    const text = typeof v !== 'object' ? String(v) : 'set' in v ? v.set.join(', ') : `${v.range[0]}-${v.range[1]}`;
    return `${text}/${m.protocol}`;
  }
  return undefined;
}

interface Expected {
  record: NftRule;
  form: NftRuleForm;
}

function compare(p: IfacePlan, commands: NftCommand[], ruleset: NftRuleset): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const base = { check: 'nft' as const, iface: p };
  const gone = new Set<string>(); // `family table` or `family table chain` already reported missing
  for (const c of commands) {
    if (c.add === 'table') {
      if (ruleset.tables.some((t) => t.family === c.family && t.name === c.table)) continue;
      gone.add(`${c.family} ${c.table}`);
      const rules = commands.filter((x) => x.add === 'rule' && x.family === c.family && x.table === c.table).length;
      out.push(
        finding({
          ...base,
          code: 'DR-NFT-01',
          message: `${p.name}: the pod has no nftables table ${c.family} ${c.table}: none of KubeVirt's ${rules} NAT rules for ${c.family === 'ip6' ? 'IPv6' : 'IPv4'} are there, so the guest gets no ${c.family === 'ip6' ? 'IPv6' : 'IPv4'} traffic through the pod`,
          expected: `table ${c.family} ${c.table}`,
          actual: 'no such table',
          target: specIfaceTarget(p),
        }),
      );
    } else if (c.add === 'chain') {
      if (gone.has(`${c.family} ${c.table}`)) continue;
      const have = ruleset.chains.find((x) => x.family === c.family && x.table === c.table && x.name === c.chain);
      const hooked = !c.hook || (have?.hook === c.hook.hook && (have.type === undefined || have.type === c.hook.type));
      if (have && hooked) continue;
      gone.add(chainText(c));
      const rules = commands.filter((x) => x.add === 'rule' && sameChain(x, c)).length;
      out.push(
        finding({
          ...base,
          code: outsideChain(c) ? 'DR-NFT-01' : 'DR-NFT-04',
          message: have
            ? `${p.name}: chain ${chainText(c)} is ${hookText(have)}, KubeVirt creates it as ${hookText(c)}: its ${rules} rule(s) never see the traffic`
            : `${p.name}: the pod has no nftables chain ${chainText(c)}${rules > 0 ? ` (KubeVirt puts ${rules} rule(s) in it)` : ''}`,
          expected: `chain ${chainText(c)} (${hookText(c)})`,
          actual: have ? hookText(have) : 'no such chain',
          target: specIfaceTarget(p),
        }),
      );
    }
  }

  const expected: Expected[] = commands
    .filter((c): c is NftRule => c.add === 'rule' && !gone.has(`${c.family} ${c.table}`) && !gone.has(chainText(c)))
    .map((record) => ({ record, form: ruleForm(record) }));
  const actual = ruleset.rules;
  const claimed = new Map<number, Expected>(); // index in actual → the expected rule it is
  const missing: Expected[] = [];
  for (const e of expected) {
    const i = actual.findIndex((a, k) => !claimed.has(k) && sameRule(e.form, a));
    if (i >= 0) claimed.set(i, e);
    else missing.push(e);
  }
  for (const e of missing) {
    const i = actual.findIndex((a, k) => !claimed.has(k) && similarRule(e.form, a));
    const code = outsideTraffic(e.record) ? 'DR-NFT-02' : 'DR-NFT-04';
    const want = ruleFormText(e.form);
    if (i >= 0) {
      claimed.set(i, e);
      const have = ruleFormText(actual[i]!);
      out.push(
        finding({
          ...base,
          code,
          message: `${p.name}: KubeVirt's rule in ${chainText(e.form)}${why(e.record)} has other values in the pod: ${effect(e.record)}`,
          expected: want,
          actual: have,
          target: ruleTarget(p, e.record),
        }),
      );
      continue;
    }
    out.push(
      finding({
        ...base,
        code,
        message: `${p.name}: KubeVirt's rule in ${chainText(e.form)}${why(e.record)} is missing from the pod: ${effect(e.record)}`,
        expected: want,
        actual: 'no such rule',
        target: ruleTarget(p, e.record),
      }),
    );
  }

  // order: KubeVirt's `return` rules (ports kept in the pod) come before the NATs of their chain
  const position = new Map([...claimed].map(([k, e]) => [e, k]));
  for (const e of expected) {
    if (e.record.statement.kind !== 'return' || !position.has(e)) continue;
    const at = position.get(e)!;
    const later = expected
      .slice(expected.indexOf(e) + 1)
      .find((x) => sameChain(x.form, e.form) && x.record.statement.kind !== 'return' && position.has(x) && position.get(x)! < at);
    if (!later) continue;
    out.push(
      finding({
        ...base,
        code: 'DR-NFT-05',
        message: `${p.name}: in ${chainText(e.form)} a NAT rule comes before KubeVirt's return rule${why(e.record)}: ${effect(e.record)}`,
        expected: `${ruleFormText(e.form)} before ${ruleFormText(later.form)}`,
        actual: `${ruleFormText(later.form)} first`,
        target: ruleTarget(p, e.record),
      }),
    );
  }

  // what else the ruleset holds: in KubeVirt's chains (suspect), or in chains of other components
  const ours = commands.filter((c): c is NftChain => c.add === 'chain');
  const foreign = new Map<string, number>();
  actual.forEach((a, k) => {
    if (claimed.has(k) || gone.has(chainText(a))) return; // the chain was reported already
    if (!ours.some((c) => sameChain(c, a))) {
      foreign.set(chainText(a), (foreign.get(chainText(a)) ?? 0) + 1);
      return;
    }
    if (expected.some((e) => sameRule(e.form, a))) return; // the same rule twice (setup retried): harmless
    const have = ruleFormText(a);
    out.push(
      finding({
        ...base,
        code: 'DR-NFT-03',
        message: `${p.name}: ${chainText(a)} holds a rule KubeVirt does not add, which may translate the guest's traffic otherwise`,
        expected: null,
        actual: have,
        target: specIfaceTarget(p),
      }),
    );
  });
  if (foreign.size > 0) {
    const names = [...foreign].map(([c, n]) => `${c} (${n})`);
    out.push(
      finding({
        ...base,
        code: 'DR-NFT-06',
        message: `${p.name}: the pod's ruleset also has rules of other components in chains KubeVirt does not create (Istio's sidecar, for one, adds its own NAT chains): ${names.slice(0, 8).join(', ')}${names.length > 8 ? `, and ${names.length - 8} more chain(s)` : ''}`,
        expected: null,
        actual: names.slice(0, 8).join(', '),
        target: specIfaceTarget(p),
      }),
    );
  }
  return out;
}

export const nftRules: Check = (plan: Plan): DoctorFinding[] => {
  const ruleset = plan.dump.nft;
  if (!ruleset) return [];
  const out: DoctorFinding[] = [];
  for (const p of activeIfaces(plan)) {
    const commands = p.wiring?.nftables ?? [];
    if (p.binding !== 'masquerade' || commands.length === 0) continue;
    out.push(...compare(p, commands, ruleset));
  }
  return out;
};
