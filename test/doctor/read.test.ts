import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { readDump } from '../../server/src/core/doctor/dump/read';
import { splitSections, detectKind, tryJson } from '../../server/src/core/doctor/dump/sections';
import { parseNetworkStatus } from '../../server/src/core/doctor/dump/network-status';
import { selectSubject } from '../../server/src/core/doctor/subject';
import { healthy, healthyIpAddr, podOf, vmiOf } from './helpers';

test('content detection: Kubernetes YAML/JSON, ip addr vs ip link, nft, domain XML', () => {
  const kind = (t: string) => detectKind(t, tryJson(t));
  assert.equal(kind('apiVersion: v1\nkind: Pod\n'), 'k8s');
  assert.equal(kind('{"apiVersion":"v1","kind":"List","items":[]}'), 'k8s');
  assert.equal(kind(JSON.stringify(healthyIpAddr())), 'ip-addr');
  assert.equal(kind('[{"ifindex":1,"ifname":"lo","flags":[],"mtu":65536}]'), 'ip-link');
  assert.equal(kind('{"nftables":[{"metainfo":{"json_schema_version":1}}]}'), 'nft');
  assert.equal(kind("<domain type='kvm' id='1'>\n<name>default_x</name></domain>"), 'domxml');
});

test('marker lines split one input into sections of declared kinds', () => {
  const text = `# virtwire: ip-link\n[{"ifname":"eth0","flags":["UP"],"mtu":1400}]\n# virtwire: domxml\n<domain><devices/></domain>\n`;
  const { sections, unknownMarkers } = splitSections(text);
  assert.deepEqual(
    sections.map((s) => s.declared),
    ['ip-link', 'domxml'],
  );
  assert.deepEqual(unknownMarkers, []);
  const dump = readDump([{ file: 'all.txt', text }]);
  assert.equal(dump.ipLink?.[0]?.ifname, 'eth0');
  assert.equal(dump.domain?.name, 'domain');
  assert.deepEqual(dump.problems, []);
});

test('kind: List and multi-document YAML both yield the objects, with their origins', () => {
  const list = healthy();
  const multi = list.items.map((o: object) => stringify(o)).join('---\n');
  const a = readDump([{ file: 'list.yaml', text: stringify(list) }]);
  const b = readDump([{ file: 'a.yaml', text: multi }]);
  assert.deepEqual(
    a.objects.map((o) => o.value.kind),
    ['VirtualMachineInstance', 'Pod'],
  );
  assert.deepEqual(
    a.objects.map((o) => o.origin.base),
    [
      ['items', 0],
      ['items', 1],
    ],
  );
  assert.deepEqual(
    b.objects.map((o) => [o.origin.document, o.origin.base]),
    [
      [0, []],
      [1, []],
    ],
  );
});

test('inputs in any order; bad inputs are reported and the rest is used', () => {
  const list = healthy();
  const dump = readDump([
    { file: 'ip.json', text: JSON.stringify(healthyIpAddr()) },
    { file: 'pod.yaml', text: stringify(podOf(list)) },
    { file: 'broken.xml', text: '<domain><devices>' },
    { file: 'vmi.json', text: JSON.stringify(vmiOf(list)) },
    { file: 'odd.txt', text: '# virtwire: bogus\nfoo: [\n' },
  ]);
  assert.equal(dump.objects.length, 2);
  assert.ok(dump.ipAddr);
  assert.ok(dump.problems.some((p) => p.input === 2 && /domain XML/.test(p.message)));
  assert.ok(dump.problems.some((p) => p.input === 4 && /unknown "# virtwire: bogus"/.test(p.message)));
  assert.ok(selectSubject(dump).ok);
});

test("network-status: KubeVirt's test shapes parse (pkg/network/controllers/vmi_test.go)", () => {
  const r = parseNetworkStatus(
    '[{"name":"k8s-pod-network","ips":["10.244.196.146","fd10:244::c491"],"default":true,"dns":{}},' +
      '{"name":"meganet","interface":"pod7e0055a6880","mac":"8a:37:d9:e7:0f:18","dns":{}}]',
  );
  assert.ok(r.ok);
  assert.deepEqual(r.entries[0], { name: 'k8s-pod-network', ips: ['10.244.196.146', 'fd10:244::c491'], default: true, gateway: [] });
  assert.equal(r.entries[1]!.interface, 'pod7e0055a6880');
  assert.equal(parseNetworkStatus('{}').ok, false);
});

test('the launcher pod is found by vm.kubevirt.io/name when the uid label is absent, and by activePods during a migration', () => {
  const list = healthy();
  const pod = podOf(list);
  delete pod.metadata.labels['kubevirt.io/created-by'];
  let sel = selectSubject(readDump([{ file: 'd', text: stringify(list) }]));
  assert.ok(sel.ok && sel.subject.podMatchedBy === 'label vm.kubevirt.io/name');

  const list2 = healthy();
  const target = structuredClone(podOf(list2));
  target.metadata.name = 'virt-launcher-testvmi-target';
  target.metadata.uid = '11111111-2222-3333-4444-555555555555';
  list2.items.splice(1, 0, target);
  sel = selectSubject(readDump([{ file: 'd', text: stringify(list2) }]));
  assert.ok(sel.ok);
  assert.equal((sel.subject.pod!.value.metadata as { name: string }).name, 'virt-launcher-testvmi-x7k2p');
});
