import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDocuments } from '../../server/src/core/parse/split';

const texts = (t: string): string[] => splitDocuments(t).map((c) => t.slice(c.start, c.end));

test('one document without markers', () => {
  assert.deepEqual(texts('a: 1\nb: 2\n'), ['a: 1\nb: 2\n']);
});

test('documents split at --- and leading comments join the first', () => {
  assert.deepEqual(texts('# head\n---\na: 1\n---\nb: 2\n'), ['# head\n---\na: 1\n', '---\nb: 2\n']);
});

test('content then marker', () => {
  assert.deepEqual(texts('a: 1\n---\nb: 2'), ['a: 1\n', '---\nb: 2']);
});

test('... does not split: kubectl splits only at --- (go-yaml then reads up to the ...)', () => {
  assert.deepEqual(texts('a: 1\n...\nb: 2\n---\nc: 3\n'), ['a: 1\n...\nb: 2\n', '---\nc: 3\n']);
});

test('a --- inside a value is not a marker', () => {
  assert.deepEqual(texts('a: |\n  ---x\n  text\n'), ['a: |\n  ---x\n  text\n']);
});

test('chunks cover the whole file without gaps', () => {
  const t = '# c\n---\na: 1\n---\n---\nb: 2\n# tail\n';
  const cs = splitDocuments(t);
  assert.equal(cs[0]!.start, 0);
  assert.equal(cs[cs.length - 1]!.end, t.length);
  for (let i = 1; i < cs.length; i++) assert.equal(cs[i]!.start, cs[i - 1]!.end);
  assert.equal(cs.length, 3);
});

test('empty text is one empty document', () => {
  assert.deepEqual(texts(''), ['']);
});
