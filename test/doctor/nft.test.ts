import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, healthyIpAddr, only, podOf, vmiOf, type Obj } from './helpers';
import {
  baseRules,
  catchAll,
  chain,
  counter,
  dnat,
  healthyNft,
  jump,
  meta,
  payload,
  portRules,
  ret,
  rule,
  ruleset,
  set,
  skeleton,
  snat,
} from './nft-json';

const nftCodes = (r: ReturnType<typeof doctor>) => r.findings.filter((f) => f.check === 'nft').map((f) => f.code);

/** The healthy VM with `ports` on its masquerade interface. */
function withPorts(ports: Obj[]): Obj {
  const list = healthy();
  vmiOf(list).spec.domain.devices.interfaces[0].ports = ports;
  return list;
}

/** A dual-stack pod (IPv4 + IPv6). */
function dualStack(): Obj {
  const list = healthy();
  podOf(list).status.podIPs = [{ ip: '10.244.0.18' }, { ip: 'fd00:10:244::12' }];
  return list;
}

test('the healthy ruleset matches the computed NAT rules: no finding, nft is checked', () => {
  const r = doctor(healthy(), { nft: healthyNft(), ipAddr: healthyIpAddr() });
  assert.deepEqual(nftCodes(r), []);
  assert.deepEqual(codes(r, 'warning'), []);
  assert.ok(r.checked.includes('nft'));
  assert.ok(!r.notChecked.some((n) => n.check === 'nft'));
});

test('what nft adds or writes differently is not a difference: one-element sets, protocol dependencies, counters, IPv6 spelling, order of matches, a rule added twice', () => {
  const nft = ruleset(
    ...skeleton('ip'),
    ...baseRules('ip'),
    rule('ip', 'KUBEVIRT_PREINBOUND', payload('tcp', 'dport', set(80)), counter(7), dnat('10.0.2.2')),
    // nft < 1.0.3 keeps { 127.0.0.1 } as a set; the order of matches is free; meta l4proto is nft's own dependency
    rule(
      'ip',
      'KUBEVIRT_POSTINBOUND',
      payload('ip', 'saddr', set('127.0.0.1')),
      meta('l4proto', 'tcp'),
      payload('tcp', 'dport', 80),
      counter(),
      snat('10.0.2.1'),
    ),
    rule('ip', 'output', payload('ip', 'daddr', set('127.0.0.1')), payload('tcp', 'dport', 80), counter(), dnat('10.0.2.2')),
    // setup retried: the same rule twice
    rule('ip', 'output', payload('ip', 'daddr', '127.0.0.1'), payload('tcp', 'dport', 80), counter(), dnat('10.0.2.2')),
    ...skeleton('ip6'),
    rule('ip6', 'postrouting', payload('ip6', 'saddr', 'fd10:0000:0002:0000::2'), counter(), { masquerade: null }),
    rule('ip6', 'prerouting', meta('iifname', 'eth0'), counter(), jump('KUBEVIRT_PREINBOUND')),
    rule('ip6', 'postrouting', meta('oifname', 'k6t-eth0'), counter(), jump('KUBEVIRT_POSTINBOUND')),
    rule('ip6', 'KUBEVIRT_PREINBOUND', payload('tcp', 'dport', 80), counter(), dnat('fd10:0:2::2')),
    rule('ip6', 'KUBEVIRT_POSTINBOUND', payload('tcp', 'dport', 80), payload('ip6', 'saddr', '::1'), counter(), snat('FD10:0:2::1')),
    rule('ip6', 'output', payload('ip6', 'daddr', '::1'), payload('tcp', 'dport', 80), counter(), dnat('fd10:0:2::2')),
  );
  const list = dualStack();
  vmiOf(list).spec.domain.devices.interfaces[0].ports = [{ port: 80 }];
  assert.deepEqual(nftCodes(doctor(list, { nft })), []);
});

