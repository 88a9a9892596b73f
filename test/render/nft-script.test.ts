import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nftScript, rulesForPort } from '../../server/src/core/render/nft-script';
import { fixture } from './helpers';

test('the masquerade commands as an nft -f ruleset', () => {
  const cmds = fixture('001-masquerade-default').wiring.interfaces[0]!.nftables;
  const script = nftScript(cmds);
  assert.match(script, /^table ip nat \{\n\tchain prerouting \{\n\t\ttype nat hook prerouting priority -100;\n\t\tiifname eth0 counter jump KUBEVIRT_PREINBOUND\n\t\}/);
  assert.match(script, /\tchain KUBEVIRT_PREINBOUND \{\n\t\tcounter dnat to 10\.0\.2\.2\n\t\}/);
  assert.match(script, /\tchain postrouting \{\n\t\ttype nat hook postrouting priority 100;\n\t\tip saddr 10\.0\.2\.2 counter masquerade\n\t\toifname k6t-eth0 counter jump KUBEVIRT_POSTINBOUND\n\t\}/);
  assert.ok(script.endsWith('}'));
});

test('the rules one port produces (PREINBOUND with braces, POSTINBOUND/output bare)', () => {
  const cmds = fixture('002-masquerade-ports-tcp-udp').wiring.interfaces[0]!.nftables;
  assert.deepEqual(rulesForPort(cmds, { start: 53, protocol: 'udp' }), [
    'nft add rule ip nat KUBEVIRT_PREINBOUND udp dport { 53 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 53 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
    'nft add rule ip nat output ip daddr { 127.0.0.1 } udp dport 53 counter dnat to 10.0.2.2',
  ]);
  assert.equal(rulesForPort(cmds, { start: 80, protocol: 'tcp' }).length, 3);
  assert.deepEqual(rulesForPort(cmds, { start: 53, protocol: 'tcp' }), []);
  assert.deepEqual(rulesForPort(cmds, { start: 8, protocol: 'tcp' }), []);
});

test('port ranges and the Istio port-22 rule', () => {
  const cmds = [
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2',
    'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 22 ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1',
    'nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport 1000-2000 counter dnat to 10.0.2.2',
  ];
  assert.equal(rulesForPort(cmds, { start: 22, protocol: 'udp', istio: true }).length, 2);
  assert.equal(rulesForPort(cmds, { start: 22, protocol: 'udp' }).length, 1);
  assert.deepEqual(rulesForPort(cmds, { start: 1000, end: 2000, protocol: 'tcp' }), [cmds[2]]);
});
