import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goQuote } from '../../../server/src/core/rules/net/go-fmt';
import { parseCIDR, parseIP, isTo4 } from '../../../server/src/core/rules/net/go-net';

test('goQuote follows strconv.Quote', () => {
  assert.equal(goQuote('sriovnet'), '"sriovnet"');
  assert.equal(goQuote('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(goQuote('\t\n\x01\x7f'), '"\\t\\n\\x01\\x7f"');
  assert.equal(goQuote('é\u00a0'), '"é\\u00a0"');
});

test('Go IP parsing: strict vs sloppy, To4', () => {
  assert.equal(parseIP('010.0.0.1'), undefined);
  assert.ok(parseIP('010.0.0.1', true));
  assert.ok(isTo4(parseIP('::ffff:1.2.3.4')));
  assert.ok(!isTo4(parseIP('2001:db8::1')));
  assert.equal(parseIP('1::2::3'), undefined);
  assert.equal(parseIP('1:2:3:4:5:6:7:8:9'), undefined);
  assert.ok(parseIP('1:2:3:4:5:6:7:8'));
  assert.deepEqual(parseCIDR('10.0.2.0/24')?.prefix, 24);
  assert.equal(parseCIDR('10.0.2.0/33'), undefined);
  assert.equal(parseCIDR('10.0.2.0'), undefined);
});
