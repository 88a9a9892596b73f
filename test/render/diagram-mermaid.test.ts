import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramOf } from '../../server/src/core/diagram/build';
import { diagramsMermaid } from '../../server/src/core/render/diagram-mermaid';
import { parseFlowchart } from '../helpers/mermaid';
import { wireData, spec, POD, MASQ } from '../wiring/helpers';

const mermaid = (specs: Record<string, unknown>[]): string =>
  diagramsMermaid(specs.map((s, i) => diagramOf({ kind: 'VirtualMachineInstance', name: `vm${i}`, wiring: wireData(s) })));

test('a flowchart: one subgraph per VM with its three zones, a node per hop with name, role and details, the edges', () => {
  const f = parseFlowchart(mermaid([spec([{ ...MASQ, ports: [{ port: 80 }] }], [POD])]));
  assert.equal(f.subgraphs.get('vm0_vm'), 'VirtualMachineInstance vm0');
  assert.deepEqual([...f.subgraphs.keys()], ['vm0_vm', 'vm0_node', 'vm0_pod', 'vm0_guest']);
  const labels = [...f.nodes.values()];
  assert.ok(labels.includes('k6t-eth0\nbridge\n10.0.2.1/24\nMAC 02:00:00:00:00:00\nDHCP server → 10.0.2.2'), JSON.stringify(labels));
  assert.ok(labels.includes('nftables NAT\nmasquerade · table ip nat\ntcp 80 → 10.0.2.2\nguest → masquerade via eth0'));
  const byLabel = (first: string) => [...f.nodes].find(([, l]) => l.split('\n')[0] === first)![0];
  const chain = ['pod network', 'eth0', 'nftables NAT', 'k6t-eth0', 'tap0', 'ua-default'].map(byLabel);
  for (let i = 0; i + 1 < chain.length; i++)
    assert.ok(
      f.edges.some((e) => e.from === chain[i] && e.to === chain[i + 1]),
      `${i}`,
    );
  assert.equal(f.edges.find((e) => e.from === chain[1])!.label, 'DNAT');
});

test('labels cannot break out: quotes, markup, pipes, # and % (directives) in names are entity codes', () => {
  const nad = 'a"b<i>c|d#e`f %%{init: {}}%%';
  const src = mermaid([spec([MASQ, { name: 'blue', bridge: {} }], [POD, { name: 'blue', multus: { networkName: nad } }])]);
  assert.ok(!src.includes('%%'), src);
  const f = parseFlowchart(src);
  assert.ok(
    [...f.nodes.values()].some((l) => l.startsWith(`default/${nad}\n`)),
    src,
  );
});

test('several VMs keep their ids apart; a VM that fails is a node saying why', () => {
  const f = parseFlowchart(mermaid([spec([MASQ], [POD]), spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.0.0/31' } }])]));
  assert.ok(f.subgraphs.has('vm1_vm'));
  assert.match(f.nodes.get('vm1_problem0')!, /^fails at runtime \(virt-handler\): VM CIDR subnet is too small/);
  assert.equal(parseFlowchart(diagramsMermaid([])).nodes.size, 1);
});
