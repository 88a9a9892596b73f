import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, doctor, healthy, healthyIpAddr, only, type Obj } from './helpers';

function withLinks(edit: (links: Obj[]) => void) {
  const links = healthyIpAddr();
  edit(links);
  return doctor(healthy(), { ipAddr: links });
}
const link = (links: Obj[], name: string): Obj => links.find((l) => l.ifname === name)!;

test("the healthy pod's links match the computed wiring", () => {
  const r = doctor(healthy(), { ipAddr: healthyIpAddr() });
  assert.deepEqual(codes(r, 'warning'), []);
  assert.ok(r.checked.includes('links'));
});

test('`ip -j link` (no addresses) is enough for links', () => {
  const links = healthyIpAddr().map(({ addr_info: _a, ...rest }) => rest);
  const r = doctor(healthy(), { ipAddr: links });
  assert.deepEqual(codes(r, 'warning'), []);
  assert.ok(r.checked.includes('links'));
});

test('DR-LINK-01: a missing tap and a missing pod interface', () => {
  let r = withLinks((ls) =>
    ls.splice(
      ls.findIndex((l) => l.ifname === 'tap16477688c0e'),
      1,
    ),
  );
  let f = only(r, 'DR-LINK-01');
  assert.deepEqual([f.interface, f.expected], ['blue', 'tap16477688c0e']);
  r = withLinks((ls) =>
    ls.splice(
      ls.findIndex((l) => l.ifname === 'eth0'),
      1,
    ),
  );
  f = r.findings.find((x) => x.code === 'DR-LINK-01')!;
  assert.deepEqual([f.interface, f.expected], ['default', 'eth0']);
});

test("DR-LINK-02: a tap MTU other than the pod interface's", () => {
  const f = only(
    withLinks((ls) => (link(ls, 'tap0').mtu = 1500)),
    'DR-LINK-02',
  );
  assert.deepEqual([f.interface, f.expected, f.actual], ['default', '1400', '1500']);
});

test('DR-LINK-03: a tap not enslaved to its bridge', () => {
  const f = only(
    withLinks((ls) => delete link(ls, 'tap16477688c0e').master),
    'DR-LINK-03',
  );
  assert.deepEqual([f.expected, f.actual], ['k6t-16477688c0e', 'none']);
});

test('DR-LINK-04: a bridge administratively down', () => {
  const f = only(
    withLinks((ls) => (link(ls, 'k6t-eth0').flags = ['BROADCAST', 'MULTICAST'])),
    'DR-LINK-04',
  );
  assert.equal(f.interface, 'default');
});

test('DR-LINK-05: the masquerade bridge without its gateway address, the -nic with an address', () => {
  let f = only(
    withLinks((ls) => (link(ls, 'k6t-eth0').addr_info = [])),
    'DR-LINK-05',
  );
  assert.deepEqual([f.expected, f.actual], ['10.0.2.1/24', '(none)']);
  f = only(
    withLinks(
      (ls) => (link(ls, '16477688c0e-nic').addr_info = [{ family: 'inet', local: '192.168.100.5', prefixlen: 24, scope: 'global' }]),
    ),
    'DR-LINK-05',
  );
  assert.equal(f.actual, '192.168.100.5/24');
});

test("DR-LINK-06: the masquerade bridge MAC, the dummy's original MAC, the -nic copying the bridge MAC", () => {
  let f = only(
    withLinks((ls) => (link(ls, 'k6t-eth0').address = '02:00:00:00:00:01')),
    'DR-LINK-06',
  );
  assert.equal(f.expected, '02:00:00:00:00:00');
  f = only(
    withLinks((ls) => (link(ls, 'pod16477688c0e').address = '02:00:00:aa:bb:77')),
    'DR-LINK-06',
  );
  assert.equal(f.expected, '02:00:00:aa:bb:01');
  f = only(
    withLinks((ls) => (link(ls, '16477688c0e-nic').address = '7a:21:9c:4e:5f:61')),
    'DR-LINK-06',
  );
  assert.equal(f.expected, '7a:21:9c:4e:5f:60');
});
