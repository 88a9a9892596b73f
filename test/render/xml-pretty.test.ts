import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prettyXml } from '../../server/src/core/render/xml-pretty';

test('indents compact Go XML and self-closes empty elements', () => {
  const xml =
    '<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target><model type="virtio-non-transitional"></model>' +
    '<mac address="{{fromPod:mac}}"></mac><alias name="ua-default"></alias><rom enabled="no"></rom></interface>';
  assert.equal(
    prettyXml(xml),
    [
      '<interface type="ethernet">',
      '  <source/>',
      '  <target dev="tap0" managed="no"/>',
      '  <model type="virtio-non-transitional"/>',
      '  <mac address="{{fromPod:mac}}"/>',
      '  <alias name="ua-default"/>',
      '  <rom enabled="no"/>',
      '</interface>',
    ].join('\n'),
  );
});

test('nests deeper elements and keeps text content inline', () => {
  const xml =
    '<hostdev type="pci" managed="no"><source><address type="pci" domain="0x0000" bus="0x81" slot="0x00" function="0x1"></address></source><alias name="ua-sriov-x"></alias></hostdev>';
  assert.equal(
    prettyXml(xml),
    '<hostdev type="pci" managed="no">\n  <source>\n    <address type="pci" domain="0x0000" bus="0x81" slot="0x00" function="0x1"/>\n  </source>\n  <alias name="ua-sriov-x"/>\n</hostdev>',
  );
  assert.equal(prettyXml('<a><b>text &amp; more</b></a>'), '<a>\n  <b>text &amp; more</b>\n</a>');
});

test('several top-level elements, and unreadable input returned unchanged', () => {
  assert.equal(prettyXml('<a></a><b x="1"></b>'), '<a/>\n<b x="1"/>');
  assert.equal(prettyXml('<a><b></a>'), '<a><b></a>');
  assert.equal(prettyXml('not xml'), 'not xml');
});
