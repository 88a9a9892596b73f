import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYamlDocument, pathAt, spanFor, locate } from '../../server/src/core/parse/document';
import { buildSourceIndex, IndexedSource } from '../../server/src/core/parse/source-index';
import { FIXTURES } from '../helpers/paths';
import type { Segment } from '../../server/src/core/types';

// The source index must answer exactly as the syntax tree does (it stands in for it on hover).
const texts = [
  ...fs
    .readdirSync(path.join(FIXTURES, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => fs.readFileSync(path.join(FIXTURES, 'examples', f), 'utf8').split(/^---$/m)[0]!),
  'spec:\n  networks: [{name: a, pod: {}}, {name: b, multus: {networkName: x}}]\n  domain: {devices: {interfaces: []}}\n',
  'a:\n- - x\n  - y\n- {b: 1}\nc: |\n  text\n  more\nd: ~\n',
];

function allPaths(doc: ReturnType<typeof parseYamlDocument>, text: string): Segment[][] {
  const out: Segment[][] = [];
  for (let o = 0; o <= text.length; o++) {
    const at = pathAt(doc, o);
    if (at) out.push(at.path);
  }
  return out;
}

test('pathAt: same answer as the syntax tree at every offset', () => {
  for (const text of texts) {
    const doc = parseYamlDocument(text);
    const idx = new IndexedSource(text, buildSourceIndex(doc));
    for (let o = 0; o <= text.length; o++) assert.deepEqual(idx.pathAt(o), pathAt(doc, o), `offset ${o} of ${text.slice(0, 40)}`);
  }
});

test('spanFor: same range as the syntax tree, for existing and missing paths, key and value', () => {
  for (const text of texts) {
    const doc = parseYamlDocument(text);
    const idx = new IndexedSource(text, buildSourceIndex(doc));
    const paths = allPaths(doc, text);
    for (const p of [...paths, ...paths.map((x) => [...x, 'missing']), ['nothing', 0], []]) {
      for (const part of ['key', 'value'] as const)
        assert.deepEqual(idx.spanFor(p, part), spanFor(doc, p, part), `${JSON.stringify(p)} ${part}`);
    }
  }
});

test('itemStarts: the start of every item of a sequence', () => {
  const text = texts[texts.length - 2]!;
  const doc = parseYamlDocument(text);
  const idx = new IndexedSource(text, buildSourceIndex(doc));
  const loc = locate(doc, ['spec', 'networks']);
  const items = (loc.node as unknown as { items: { range: number[] }[] }).items.map((i) => i.range[0]);
  assert.deepEqual(idx.itemStarts(['spec', 'networks']), items);
  assert.equal(idx.itemStarts(['spec', 'domain']), undefined);
});

test('the index is plain data (it crosses a worker boundary)', () => {
  const doc = parseYamlDocument(texts[0]!);
  const idx = buildSourceIndex(doc);
  const copy = structuredClone(idx);
  assert.deepEqual(new IndexedSource(texts[0]!, copy).pathAt(10), new IndexedSource(texts[0]!, idx).pathAt(10));
});