test("other components' chains (Istio's iptables-nft chains in the same ip nat table, a filter table) are information only", () => {
  const nft = healthyNft();
  nft.nftables.push(
    chain('ip', 'PREROUTING', ['prerouting', -100]),
    chain('ip', 'ISTIO_INBOUND'),
    rule('ip', 'PREROUTING', meta('l4proto', 'tcp'), counter(), jump('ISTIO_INBOUND')),
    rule('ip', 'ISTIO_INBOUND', payload('tcp', 'dport', 15008), counter(), ret()),
    rule('ip', 'ISTIO_INBOUND', meta('l4proto', 'tcp'), counter(), { xt: { type: 'target', name: 'REDIRECT' } }),
    { table: { family: 'inet', name: 'filter', handle: 9 } },
  );
  const r = doctor(healthy(), { nft });
  const f = only(r, 'DR-NFT-06');
  assert.equal(f.severity, 'information');
  assert.equal(f.interface, 'default');
  assert.match(f.message, /ip nat PREROUTING \(1\), ip nat ISTIO_INBOUND \(2\)/);
  assert.deepEqual(codes(r, 'warning'), []);
});

test('DR-NFT-02: the DNAT of a declared port is missing — error, names the interface, the port and the rule', () => {
  const list = withPorts([{ port: 80 }, { port: 53, protocol: 'UDP' }]);
  const good = ruleset(...skeleton('ip'), ...baseRules('ip'), ...portRules(80), ...portRules(53, 'udp'));
  assert.deepEqual(nftCodes(doctor(list, { nft: good })), []);

  const nft = ruleset(...skeleton('ip'), ...baseRules('ip'), ...portRules(80).slice(1), ...portRules(53, 'udp'));
  const r = doctor(list, { nft });
  const f = only(r, 'DR-NFT-02');
  assert.equal(f.severity, 'error');
  assert.equal(f.interface, 'default');
  assert.equal(f.expected, 'ip nat KUBEVIRT_PREINBOUND: tcp dport 80 dnat to 10.0.2.2');
  assert.equal(f.actual, 'no such rule');
  assert.match(f.message, /ports\[0\]/);
  assert.deepEqual(f.target?.path, ['spec', 'domain', 'devices', 'interfaces', 0, 'ports', 0]);
  assert.deepEqual(nftCodes(r), ['DR-NFT-02']);
});

test("DR-NFT-02: the masquerade of the guest's address and the jump from prerouting are errors", () => {
  let nft = healthyNft();
  nft.nftables = nft.nftables.filter((i: Obj) => !(i.rule?.expr ?? []).some((e: Obj) => 'masquerade' in e));
  let f = only(doctor(healthy(), { nft }), 'DR-NFT-02');
  assert.equal(f.expected, 'ip nat postrouting: ip saddr 10.0.2.2 masquerade');
  nft = healthyNft();
  nft.nftables = nft.nftables.filter((i: Obj) => i.rule?.chain !== 'prerouting');
  f = only(doctor(healthy(), { nft }), 'DR-NFT-02');
  assert.equal(f.expected, 'ip nat prerouting: iifname eth0 jump KUBEVIRT_PREINBOUND');
});

test('DR-NFT-02: a DNAT to another guest address is the rule with other values (expected and actual)', () => {
  const nft = healthyNft();
  const preinbound = nft.nftables.find((i: Obj) => i.rule?.chain === 'KUBEVIRT_PREINBOUND');
  preinbound.rule.expr = [counter(), dnat('10.0.2.9')];
  const f = only(doctor(healthy(), { nft }), 'DR-NFT-02');
  assert.deepEqual(
    [f.expected, f.actual],
    ['ip nat KUBEVIRT_PREINBOUND: dnat to 10.0.2.2', 'ip nat KUBEVIRT_PREINBOUND: dnat to 10.0.2.9'],
  );
});

test('DR-NFT-04: a wrong SNAT source in KUBEVIRT_POSTINBOUND (in-pod traffic) is a warning with both rules', () => {
  const nft = healthyNft();
  const post = nft.nftables.find((i: Obj) => i.rule?.chain === 'KUBEVIRT_POSTINBOUND');
  post.rule.expr[0] = payload('ip', 'saddr', '10.0.0.99');
  const r = doctor(healthy(), { nft });
  const f = only(r, 'DR-NFT-04');
  assert.equal(f.severity, 'warning');
  assert.equal(f.expected, 'ip nat KUBEVIRT_POSTINBOUND: ip saddr 127.0.0.1 snat to 10.0.2.1');
  assert.equal(f.actual, 'ip nat KUBEVIRT_POSTINBOUND: ip saddr 10.0.0.99 snat to 10.0.2.1');
  assert.deepEqual(nftCodes(r), ['DR-NFT-04'], 'the rule is not also reported as missing or extra');
});

