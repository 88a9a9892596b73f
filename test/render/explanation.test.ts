// The plain-language line: KubeVirt's message stays the first line (and the JSON `message`), the explanation says
// what it means and how to fix it, without the field path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../helpers/manifests';
import { explanationOf } from '../../server/src/core/render/explanation';
import { diagnosticMessage } from '../../server/src/lsp/convert';
import { ALL_CODES } from '../../server/src/core/codes';
import { defaultContext } from '../../server/src/core/context/context';

const vmi = (ifaces: string, nets = '  - name: default\n    pod: {}\n') =>
  `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: m\nspec:\n  domain:\n    devices:\n      interfaces:\n${ifaces}  networks:\n${nets}`;

const only = (text: string, code: string, ctx = defaultContext()) => {
  const a = analyze(text, ctx);
  const f = a.findings.find((x) => x.code === code);
  assert.ok(f, `${code} in ${JSON.stringify(a.findings.map((x) => x.code))}`);
  return { f, written: a.text.slice(f.span.start, f.span.end) };
};

test('`name: no` says YAML 1.1 read it as false and how to quote it', () => {
  const { f, written } = only(vmi('      - name: no\n        masquerade: {}\n'), 'SCHEMA-06');
  assert.equal(written, 'no');
  assert.equal(
    explanationOf(f, written),
    'kubectl reads YAML 1.1, where a plain `no` is the boolean false, not the text "no"; quote it: "no".',
  );
});

test('BIND-04 names the KubeVirt CR setting, not "kubevirt-config", and what to use instead', () => {
  const { f } = only(vmi('      - name: default\n        bridge: {}\n'), 'BIND-04', {
    ...defaultContext(),
    permitBridgeInterfaceOnPodNetwork: false,
  });
  assert.match(f.message, /kubevirt-config/); // KubeVirt's own words stay
  const line = explanationOf(f)!;
  assert.doesNotMatch(line, /kubevirt-config/);
  assert.match(line, /permitBridgeInterfaceOnPodNetwork/);
  assert.match(line, /masquerade/);
});

test("the editor message: KubeVirt's exact message first, then one plain line, no path repeated", () => {
  const { f, written } = only(
    vmi('      - name: default\n        masquerade: {}\n      - name: storage\n        bridge: {}\n'),
    'IFACE-02',
  );
  const lines = diagnosticMessage(f, written).split('\n');
  assert.equal(lines[0], f.message);
  assert.equal(lines.length, 2);
  assert.doesNotMatch(lines[1]!, /spec\.|interfaces\[/);
  assert.match(lines[1]!, /no network "storage"/);
});

test("a message that does not name the field gets KubeVirt's field once, on the first line", () => {
  const { f } = only(
    vmi('      - name: blue\n        masquerade: {}\n', '  - name: blue\n    multus:\n      networkName: blue-nad\n'),
    'BIND-02',
  );
  const lines = diagnosticMessage(f).split('\n');
  assert.equal(lines[0], 'Masquerade interface only implemented with pod network (spec.domain.devices.interfaces[0].name)');
  assert.match(lines[1]!, /network "blue" is not the pod network: use bridge/);
});

test('every code has a plain line, and none repeats a field path', () => {
  for (const c of ALL_CODES) {
    const line = explanationOf({ code: c.code, severity: c.severity, message: '', field: null, at: [] });
    assert.ok(line && line.length > 10, c.code);
    assert.doesNotMatch(line, /spec\.(domain|networks|template)|interfaces\[\d/, c.code);
  }
});

test('odd data never throws: the registry text instead', () => {
  const f = { code: 'NET-05', severity: 'error' as const, message: '', field: null, at: [], data: { sources: 7 } };
  assert.ok(explanationOf(f));
  assert.equal(explanationOf({ ...f, code: 'NO-SUCH-CODE' }), undefined);
});

test('an editor diagnostic of a pitfall that speaks plainly does not repeat its code documentation under the message', () => {
  const two = vmi(
    '        - name: default\n          masquerade: {}\n        - name: a\n          bridge: {}\n        - name: b\n          bridge: {}\n',
    '  - name: default\n    pod: {}\n  - name: a\n    multus:\n      networkName: a\n  - name: b\n    multus:\n      networkName: b\n',
  );
  const { f, written } = only(two, 'MULTI-NIC-ROUTES');
  const why = ALL_CODES.find((c) => c.code === 'MULTI-NIC-ROUTES')!.why;
  // the general text is the code's documentation (the diagnostic links it); the CLI's JSON still carries it
  assert.equal(diagnosticMessage(f, written), f.message);
  assert.equal(explanationOf(f, written), why);
  // a KubeVirt error keeps its plain line under KubeVirt's message
  const missing = only(vmi('        - name: default\n          masquerade: {}\n        - name: x\n          bridge: {}\n'), 'IFACE-02');
  assert.equal(diagnosticMessage(missing.f, missing.written).split('\n').length, 2);
});
