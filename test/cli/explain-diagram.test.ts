// The "must show": explain --format svg | mermaid on a file with a masquerade + Multus-bridge VM and a
// passtBinding + SR-IOV VM names every hop. The names expected are read from explain's own JSON (the wiring
// records), so the test checks that the picture shows what the wiring computed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { E2E_FIXTURES } from '../helpers/paths';
import { runCli } from '../helpers/run-cli';
import { parseSvg } from '../helpers/svg';
import { parseFlowchart } from '../helpers/mermaid';

const FILE = path.join(E2E_FIXTURES, 'vm-diagram.yaml');

interface JsonIface {
  name: string;
  binding: string;
  podInterface: string | null;
  bridge: string | null;
  tap: string | null;
}

function wiring(): { name: string; interfaces: JsonIface[] }[] {
  const r = runCli(['explain', '--format', 'json', FILE]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout).resources;
}

/** What both pictures must name, per VM. */
function expectedNames(): string[] {
  const res = wiring();
  assert.deepEqual(
    res.map((r) => r.interfaces.map((i) => i.binding)),
    [
      ['masquerade', 'bridge'],
      ['passtBinding', 'sriov'],
    ],
  );
  const names = ['eth0', 'k6t-eth0', 'tap0', '10.0.2.2', 'demo/storage-nad', 'sriov/sriov-nad', 'passt'];
  for (const i of res.flatMap((r) => r.interfaces)) for (const n of [i.podInterface, i.bridge, i.tap]) if (n) names.push(n);
  assert.ok(
    names.some((n) => /^pod[0-9a-f]{11}$/.test(n)),
    JSON.stringify(names),
  );
  return names;
}

test('explain --format svg: one well-formed standalone SVG naming every hop of both VMs', () => {
  const r = runCli(['explain', '--format', 'svg', FILE]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const svg = parseSvg(r.stdout);
  assert.deepEqual(svg.vms, ['web', 'fast']);
  const all = svg.texts.join('\n');
  for (const n of expectedNames()) assert.ok(all.includes(n), `${n} is not in the SVG's text`);
  // each Multus pod interface next to its own bridge and tap
  for (const i of wiring()
    .flatMap((x) => x.interfaces)
    .filter((x) => x.podInterface?.startsWith('pod'))) {
    const mine = svg.boxes
      .filter((b) => b.iface === i.name)
      .flatMap((b) => b.texts)
      .join('\n');
    for (const n of [i.podInterface, i.bridge, i.tap]) if (n) assert.ok(mine.includes(n), `${n} in the boxes of ${i.name}`);
  }
  assert.ok(svg.boxes.some((b) => b.kind === 'passt' && b.iface === 'default'));
  assert.ok(svg.boxes.some((b) => b.kind === 'hostdev' && b.name === 'ua-sriov-sriov-net'));
  assert.ok(svg.boxes.some((b) => b.kind === 'nic' && b.texts.includes('10.0.2.2/24 via 10.0.2.1')));
});

test('explain --format mermaid: a flowchart naming the same hops', () => {
  const r = runCli(['explain', '--format', 'mermaid', FILE]);
  assert.equal(r.code, 0, r.stderr);
  const f = parseFlowchart(r.stdout);
  const all = [...f.nodes.values()].join('\n');
  for (const n of expectedNames()) assert.ok(all.includes(n), `${n} is not in the flowchart`);
  assert.deepEqual(
    [...f.subgraphs.values()].filter((s) => s.startsWith('Virtual')).map((s) => s.split('\n')[0]),
    ['VirtualMachine web', 'VirtualMachineInstance fast'],
  );
});

test('explain --format: an unknown format is a usage error naming the formats', () => {
  const r = runCli(['explain', '--format', 'png', FILE]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown format "png" \(one of text, json, svg, mermaid\)/);
});