test('DR-NFT-01: a dual-stack pod without the ip6 nat table — one error for the table, not one per rule', () => {
  const r = doctor(dualStack(), { nft: healthyNft() });
  const f = only(r, 'DR-NFT-01');
  assert.equal(f.severity, 'error');
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', 'table ip6 nat', 'no such table']);
  assert.match(f.message, /IPv6/);
  assert.deepEqual(nftCodes(r), ['DR-NFT-01']);
});

test('DR-NFT-01 / DR-NFT-04: a missing or unhooked chain is reported once, its rules not again', () => {
  let nft = healthyNft();
  nft.nftables = nft.nftables.filter((i: Obj) => i.chain?.name !== 'KUBEVIRT_POSTINBOUND' && i.rule?.chain !== 'KUBEVIRT_POSTINBOUND');
  let r = doctor(healthy(), { nft });
  assert.deepEqual(nftCodes(r), ['DR-NFT-04']);
  assert.equal(only(r, 'DR-NFT-04').actual, 'no such chain');

  nft = healthyNft();
  const pre = nft.nftables.find((i: Obj) => i.chain?.name === 'prerouting').chain;
  delete pre.hook;
  delete pre.type;
  delete pre.prio;
  r = doctor(healthy(), { nft });
  const f = only(r, 'DR-NFT-01');
  assert.equal(f.expected, 'chain ip nat prerouting (type nat hook prerouting priority -100)');
  assert.equal(f.actual, 'a regular chain');
  assert.deepEqual(nftCodes(r), ['DR-NFT-01']);
});

test('DR-NFT-03: a rule KubeVirt does not add in one of its chains', () => {
  const nft = healthyNft();
  nft.nftables.push(rule('ip', 'KUBEVIRT_PREINBOUND', payload('tcp', 'dport', 8080), counter(), dnat('10.0.2.9')));
  const f = only(doctor(healthy(), { nft }), 'DR-NFT-03');
  assert.equal(f.severity, 'warning');
  assert.equal(f.actual, 'ip nat KUBEVIRT_PREINBOUND: tcp dport 8080 dnat to 10.0.2.9');
});

test('legacy migration ports: the skip rules are expected, missing ones are warnings, and they must precede the NATs (DR-NFT-05)', () => {
  const list = healthy();
  vmiOf(list).status.migrationTransport = '';
  const skip = (chainName: string) =>
    rule('ip', chainName, payload('tcp', 'dport', set(49152, 49153)), payload('ip', 'saddr', '127.0.0.1'), counter(), ret());
  const [masq, pre, post] = baseRules('ip');
  const [dnatAll, snatLo, outDnat] = catchAll('ip');
  const good = ruleset(...skeleton('ip'), masq!, pre!, post!, skip('output'), skip('KUBEVIRT_POSTINBOUND'), dnatAll!, snatLo!, outDnat!);
  assert.deepEqual(nftCodes(doctor(list, { nft: good })), []);

  const noSkip = ruleset(...skeleton('ip'), ...baseRules('ip'), skip('KUBEVIRT_POSTINBOUND'), ...catchAll('ip'));
  const f = only(doctor(list, { nft: noSkip }), 'DR-NFT-04');
  assert.equal(f.expected, 'ip nat output: tcp dport { 49152, 49153 } ip saddr 127.0.0.1 return');

  const late = ruleset(...skeleton('ip'), masq!, pre!, post!, skip('KUBEVIRT_POSTINBOUND'), dnatAll!, snatLo!, outDnat!, skip('output'));
  const o = only(doctor(list, { nft: late }), 'DR-NFT-05');
  assert.equal(o.severity, 'warning');
  assert.match(o.message, /ip nat output/);
});

