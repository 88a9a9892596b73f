// Go's net parsers and printers as KubeVirt uses them (server/src/core/go/net.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ipString,
  isTo4,
  macString,
  parseCIDR,
  parseIP,
  parseIPSloppy,
  parseMAC,
  sanitizeCIDR,
  sanitizeIP,
} from '../../server/src/core/go/net';

test('Go IP parsing: strict vs sloppy, To4', () => {
  assert.equal(parseIP('010.0.0.1'), undefined);
  assert.ok(parseIP('010.0.0.1', true));
  assert.ok(isTo4(parseIP('1.2.3.4')));
  assert.ok(isTo4(parseIP('::ffff:1.2.3.4')));
  assert.ok(!isTo4(parseIP('2001:db8::1')));
  assert.ok(!isTo4(undefined));
  assert.equal(parseIP('1::2::3'), undefined);
  assert.equal(parseIP('1:2:3:4:5:6:7:8:9'), undefined);
  assert.ok(parseIP('1:2:3:4:5:6:7:8'));
  assert.equal(parseIP('1:2:3:4:5:6:7::8'), undefined); // the ellipsis must stand for a group
  assert.equal(parseIP('1.2.3.4%x'), undefined);
});

test('strict net.ParseIP: at most four hex digits per IPv6 group, no leading zero in IPv4', () => {
  assert.equal(parseIP('00001::'), undefined);
  assert.equal(parseIP('::ffff:01.2.3.4'), undefined);
  assert.ok(parseIP('0001::'));
  assert.ok(parseIP('0.0.0.0'));
});

test('sloppy IPv6 (k8s.io/utils forked Go 1.16 parser): any number of hex digits while the value fits 16 bits', () => {
  assert.equal(sanitizeIP('00001::'), '1::');
  assert.equal(sanitizeIP('0000000000000000ffff::1'), 'ffff::1');
  assert.equal(parseIPSloppy('10000::'), undefined);
  assert.ok(isTo4(parseIP('00001::', true)) === false);
});

test('sloppy IPv4: leading zeros are decimal, fields must be <= 255, exactly four', () => {
  assert.equal(sanitizeIP('010.001.000.009'), '10.1.0.9');
  assert.equal(sanitizeIP('0000000001.2.3.4'), '1.2.3.4');
  assert.equal(parseIPSloppy('256.1.1.1'), undefined);
  assert.equal(parseIPSloppy('1.2.3'), undefined);
  assert.equal(parseIPSloppy('1.2.3.4.'), undefined);
  assert.equal(parseIPSloppy(' 1.2.3.4'), undefined);
  assert.equal(parseIPSloppy('1234'), undefined);
});

test('IPv6 parse and Go canonical printing', () => {
  assert.equal(sanitizeIP('2001:DB8:0:0:1:0:0:1'), '2001:db8::1:0:0:1');
  assert.equal(sanitizeIP('2001:db8:0:1:1:1:1:1'), '2001:db8:0:1:1:1:1:1');
  assert.equal(sanitizeIP('::'), '::');
  assert.equal(sanitizeIP('::1'), '::1');
  assert.equal(sanitizeIP('1::'), '1::');
  assert.equal(sanitizeIP('::ffff:001.2.3.4'), '1.2.3.4');
  assert.equal(sanitizeIP('::1.2.3.4'), '::102:304');
  assert.equal(sanitizeIP('0:0:1:0:0:1:0:0'), '::1:0:0:1:0:0');
  assert.equal(sanitizeIP('1:0:2:3:4:5:6:7'), '1:0:2:3:4:5:6:7'); // a lone zero group stays
  assert.equal(sanitizeIP('not-an-ip'), 'not-an-ip');
  assert.equal(ipString(parseIP('10.0.0.1')!), '10.0.0.1');
  assert.equal(parseIPSloppy('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(parseIPSloppy('1::2::3'), undefined);
  assert.equal(parseIPSloppy('fe80::1%eth0'), undefined);
  assert.equal(parseIPSloppy('12345::'), undefined);
});

test('net.ParseCIDR / ParseCIDRSloppy', () => {
  assert.deepEqual(parseCIDR('10.0.2.0/24')?.prefix, 24);
  assert.equal(parseCIDR('10.0.2.0/24')?.bits, 32);
  assert.equal(parseCIDR('fd10:0:2::/120')?.bits, 128);
  assert.equal(parseCIDR('10.0.2.0/33'), undefined);
  assert.equal(parseCIDR('10.0.2.0'), undefined);
  assert.equal(parseCIDR('10.0.2.0/'), undefined);
  assert.equal(parseCIDR('10.0.2.0/+8'), undefined);
  assert.equal(parseCIDR('010.0.2.0/24'), undefined);
  assert.equal(parseCIDR('010.0.2.0/24', true)?.prefix, 24);
  assert.equal(parseCIDR('10.0.2.0/0000000024')?.prefix, 24); // Go's dtoi reads leading zeros in the length
  assert.equal(parseCIDR('fd10::/129'), undefined);
});

test("KubeVirt's sanitizeCIDR: ParseCIDRSloppy, address (host bits kept) in canonical text, prefix as a number", () => {
  assert.equal(sanitizeCIDR('10.10.010.7/24'), '10.10.10.7/24');
  assert.equal(sanitizeCIDR('0010.0.2.0/0024'), '10.0.2.0/24');
  assert.equal(sanitizeCIDR('FD10:0:2:0::/120'), 'fd10:0:2::/120');
  assert.equal(sanitizeCIDR('::ffff:10.0.2.0/120'), '10.0.2.0/120');
  assert.equal(sanitizeCIDR('10.0.2.0/33'), '10.0.2.0/33');
  assert.equal(sanitizeCIDR('junk'), 'junk');
});

test('Go net.ParseMAC and HardwareAddr.String()', () => {
  assert.equal(parseMAC('de:ad-00:00:be:af'), undefined); // mixed separators
  assert.equal(parseMAC('de:ad:00:00:be:a'), undefined);
  assert.equal(parseMAC('0de:ad:00:00:be:af'), undefined);
  assert.equal(parseMAC('de:ad:00:00:be:ag'), undefined);
  assert.equal(parseMAC('dead.0000.beaf.'), undefined);
  assert.deepEqual(parseMAC('00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01')?.length, 20);
  for (const mac of ['DE:AD:00:00:BE:AF', 'de-ad-00-00-be-af', 'dead.0000.beaf', 'DEAD.0000.BEAF']) {
    assert.equal(macString(parseMAC(mac)!), 'de:ad:00:00:be:af', mac);
  }
  assert.equal(macString(parseMAC('00-11-22-33-44-55-66-77')!), '00:11:22:33:44:55:66:77');
});
