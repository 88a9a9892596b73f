import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlDocument, toPlain } from '../../server/src/core/parse/document';

const value = (src: string): unknown => (toPlain(parseYamlDocument(`v: ${src}\n`)) as { v: unknown }).v;

test('YAML 1.1 booleans resolve as kubectl (go-yaml v2) sees them', () => {
  for (const t of ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']) assert.equal(value(t), true, t);
  for (const f of ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']) assert.equal(value(f), false, f);
  assert.equal(value('yEs'), 'yEs');
});

test('null forms', () => {
  for (const n of ['~', 'null', 'Null', 'NULL', '']) assert.equal(value(n), null, JSON.stringify(n));
});

test('integers: hex, leading-0 octal, 0o octal, binary and underscores', () => {
  assert.equal(value('0x1F'), 31);
  assert.equal(value('0755'), 493);
  assert.equal(value('0o17'), 15);
  assert.equal(value('0b101'), 5);
  assert.equal(value('1_000'), 1000);
  assert.equal(value('-42'), -42);
});

test('no base-60: a MAC address stays a string', () => {
  assert.equal(value('02:00:00:00:00:01'), '02:00:00:00:00:01');
  assert.equal(value('190:20:30'), '190:20:30');
});

test('no timestamps: dates stay strings', () => {
  assert.equal(value('2001-12-14'), '2001-12-14');
});

test('quoted scalars stay strings', () => {
  assert.equal(value('"no"'), 'no');
  assert.equal(value("'0755'"), '0755');
});

test('duplicate keys are errors on the second key', () => {
  const doc = parseYamlDocument('a: 1\nb: 2\na: 3\n');
  assert.equal(doc.problems.length, 1);
  assert.equal(doc.problems[0]!.code, 'YAML-DUPKEY');
  assert.equal(doc.problems[0]!.span.start, 10);
  assert.equal(doc.problems[0]!.span.end, 11);
  assert.match(doc.problems[0]!.message, /duplicate key "a"/);
});

test('syntax errors are reported, not thrown', () => {
  const doc = parseYamlDocument('a: [1, 2\nb: }\n');
  assert.ok(doc.problems.length > 0);
  assert.equal(doc.problems[0]!.code, 'YAML-SYNTAX');
});

test('floats need digits before the exponent, as in go-yaml (e1000 is a model name, not a number)', () => {
  assert.equal(value('e1000'), 'e1000');
  assert.equal(value('e1000e'), 'e1000e');
  assert.equal(value('1e3'), 1000);
  assert.equal(value('1.5'), 1.5);
  assert.equal(value('.5'), 0.5);
  assert.equal(value('-2.5e-1'), -0.25);
  assert.equal(value('.inf'), Infinity);
  assert.equal(value('.'), '.');
});