test("Istio: the skip rules for its ports, port 22 forwarded, the pod IP in the loopback DNAT set; Istio's own chains are information", () => {
  const list = healthy();
  vmiOf(list).metadata.annotations['sidecar.istio.io/inject'] = 'true';
  const reserved = set(15000, 15001, 15004, 15006, 15008, 15009, 15020, 15021, 15053, 15090);
  const nft = ruleset(
    ...skeleton('ip'),
    ...baseRules('ip'),
    rule('ip', 'output', payload('tcp', 'dport', reserved), payload('ip', 'saddr', '127.0.0.1'), counter(), ret()),
    rule('ip', 'KUBEVIRT_POSTINBOUND', payload('tcp', 'dport', reserved), payload('ip', 'saddr', '127.0.0.1'), counter(), ret()),
    rule('ip', 'KUBEVIRT_PREINBOUND', payload('tcp', 'dport', 22), counter(), dnat('10.0.2.2')),
    rule('ip', 'KUBEVIRT_POSTINBOUND', payload('ip', 'saddr', set('127.0.0.6', '127.0.0.1')), counter(), snat('10.0.2.1')),
    rule('ip', 'output', payload('ip', 'daddr', set('10.244.0.18', '127.0.0.1')), counter(), dnat('10.0.2.2')),
    chain('ip', 'ISTIO_OUTPUT'),
    rule('ip', 'ISTIO_OUTPUT', payload('ip', 'daddr', '127.0.0.1'), counter(), ret()),
  );
  const r = doctor(list, { nft });
  assert.deepEqual(nftCodes(r), ['DR-NFT-06']);

  // the pod IP in the DNAT set is the pod's own: another address there is a difference
  const out = nft.nftables.find((i: Obj) => i.rule?.chain === 'output' && i.rule.expr.some((e: Obj) => e.dnat));
  out.rule.expr[0] = payload('ip', 'daddr', set('10.244.9.9', '127.0.0.1'));
  const f = only(doctor(list, { nft }), 'DR-NFT-04');
  assert.equal(f.expected, 'ip nat output: ip daddr { 10.244.0.18, 127.0.0.1 } dnat to 10.0.2.2');
});

test('no masquerade interface: a ruleset is read and nothing is expected of it', () => {
  const list = healthy();
  const vmi = vmiOf(list);
  vmi.spec.domain.devices.interfaces[0] = { name: 'default', bridge: {} };
  const r = doctor(list, { nft: healthyNft() });
  assert.deepEqual(nftCodes(r), []);
  assert.ok(r.checked.includes('nft'));
});

test('a ruleset that is not libnftables-json is a reading problem, not a crash', () => {
  const r = doctor(healthy(), {
    nft: { nftables: [{ rule: { family: 'ip', table: 'nat', chain: 'output', expr: [42, { match: null }, {}] } }] },
  });
  assert.ok(r.findings.some((f) => f.code === 'DR-NFT-01'));
  assert.ok(!r.findings.some((f) => f.code === 'VIRTWIRE-INTERNAL'));
});

test('a jump to the wrong chain is the jump with other values', () => {
  const nft = healthyNft();
  const pre = nft.nftables.find((i: Obj) => i.rule?.chain === 'prerouting');
  pre.rule.expr = [meta('iifname', 'eth1'), counter(), jump('KUBEVIRT_PREINBOUND')];
  const f = only(doctor(healthy(), { nft }), 'DR-NFT-02');
  assert.equal(f.actual, 'ip nat prerouting: iifname eth1 jump KUBEVIRT_PREINBOUND');
});

test('the rule texts of both sides read alike (snat to the gateway, sets sorted)', () => {
  const nft = ruleset(
    ...skeleton('ip'),
    ...baseRules('ip'),
    rule('ip', 'KUBEVIRT_POSTINBOUND', payload('ip', 'saddr', '127.0.0.1'), counter(), snat('10.0.2.1')),
  );
  const r = doctor(healthy(), { nft });
  assert.deepEqual(
    r.findings
      .filter((f) => f.check === 'nft')
      .map((f) => f.expected)
      .sort(),
    ['ip nat KUBEVIRT_PREINBOUND: dnat to 10.0.2.2', 'ip nat output: ip daddr 127.0.0.1 dnat to 10.0.2.2'],
  );
});
