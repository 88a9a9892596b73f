import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIPSloppy, sanitizeIP } from '../../../server/src/core/rules/spec/ip-sloppy';
import { goQuote, goStringSlice } from '../../../server/src/core/rules/spec/go-fmt';

test('sloppy IPv4: leading zeros are decimal, fields must be <= 255, exactly four', () => {
  assert.equal(sanitizeIP('010.001.000.009'), '10.1.0.9');
  assert.equal(sanitizeIP('0000000001.2.3.4'), '1.2.3.4');
  assert.equal(parseIPSloppy('256.1.1.1'), null);
  assert.equal(parseIPSloppy('1.2.3'), null);
  assert.equal(parseIPSloppy('1.2.3.4.'), null);
  assert.equal(parseIPSloppy(' 1.2.3.4'), null);
  assert.equal(parseIPSloppy('1234'), null);
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
  assert.equal(parseIPSloppy('1:2:3:4:5:6:7:8:9'), null);
  assert.equal(parseIPSloppy('1::2::3'), null);
  assert.equal(parseIPSloppy('fe80::1%eth0'), null);
  assert.equal(parseIPSloppy('12345::'), null);
});

test('Go fmt: %q and %v of []string', () => {
  assert.equal(goQuote('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(goQuote('tab\there\n'), '"tab\\there\\n"');
  assert.equal(goQuote('\x01é\u00a0'), '"\\x01é\\u00a0"');
  assert.equal(goStringSlice(['a', '', 'b']), '[a  b]');
});
