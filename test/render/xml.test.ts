import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeAttr, goXml, prettyXml } from '../../server/src/core/render/xml';
import { el } from '../../server/src/core/wiring/xml';

const IFACE = el(
  'interface',
  [['type', 'ethernet']],
  [
    el('source'),
    el('target', [
      ['dev', 'tap0'],
      ['managed', 'no'],
    ]),
    el('model', [['type', 'virtio-non-transitional']]),
    el('mac', [['address', 'fromPod:mac']]),
    el('boot', [
      ['order', 2],
      ['absent', undefined],
    ]),
    el('alias', [['name', 'ua-default']]),
  ],
);

test('Go compact form: explicit end tags, attributes in order, runtime values as placeholders', () => {
  assert.equal(
    goXml(IFACE),
    '<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target><model type="virtio-non-transitional"></model>' +
      '<mac address="{{fromPod:mac}}"></mac><boot order="2"></boot><alias name="ua-default"></alias></interface>',
  );
});

test('pretty form: indented, empty elements self-closed; several top-level elements', () => {
  assert.equal(
    prettyXml(IFACE),
    [
      '<interface type="ethernet">',
      '  <source/>',
      '  <target dev="tap0" managed="no"/>',
      '  <model type="virtio-non-transitional"/>',
      '  <mac address="{{fromPod:mac}}"/>',
      '  <boot order="2"/>',
      '  <alias name="ua-default"/>',
      '</interface>',
    ].join('\n'),
  );
  const nested = el('hostdev', [['type', 'pci']], [el('source', [], [el('address', [['bus', '0x81']])])]);
  assert.equal(
    prettyXml([nested, el('b', [['x', 1]])]),
    '<hostdev type="pci">\n  <source>\n    <address bus="0x81"/>\n  </source>\n</hostdev>\n<b x="1"/>',
  );
});

test('attribute escaping like Go xml.EscapeString, in both forms', () => {
  assert.equal(escapeAttr(`a"b'c<d>&e\tf\ng\rh`), 'a&#34;b&#39;c&lt;d&gt;&amp;e&#x9;f&#xA;g&#xD;h');
  assert.equal(escapeAttr('\u0001'), '\uFFFD');
  assert.equal(escapeAttr('a\u{1F600}b'), 'a\u{1F600}b', 'a surrogate pair is one valid character');
  assert.equal(escapeAttr('a\uD800b\uFFFE'), 'a\uFFFDb\uFFFD', 'lone surrogates and U+FFFE are not');
  assert.equal(escapeAttr('plain-0x81'), 'plain-0x81');
  assert.equal(goXml(el('source', [['dev', 'a"b']])), '<source dev="a&#34;b"></source>');
  assert.equal(prettyXml(el('source', [['dev', 'a<b']])), '<source dev="a&lt;b"/>');
});
