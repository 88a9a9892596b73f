import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOf } from '../../server/src/core/diagram/build';
import { layoutDiagrams } from '../../server/src/core/diagram/layout';
import { diagramCss, diagramsSvg } from '../../server/src/core/render/diagram-svg';
import { parseSvg } from '../helpers/svg';
import { wireData, spec, POD, MASQ } from '../wiring/helpers';

async function svg(specs: Record<string, unknown>[], opts = {}): Promise<string> {
  const ds = specs.map((s, i) => diagramOf({ kind: 'VirtualMachineInstance', name: `vm${i}`, wiring: wireData(s) }));
  return diagramsSvg(await layoutDiagrams(ds), opts);
}

test('a standalone, well-formed SVG: one group per VM, each box with its real name, role and details as text', async () => {
  const text = await svg([spec([MASQ], [POD]), spec([{ name: 'default', passtBinding: {} }], [POD])]);
  const s = parseSvg(text);
  assert.deepEqual(s.vms, ['vm0', 'vm1']);
  assert.match(s.root.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/);
  const tap = s.boxes.find((b) => b.name === 'tap0')!;
  assert.deepEqual([tap.kind, tap.zone, tap.iface, tap.texts[0], tap.texts[1]], ['tap', 'pod', 'default', 'tap0', 'tap']);
  const nic = s.boxes.find((b) => b.kind === 'nic' && b.texts.includes('10.0.2.2/24 via 10.0.2.1'));
  assert.ok(nic, JSON.stringify(s.boxes));
  assert.ok(s.boxes.some((b) => b.kind === 'passt' && b.texts[0] === 'passt'));
  for (const t of [
    'VirtualMachineInstance vm0',
    'node side · CNI, Multus, SR-IOV',
    'virt-launcher pod · network namespace',
    'guest · libvirt domain',
  ]) {
    assert.ok(s.texts.includes(t), t);
  }
  // every box says what it is in words, not only by colour
  for (const b of s.boxes) assert.ok(b.texts[1] && b.texts[1].length > 2, JSON.stringify(b));
});

test('the style travels with the SVG: a light palette and a dark one, or none for a host that brings diagramCss()', async () => {
  const text = await svg([spec([MASQ], [POD])]);
  assert.ok(text.includes(`<style>${diagramCss()}</style>`));
  assert.match(diagramCss(), /@media \(prefers-color-scheme: dark\)\{\.vw-diagram\{--vw-bg:#0d1117;--vw-fg:#e6edf3/);
  assert.match(diagramCss(), /^\.vw-diagram\{--vw-bg:#ffffff;--vw-fg:#1f2328/);
  const bare = await svg([spec([MASQ], [POD])], { embedStyle: false });
  assert.ok(!bare.includes('<style>'));
  assert.doesNotThrow(() => parseSvg(bare));
});

test('names from the manifest are escaped: a NAD name with markup keeps the SVG well-formed and reads as written', async () => {
  const nad = 'x"><script>alert(1)<\\script>&amp;\'';
  const text = await svg([spec([MASQ, { name: 'blue', bridge: {} }], [POD, { name: 'blue', multus: { networkName: nad } }])]);
  assert.ok(!text.includes('<script>') && !text.includes("&amp;'"));
  const s = parseSvg(text);
  const box = s.boxes.find((b) => b.kind === 'nad')!;
  assert.equal(box.name, `default/${nad}`);
  assert.equal(box.texts[0], `default/${nad}`);
});

test('a very long NAD name is shortened in its box (the whole name stays in data-name)', async () => {
  const nad = 'n'.repeat(200);
  const s = parseSvg(await svg([spec([MASQ, { name: 'blue', bridge: {} }], [POD, { name: 'blue', multus: { networkName: nad } }])]));
  const box = s.boxes.find((b) => b.kind === 'nad')!;
  assert.equal(box.name, `default/${nad}`);
  assert.ok(box.texts[0]!.endsWith('…') && box.texts[0]!.length <= 48, box.texts[0]);
});

test('a VM that fails says why in its header; no VM at all still gives a valid SVG', async () => {
  const s = parseSvg(await svg([spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.0.0/31' } }])]));
  assert.ok(
    s.texts.some((t) => t.startsWith('fails at runtime (virt-handler): VM CIDR subnet is too small')),
    JSON.stringify(s.texts),
  );
  assert.deepEqual(s.boxes, []);
  const none = parseSvg(diagramsSvg([]));
  assert.deepEqual(none.vms, []);
});
