import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCache, analyzeText, docAt } from '../../server/src/core/analyze';
import { MASQ_IF, POD_NET, analyze, masqVmiYaml, vmiYaml } from '../helpers/manifests';
import { defaultContext } from '../../server/src/core/context/context';

const vmi = (name: string): string => masqVmiYaml(name);

test('finds each kind of VM resource with its KubeVirt base path', () => {
  const text = [
    vmi('a'),
    `apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: b\nspec:\n  template:\n    spec:\n      domain: {}\n`,
    `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstanceReplicaSet\nmetadata:\n  name: c\nspec:\n  template:\n    spec:\n      domain: {}\n`,
    `apiVersion: pool.kubevirt.io/v1alpha1\nkind: VirtualMachinePool\nmetadata:\n  name: d\nspec:\n  virtualMachineTemplate:\n    spec:\n      template:\n        spec:\n          domain: {}\n`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: e\n`,
  ].join('---\n');
  const a = analyze(text);
  assert.deepEqual(
    a.docs.map((d) => [d.kind, d.resource?.kind, d.resource?.base]),
    [
      ['vm', 'VirtualMachineInstance', 'spec'],
      ['vm', 'VirtualMachine', 'spec.template.spec'],
      ['vm', 'VirtualMachineInstanceReplicaSet', 'spec.template.spec'],
      ['vm', 'VirtualMachinePool', 'spec.virtualMachineTemplate.spec.template.spec'],
      ['other', undefined, undefined],
    ],
  );
});

test('kubevirt.io/v1alpha3 is recognised too; other groups are left alone', () => {
  const a = analyze(vmi('x').replace('kubevirt.io/v1', 'kubevirt.io/v1alpha3'));
  assert.equal(a.docs[0]!.kind, 'vm');
  const b = analyze(vmi('x').replace('kubevirt.io/v1', 'example.com/v1'));
  assert.equal(b.docs[0]!.kind, 'other');
  assert.equal(b.findings.length, 0);
});

test('findings are placed at absolute offsets in multi-document files', () => {
  const text = `${vmi('a')}---\n${vmi('b').replace('    pod: {}\n', '    pod: {}\n    pod: {}\n')}`;
  const a = analyze(text);
  const dup = a.findings.find((f) => f.code === 'YAML-DUPKEY');
  assert.ok(dup);
  assert.equal(text.slice(dup.span.start, dup.span.end), 'pod');
  assert.ok(dup.span.start > text.indexOf('name: b'));
  assert.equal(docAt(a, dup.span.start)?.index, 1);
});

test('a key written twice is a warning and the document is judged with its last value, as kubectl sends it', () => {
  // kubectl converts YAML to JSON keeping the last of two equal keys (kubernetes/kubernetes#99286, #125885)
  const text = vmi('a').replace(/(  networks:\n  - name: )(\S+)\n/, '$1$2\n    name: other\n');
  assert.match(text, /name: other/);
  const a = analyze(text);
  const dup = a.findings.find((f) => f.code === 'YAML-DUPKEY');
  assert.ok(dup);
  assert.equal(dup.severity, 'warning');
  // the network is called `other` once kubectl has read it: the interface's network is missing
  assert.deepEqual(
    a.findings
      .filter((f) => f.severity === 'error')
      .map((f) => f.code)
      .sort(),
    ['BIND-02', 'IFACE-02', 'NET-08'],
  );
});

test('a one-document edit re-analyses only that document (cache by content)', () => {
  const cache = new AnalysisCache();
  const docs = Array.from({ length: 50 }, (_, i) => vmi(`vm-${i}`));
  const before = analyzeText(docs.join('---\n'), defaultContext(), cache);
  docs[25] = docs[25]!.replace('name: vm-25', 'name: vm-25b');
  const after = analyzeText(docs.join('---\n'), defaultContext(), cache);
  assert.equal(cache.size, 51);
  assert.equal(after.docs[24]!.parsed, before.docs[24]!.parsed, 'unchanged document reused');
  assert.notEqual(after.docs[25]!.parsed, before.docs[25]!.parsed, 'changed document re-parsed');
});

test('after an edit, the previous analysis of the file gives the unchanged documents their keys and placed findings; the result is the same as without it', () => {
  const cache = new AnalysisCache();
  // every VM with a finding (IFACE-02: an interface without its network), so placed findings are compared too
  const docs = Array.from({ length: 30 }, (_, i) =>
    vmiYaml({ name: `vm-${i}`, interfaces: [MASQ_IF, { name: `extra-${i}`, bridge: {} }], networks: [POD_NET] }),
  );
  const ctx = defaultContext();
  const before = analyzeText(docs.join('---\n'), ctx, cache);
  assert.ok(
    before.findings.some((f) => f.code === 'IFACE-02'),
    JSON.stringify(before.findings.map((f) => f.code)),
  );
  // a longer name in document 10 (the documents after it move), then a document inserted at the front (all shift)
  for (const edit of [
    (d: string[]) => (d[10] = d[10]!.replace('name: vm-10', 'name: vm-10-longer')),
    (d: string[]) => d.unshift(vmi('first')),
  ]) {
    const prev = analyzeText(docs.join('---\n'), ctx, cache);
    edit(docs);
    const text = docs.join('---\n');
    const incremental = analyzeText(text, ctx, cache, prev);
    const fresh = analyzeText(text, ctx, new AnalysisCache());
    assert.deepEqual(incremental.findings, fresh.findings);
    assert.deepEqual(incremental.keys, fresh.keys);
    assert.deepEqual(
      incremental.docs.map((d) => [d.start, d.end, d.kind]),
      fresh.docs.map((d) => [d.start, d.end, d.kind]),
    );
    for (const f of incremental.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length);
  }
  // an untouched document that did not move keeps the same key string and placed findings
  const prev = analyzeText(docs.join('---\n'), ctx, cache);
  docs[20] = docs[20]!.replace('name: vm-19', 'name: vm-19b');
  const next = analyzeText(docs.join('---\n'), ctx, cache, prev);
  assert.equal(next.docs[3]!.findings, prev.docs[3]!.findings);
  assert.equal(next.keys.indexOf(prev.keys[prev.keys.length - 1]!), next.keys.length - 1);
});

test('a changed context invalidates cached results', () => {
  const cache = new AnalysisCache();
  const a = analyzeText(vmi('a'), defaultContext(), cache);
  const ctx = defaultContext();
  ctx.featureGates = ['PortRangesSpec'];
  const b = analyzeText(vmi('a'), ctx, cache);
  assert.notEqual(a.docs[0]!.parsed, b.docs[0]!.parsed);
});

test('a KubeVirt CR and NADs in the file become context', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: KubeVirt
metadata:
  name: kubevirt
spec:
  configuration:
    network:
      defaultNetworkInterface: masquerade
---
apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: blue
  namespace: default
---
${vmi('a')}`;
  const a = analyze(text);
  assert.equal(a.context.defaultNetworkInterface, 'masquerade');
  assert.deepEqual(a.context.nads, [{ name: 'blue', namespace: 'default', local: true }]);
  assert.deepEqual(
    a.docs.map((d) => d.kind),
    ['kubevirt', 'nad', 'vm'],
  );
});

const HEAD = 'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: x\n';

test('odd input gives its diagnostics and goes through every stage (a crash would be a VIRTWIRE-INTERNAL finding)', () => {
  // [text, the codes it gets, whether it reaches admission and wiring]
  const table: [string, string[], boolean][] = [
    ['', [], false],
    ['---', [], false],
    [':::', [], false],
    ['- a\n- b', [], false],
    ['kind: [', ['YAML-SYNTAX'], false],
    ['\t\tx: y', ['YAML-SYNTAX'], false],
    ['apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nspec: 7\n', ['SCHEMA-06'], false],
    ['apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nspec:\n  template: null\n', ['SCHEMA-03'], false],
    [`${HEAD}spec:\n  domain:\n    devices: {}\n`, ['DEFAULTED'], true],
    [
      `${HEAD}spec:\n  domain:\n    devices:\n      interfaces:\n      - name: default\n        masquerade: {}\n        ports: []\n  networks:\n  - name: default\n    pod: {}\n`,
      [],
      true,
    ],
  ];
  for (const [text, codes, wired] of table) {
    const a = analyze(text);
    assert.deepEqual(
      a.findings.map((f) => f.code),
      codes,
      text,
    );
    for (const d of a.docs.filter((x) => x.resource)) {
      assert.equal(d.admission !== undefined, wired, `admission ran: ${text}`);
      const w = d.wiring();
      assert.ok(w, text);
      assert.deepEqual(
        w.errors.filter((e) => e.phase === 'virtwire'),
        [],
        text,
      );
      if (wired) assert.equal(w.interfaces.length, 1, text);
    }
  }
});
