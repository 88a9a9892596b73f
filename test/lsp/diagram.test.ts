// The wiring diagram over LSP: any client can ask `virtwire.wiringDiagram` for the SVG of the VM at a position;
// the answer follows the position from one VM to the next and the text after an edit; hovers link to the
// client's own diagram command only when the client names one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withClient, type TestClient } from '../helpers/lsp-client';
import { E2E_FIXTURES } from '../helpers/paths';
import { parseSvg } from '../helpers/svg';
import { parseFlowchart } from '../helpers/mermaid';
import { MAX_INTERFACES, type DiagramAnswer } from '../../server/src/lsp/diagram';
import { MEMORY, vmiYaml } from '../helpers/manifests';

const file = path.join(E2E_FIXTURES, 'vm-diagram.yaml');
const text = fs.readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const lines = text.split('\n');
const lineOf = (s: string): number => lines.findIndex((l) => l.includes(s));

type Answer = DiagramAnswer;

const diagram = (c: TestClient, args: unknown[]): Promise<Answer | null> =>
  c.request<Answer | null>('workspace/executeCommand', { command: 'virtwire.wiringDiagram', arguments: args });

test('virtwire.wiringDiagram: the VM at the position, as SVG (style apart) and Mermaid', async () => {
  await withClient(async (c) => {
    const init = await c.initialize();
    assert.deepEqual((init.capabilities.executeCommandProvider as { commands: string[] }).commands, [
      'virtwire.wiringDocument',
      'virtwire.wiringDiagram',
    ]);
    c.open(uri, text);
    const first = (await diagram(c, [uri, { line: lineOf('masquerade'), character: 16 }]))!;
    assert.deepEqual([first.count, first.index, first.kind, first.name], [2, 0, 'VirtualMachine', 'web']);
    assert.equal(first.startLine, 0);
    assert.equal(lines[first.endLine + 1], '---');
    const svg = parseSvg(first.svg);
    assert.deepEqual(svg.vms, ['web']);
    assert.ok(svg.texts.includes('k6t-eth0') && svg.texts.includes('tap0'));
    assert.ok(!first.svg.includes('<style>'), 'the style sheet travels apart (css)');
    assert.match(first.css, /\.vw-diagram\{/);
    assert.ok([...parseFlowchart(first.mermaid).nodes.values()].some((l) => l.startsWith('k6t-eth0\n')));

    const second = (await diagram(c, [uri, { line: lineOf('sriov: {}'), character: 10 }]))!;
    assert.deepEqual([second.index, second.kind, second.name], [1, 'VirtualMachineInstance', 'fast']);
    const s2 = parseSvg(second.svg);
    assert.ok(s2.boxes.some((b) => b.kind === 'hostdev' && b.name === 'ua-sriov-sriov-net'));
    assert.ok(s2.boxes.some((b) => b.kind === 'passt'));
    assert.equal(second.endLine, lines.length - 2);

    // no position: the first VM; with embedStyle: the SVG carries its own <style>
    const whole = (await diagram(c, [uri, null, { embedStyle: true }]))!;
    assert.equal(whole.name, 'web');
    assert.ok(whole.svg.includes('<style>'));
    // direction down (the editor's side panel): taller than wide, the wide one the other way round
    const size = (svg: string) => /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number) as [number, number];
    const [w, h] = size((await diagram(c, [uri, null, { direction: 'down' }]))!.svg);
    const [rw, rh] = size(whole.svg);
    assert.ok(h > w && rw > rh, `down ${w}x${h}, right ${rw}x${rh}`);
  });
});

test('virtwire.wiringDiagram redraws after an edit; unknown documents and odd arguments get null or nothing drawn', async () => {
  await withClient(async (c) => {
    await c.initialize();
    c.open(uri, text);
    const at = { line: lineOf('sriov/sriov-nad'), character: 10 };
    const before = (await diagram(c, [uri, at]))!;
    assert.ok(parseSvg(before.svg).boxes.some((b) => b.name === 'sriov/sriov-nad'));
    const col = lines[at.line]!.indexOf('sriov/sriov-nad');
    c.change(uri, 2, [
      {
        range: { start: { line: at.line, character: col }, end: { line: at.line, character: col + 'sriov/sriov-nad'.length } },
        text: 'sriov/fast-vfs',
      },
    ]);
    const after = (await diagram(c, [uri, at]))!;
    const boxes = parseSvg(after.svg).boxes;
    assert.ok(
      boxes.some((b) => b.kind === 'vf' && b.name === 'sriov/fast-vfs'),
      JSON.stringify(boxes.map((b) => b.name)),
    );
    assert.ok(!boxes.some((b) => b.name === 'sriov/sriov-nad'));

    // a VM with more interfaces than the editor draws: the first 32, and a note
    const many = 'file:///many.yaml';
    const ifaces = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, bridge: {} }));
    const nets = ifaces.map((x) => ({ name: x.name, multus: { networkName: `nad-${x.name}` } }));
    c.open(many, vmiYaml({ name: 'many', interfaces: ifaces, networks: nets, extraSpec: { domain: MEMORY } }));
    const big = parseSvg((await diagram(c, [many]))!.svg);
    assert.equal(new Set(big.boxes.map((b) => b.iface)).size, MAX_INTERFACES);
    assert.ok(big.texts.includes('8 more interfaces after the first 32 not drawn (virtwire explain --format svg draws them all)'));

    assert.equal(await diagram(c, ['file:///nowhere.yaml', at]), null);
    assert.equal(await diagram(c, [42, 'x']), null);
    const plain = 'file:///plain.yaml';
    c.open(plain, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    const none = (await diagram(c, [plain, { line: -3, character: 1.5 }]))!;
    assert.deepEqual([none.count, none.index], [0, -1]);
    assert.deepEqual(parseSvg(none.svg).vms, []);
  });
});

test("hovers link to the client's diagram command, with the document and position, only when the client has one", async () => {
  const hoverText = async (c: TestClient): Promise<string> => {
    c.open(uri, text);
    const pos = { line: lineOf('- name: storage'), character: 22 };
    const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: pos });
    return h!.contents.value;
  };
  await withClient(async (c) => {
    await c.initialize({ initializationOptions: { diagramCommand: 'virtwire.showWiringDiagram' } });
    const v = await hoverText(c);
    const m = /\[Show wiring diagram\]\(command:virtwire\.showWiringDiagram\?([^ )]+) "[^"]*"\)$/.exec(v);
    assert.ok(m, v.slice(-300));
    assert.deepEqual(JSON.parse(decodeURIComponent(m[1]!)), [uri, { line: lineOf('- name: storage'), character: 22 }]);
  });
  await withClient(async (c) => {
    await c.initialize({ initializationOptions: { diagramCommand: 'x) [click](https://example.com' } });
    assert.ok(!(await hoverText(c)).includes('command:'));
  });
  await withClient(async (c) => {
    await c.initialize();
    assert.ok(!(await hoverText(c)).includes('Show wiring diagram'));
  });
});
