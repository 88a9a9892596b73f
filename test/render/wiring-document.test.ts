import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWiringDocument } from '../../server/src/core/render/wiring-document';
import { analyze, fixture } from './helpers';
import { MASQ_IF, vmYaml } from '../helpers/manifests';

test('the wiring document has a section per VM with the overview table and full detail', () => {
  const a = fixture('001-masquerade-default');
  const b = fixture('026-multiple-multus-hashed');
  const c = fixture('032-passt-core-binding');
  const text = [a.text, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n', b.text, c.text].join('---\n');
  const md = renderWiringDocument(analyze(text), 'sample.yaml');
  assert.ok(md.startsWith('# Wiring — sample.yaml\n'));
  assert.ok(md.includes('## 1. VirtualMachineInstance `vmi-masq` (namespace `default`)'));
  assert.ok(md.includes('## 2. VirtualMachineInstance `vmi-multi`'));
  assert.ok(md.includes('## 3. VirtualMachineInstance `vmi-passt`'));
  assert.ok(!md.includes('ConfigMap'));
  // overview: one line per interface (reflows to a narrow preview)
  assert.ok(
    md.includes(
      '- `default` · masquerade on the pod network · pod `eth0` → bridge `k6t-eth0` → tap `tap0` · guest IPv4 `10.0.2.2/24` via `10.0.2.1` · IPv6 —',
    ),
    md,
  );
  assert.ok(
    md.includes('- `red` · bridge on the Multus network red-nad · pod `podb1f51a511f1` → bridge `k6t-b1f51a511f1` → tap `tapb1f51a511f1`'),
  );
  assert.ok(!md.includes('| interface | binding |'), 'no wide table');
  // per interface detail
  assert.ok(md.includes('### Interface `default` — masquerade on the pod network'));
  assert.ok(md.includes('1. `k6t-eth0` — bridge · up · MAC `02:00:00:00:00:00`'), md);
  assert.ok(md.includes('| `net/ipv4/ip_forward` | `1` |'));
  assert.ok(md.includes('| server identifier | 54 | `10.0.2.1` |'));
  assert.ok(md.includes('nft add rule ip nat KUBEVIRT_PREINBOUND counter dnat to 10.0.2.2'));
  assert.ok(md.includes('table ip nat {\n\tchain prerouting {'));
  assert.ok(md.includes('<interface type="ethernet"><source></source><target dev="tap0" managed="no"></target>'), 'compact XML');
  assert.ok(md.includes('<interface type="ethernet">\n  <source/>'), 'pretty XML');
  assert.ok(md.includes('| podInterfaceName | `eth0` |'));
  // pod annotations, pretty JSON for Multus
  assert.ok(md.includes('- `k8s.v1.cni.cncf.io/networks`:\n\n  ```json\n  [\n    {\n      "name": "red-nad",'));
  // passt: memory backing
  assert.ok(md.includes('**Domain memory backing**'));
  assert.ok(md.includes('<memoryBacking>\n  <source type="memfd"/>\n  <access mode="shared"/>\n</memoryBacking>'));
});

test('a rejected VM lists its admission errors; a file without VMs says so', () => {
  const text = vmYaml({ name: 'vm-rej', interfaces: [MASQ_IF], networks: [{ name: 'other', pod: {} }] });
  const md = renderWiringDocument(analyze(text), 'x.yaml');
  assert.ok(md.includes('## 1. VirtualMachine `vm-rej`'));
  assert.ok(md.includes('**Rejected**'));
  assert.ok(
    md.includes(
      "`spec.template.spec.domain.devices.interfaces[0].name`: spec.template.spec.domain.devices.interfaces\\[0\\].name 'default' not found.",
    ),
    md,
  );
  assert.ok(!md.includes('```nft'));
  assert.ok(renderWiringDocument(analyze('apiVersion: v1\nkind: ConfigMap\n'), 'y').includes('No KubeVirt VM resources'));
});
