// Hand-written `nft -j list ruleset` output (libnftables-json) for the doctor's nft tests: the tables, chains and
// rules KubeVirt's masquerade.go adds, as nft lists them, written here from that source (not from our wiring).
import { fixtureText, type Obj } from './helpers';

export type Expr = Obj;
export type Item = Obj;

let handle = 100;

export const meta = (key: string, right: string): Expr => ({ match: { op: '==', left: { meta: { key } }, right } });
export const payload = (protocol: string, field: string, right: unknown): Expr => ({
  match: { op: '==', left: { payload: { protocol, field } }, right },
});
export const set = (...items: unknown[]) => ({ set: items });
export const counter = (packets = 0): Expr => ({ counter: { packets, bytes: packets * 60 } });
export const dnat = (addr: string): Expr => ({ dnat: { addr } });
export const snat = (addr: string): Expr => ({ snat: { addr } });
export const jump = (target: string): Expr => ({ jump: { target } });
export const ret = (): Expr => ({ return: null });
export const masquerade = (): Expr => ({ masquerade: null });

export function rule(family: string, chain: string, ...expr: Expr[]): Item {
  return { rule: { family, table: 'nat', chain, handle: handle++, expr } };
}
export function table(family: string, name = 'nat'): Item {
  return { table: { family, name, handle: handle++ } };
}
export function chain(family: string, name: string, hook?: [string, number], table = 'nat'): Item {
  const c: Obj = { family, table, name, handle: handle++ };
  if (hook) Object.assign(c, { type: 'nat', hook: hook[0], prio: hook[1], policy: 'accept' });
  return { chain: c };
}

/** KubeVirt's table and chains of one family. */
export function skeleton(f: 'ip' | 'ip6'): Item[] {
  return [
    table(f),
    chain(f, 'prerouting', ['prerouting', -100]),
    chain(f, 'input', ['input', 100]),
    chain(f, 'output', ['output', -100]),
    chain(f, 'postrouting', ['postrouting', 100]),
    chain(f, 'KUBEVIRT_PREINBOUND'),
    chain(f, 'KUBEVIRT_POSTINBOUND'),
  ];
}

/** The three base rules of a family (guest 10.0.2.2 / fd10:0:2::2). */
export function baseRules(f: 'ip' | 'ip6'): Item[] {
  const guest = f === 'ip' ? '10.0.2.2' : 'fd10:0:2::2';
  return [
    rule(f, 'postrouting', payload(f, 'saddr', guest), counter(12), masquerade()),
    rule(f, 'prerouting', meta('iifname', 'eth0'), counter(), jump('KUBEVIRT_PREINBOUND')),
    rule(f, 'postrouting', meta('oifname', 'k6t-eth0'), counter(3), jump('KUBEVIRT_POSTINBOUND')),
  ];
}

/** No ports listed: everything to the guest. */
export function catchAll(f: 'ip' | 'ip6'): Item[] {
  const [guest, gw, lo] = f === 'ip' ? ['10.0.2.2', '10.0.2.1', '127.0.0.1'] : ['fd10:0:2::2', 'fd10:0:2::1', '::1'];
  return [
    rule(f, 'KUBEVIRT_PREINBOUND', counter(), dnat(guest)),
    rule(f, 'KUBEVIRT_POSTINBOUND', payload(f, 'saddr', lo), counter(), snat(gw)),
    rule(f, 'output', payload(f, 'daddr', lo), counter(), dnat(guest)),
  ];
}

/** The rules of one declared port (`ports: [{port, protocol}]`), IPv4. */
export function portRules(port: number, proto: 'tcp' | 'udp' = 'tcp'): Item[] {
  return [
    rule('ip', 'KUBEVIRT_PREINBOUND', payload(proto, 'dport', port), counter(), dnat('10.0.2.2')),
    rule('ip', 'KUBEVIRT_POSTINBOUND', payload(proto, 'dport', port), payload('ip', 'saddr', '127.0.0.1'), counter(), snat('10.0.2.1')),
    rule('ip', 'output', payload('ip', 'daddr', '127.0.0.1'), payload(proto, 'dport', port), counter(), dnat('10.0.2.2')),
  ];
}

export function ruleset(...items: Item[]): Obj {
  return { nftables: [{ metainfo: { version: '1.0.9', release_name: 'Old Doc Yak #3', json_schema_version: 1 } }, ...items] };
}

/** The fixture ruleset of the healthy VM (masquerade, no ports, IPv4). */
export function healthyNft(): Obj {
  return JSON.parse(fixtureText('healthy.nft.json'));
}
