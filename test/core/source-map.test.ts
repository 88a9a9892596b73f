import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlDocument, spanFor, pathAt, locate } from '../../server/src/core/parse/document';

const src = `spec:
  networks:
  - name: default   # the pod network
    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`;
const doc = parseYamlDocument(src);
const text = (s: { start: number; end: number }): string => src.slice(s.start, s.end);

test('spanFor highlights the key by default and the value on request', () => {
  assert.equal(text(spanFor(doc, ['spec', 'networks', 1, 'name'])), 'name');
  assert.equal(text(spanFor(doc, ['spec', 'networks', 1, 'name'], 'value')), 'blue');
  assert.equal(text(spanFor(doc, ['spec', 'networks', 1, 'multus', 'networkName'], 'value')), 'blue-nad');
});

test('a flow collection value is highlighted whole', () => {
  assert.equal(text(spanFor(doc, ['spec', 'networks', 0, 'pod'], 'value')), '{}');
});

test('a missing path falls back to its deepest existing ancestor', () => {
  assert.equal(text(spanFor(doc, ['spec', 'networks', 1, 'multus', 'default'])), 'multus');
  assert.equal(locate(doc, ['spec', 'networks', 7]).depth, 2);
});

test('a block collection is underlined on its first line only', () => {
  const s = spanFor(doc, ['spec', 'networks', 1]);
  assert.equal(text(s), 'name: blue');
});

test('pathAt finds the key or value under an offset', () => {
  const off = src.indexOf('blue-nad') + 2;
  assert.deepEqual(pathAt(doc, off), { path: ['spec', 'networks', 1, 'multus', 'networkName'], part: 'value' });
  const k = src.indexOf('networkName');
  assert.deepEqual(pathAt(doc, k), { path: ['spec', 'networks', 1, 'multus', 'networkName'], part: 'key' });
});
