// Go's fmt as KubeVirt's messages print values, and the zero-value readers (server/src/core/go/fmt.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goLen, goQuote, goString, goStringSlice, isSet, list, num, obj, present, str } from '../../server/src/core/go/fmt';

test('goQuote follows strconv.Quote', () => {
  assert.equal(goQuote('sriovnet'), '"sriovnet"');
  assert.equal(goQuote('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(goQuote('\t\n\x01\x7f'), '"\\t\\n\\x01\\x7f"');
  assert.equal(goQuote('tab\there\n'), '"tab\\there\\n"');
  assert.equal(goQuote('é\u00a0'), '"é\\u00a0"');
  assert.equal(goQuote('\x01é\u00a0'), '"\\x01é\\u00a0"');
  assert.equal(goQuote('\x07\b\f\r\v'), '"\\a\\b\\f\\r\\v"');
  assert.equal(goQuote('a b'), '"a b"'); // the ASCII space is printable
  assert.equal(goQuote('\u2028\ufeff'), '"\\u2028\\ufeff"');
  assert.equal(goQuote('\u{1F600}\u{E0001}'), '"\u{1F600}\\U000e0001"');
  assert.equal(goQuote('\ud800'), '"\\ufffd"');
});

test('%v of a []string, len() in bytes', () => {
  assert.equal(goStringSlice(['a', '', 'b']), '[a  b]');
  assert.equal(goStringSlice([]), '[]');
  assert.equal(goStringSlice(['Always', 1, true]), '[Always 1 true]');
  assert.equal(goLen('é'), 2);
});

test('zero-value readers', () => {
  assert.equal(str(5), '');
  assert.equal(str('x'), 'x');
  assert.equal(goString(null), '');
  assert.equal(goString(5), '5');
  assert.equal(num('5'), 0);
  assert.equal(num(Infinity), 0);
  assert.equal(obj([]), undefined);
  assert.equal(isSet(null), false);
  assert.equal(isSet({}), true);
  assert.equal(present({ a: null }, 'a'), false);
  assert.equal(present({ a: {} }, 'a'), true);
  assert.equal(present('x', 'a'), false);
  assert.equal(list({}), null);
});
