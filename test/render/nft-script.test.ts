import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nftCommandLine, nftFamilies, nftScript, rulesForPort } from '../../server/src/core/render/nft-script';
import type { NftCommand } from '../../server/src/core/wiring/types';
import { fixture } from './helpers';
import { MASQ, POD, only, spec, wireData } from '../wiring/helpers';
import { BASE_V4, CATCH_ALL_V4 } from '../helpers/masquerade-nft';

test('records print as the argv KubeVirt runs (the chain spec is one argument)', () => {
  const cmds = fixture('001-masquerade-default').wiring.interfaces[0]!.nftables;
  assert.deepEqual(cmds.map(nftCommandLine), [...BASE_V4, ...CATCH_ALL_V4]);
  const rule: NftCommand = {
    add: 'rule',
    family: 'ip',
    table: 'nat',
    chain: 'output',
    counter: true,
    origin: { kind: 'all-ports' },
    match: [
      { protocol: 'ip', field: 'daddr', value: { set: ['127.0.0.1', 'fromPod:podIPv4'] } },
      { protocol: 'udp', field: 'dport', value: { range: [10, 30] } },
    ],
    statement: { kind: 'dnat', addr: '10.0.2.2' },
  };
  assert.equal(
    nftCommandLine(rule),
    'nft add rule ip nat output ip daddr { 127.0.0.1, {{fromPod:podIPv4}} } udp dport 10-30 counter dnat to 10.0.2.2',
  );
});

test('the masquerade commands as an nft -f ruleset', () => {
  const script = nftScript(fixture('001-masquerade-default').wiring.interfaces[0]!.nftables);
  assert.match(
    script,
    /^table ip nat \{\n\tchain prerouting \{\n\t\ttype nat hook prerouting priority -100;\n\t\tiifname eth0 counter jump KUBEVIRT_PREINBOUND\n\t\}/,
  );
  assert.match(script, /\tchain KUBEVIRT_PREINBOUND \{\n\t\tcounter dnat to 10\.0\.2\.2\n\t\}/);
  assert.match(
    script,
    /\tchain postrouting \{\n\t\ttype nat hook postrouting priority 100;\n\t\tip saddr 10\.0\.2\.2 counter masquerade\n\t\toifname k6t-eth0 counter jump KUBEVIRT_POSTINBOUND\n\t\}/,
  );
  assert.ok(script.endsWith('}'));
});

test('the rules one port produces (PREINBOUND with braces, POSTINBOUND/output bare)', () => {
  const cmds = fixture('002-masquerade-ports-tcp-udp').wiring.interfaces[0]!.nftables;
  const dns = rulesForPort(cmds, 1, false);
  assert.deepEqual(dns.map(nftCommandLine), [
    'nft add rule ip nat KUBEVIRT_PREINBOUND udp dport { 53 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 53 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1 } udp dport 53 counter dnat to 10.0.2.2',
  ]);
  assert.equal(rulesForPort(cmds, 0, false).length, 3);
  assert.deepEqual(rulesForPort(cmds, 0, true), []);
  assert.deepEqual(rulesForPort(cmds, 9, false), []);
});

test('port ranges and the Istio port-22 rule belong to the port that causes them; families', () => {
  const i = only(
    wireData(
      spec(
        [
          {
            ...MASQ,
            portRanges: [
              { protocol: 'UDP', start: 10, end: 30 },
              { protocol: 'TCP', start: 1000, end: 2000 },
            ],
          },
        ],
        [POD],
      ),
      {
        annotations: { 'sidecar.istio.io/inject': 'true' },
        ctx: { featureGates: ['PortRangesSpec'], podIPFamilies: ['IPv4', 'IPv6'] },
      },
    ),
  );
  const ssh = rulesForPort(i.nftables, 0, true).map(nftCommandLine);
  assert.equal(ssh[0], 'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2');
  assert.equal(ssh.length, 6, ssh.join('\n'));
  assert.ok(rulesForPort(i.nftables, 1, true).every((r) => r.chain !== 'KUBEVIRT_PREINBOUND'));
  assert.deepEqual(nftFamilies(i.nftables), ['ip', 'ip6']);
});
