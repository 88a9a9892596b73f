// kubectl's YAML, probe by probe: what go-yaml v2 (through sigs.k8s.io/yaml and apimachinery's YAMLReader)
// accepts and rejects. Each expectation was checked against the real Go code (gopkg.in/yaml.v2 v2.4.0,
// sigs.k8s.io/yaml, x/text BOMOverride) when it was written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, masqVmiYaml } from '../helpers/manifests';
import { parseYamlDocument, decodePlain } from '../../server/src/core/parse/document';
import { decodeManifest } from '../../server/src/core/parse/encoding';
import { runCli } from '../helpers/run-cli';

const codes = (text: string): string[] => analyze(text).findings.map((f) => f.code);
const value = (text: string): unknown => decodePlain(parseYamlDocument(text)).value;
const problem = (text: string): string | undefined => decodePlain(parseYamlDocument(text)).problem?.message;

/** A VMI whose annotations hold `extra` (a YAML fragment at the annotations' indentation). */
const vmiWith = (extra: string): string =>
  masqVmiYaml('x').replace('metadata:\n  name: x\n', `metadata:\n  name: x\n  annotations:\n${extra}`);

test('alias bomb: go-yaml refuses it ("document contains excessive aliasing"), a small alias fan-out passes', () => {
  const levels = (n: number): string =>
    [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      ...Array.from(
        { length: n },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    ].join('\n') + '\n';
  assert.equal(problem(levels(3)), 'yaml: document contains excessive aliasing');
  assert.equal(problem(levels(8)), 'yaml: document contains excessive aliasing');
  assert.equal(problem(levels(2)), undefined); // 9 + 81 + 729 decodes: go-yaml's ratio is not reached with < 1000 decodes
  const a = analyze(`${masqVmiYaml('x')}bomb:\n${levels(8).replace(/^/gm, '  ').trimEnd()}\n`);
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.severity]),
    [['YAML-DECODE', 'error']],
  );
});

test('an alias to an undefined anchor is an error (kubectl: "unknown anchor \'x\' referenced"), as is one defined after it', () => {
  assert.equal(problem('a: *x\n'), "yaml: unknown anchor 'x' referenced");
  assert.equal(problem('a: *x\nb: &x 1\n'), "yaml: unknown anchor 'x' referenced");
  assert.deepEqual(value('b: &x 1\na: *x\n'), { b: 1, a: 1 });
  assert.equal(problem('a: &a\n  b: *a\n'), "yaml: anchor 'a' value contains itself");
  const a = analyze(vmiWith('    note: *nowhere\n'));
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['YAML-DECODE'],
  );
  assert.equal(a.text.slice(a.findings[0]!.span.start, a.findings[0]!.span.end), '*nowhere');
});

test('merge keys: go-yaml v2 semantics, and a non-map value is an error', () => {
  assert.equal(problem('a: &x 5\nb:\n  <<: *x\n'), 'yaml: map merge requires map or sequence of maps as the value');
  assert.equal(problem('b:\n  <<: 5\n'), 'yaml: map merge requires map or sequence of maps as the value');
  assert.equal(problem('b:\n  <<: [{a: 1}, 3]\n'), 'yaml: map merge requires map or sequence of maps as the value');
  // go-yaml v2 writes merged keys into the map where `<<` stands: they overwrite keys set before it
  assert.deepEqual(value('a: &x {k: 1}\nb:\n  k: 2\n  <<: *x\n'), { a: { k: 1 }, b: { k: 1 } });
  assert.deepEqual(value('a: &x {k: 1}\nb:\n  <<: *x\n  k: 2\n'), { a: { k: 1 }, b: { k: 2 } });
  // earlier maps of a merge list win
  assert.deepEqual((value('p: &p {a: 1, b: 2}\nq: &q {a: 3, c: 4}\nd:\n  <<: [*p, *q]\n') as { d: unknown }).d, { a: 1, b: 2, c: 4 });
  // YAML 1.1: a key `y` is the boolean true, so its JSON key is "true"
  assert.deepEqual(value('y: 1\n'), { true: 1 });
  // a quoted "<<" is an ordinary key
  assert.deepEqual(value('d:\n  "<<": {x: 1}\n'), { d: { '<<': { x: 1 } } });
  const a = analyze(masqVmiYaml('x').replace('spec:\n', 'spec:\n  <<: 5\n'));
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['YAML-DECODE'],
  );
});

test('merged interfaces are judged like written ones', () => {
  const text = `defaults: &iface
  masquerade: {}
---
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: x
spec:
  domain:
    devices:
      interfaces:
      - &i
        name: default
        masquerade: {}
      - <<: *i
  networks:
  - name: default
    pod: {}
`;
  assert.ok(codes(text).includes('IFACE-01'), codes(text).join());
  // anchors do not cross documents: each `---` chunk is a separate go-yaml stream
  assert.deepEqual(codes(text.replace('- <<: *i', '- <<: *iface')), ['YAML-DECODE']);
});

test('keys that are lists, maps or null are errors; int and bool keys become strings', () => {
  assert.match(problem('? [a, b]\n: 1\n')!, /^yaml: invalid map key/);
  assert.match(problem('~: c\n')!, /Unsupported map key of type: %!s\(<nil>\)/);
  assert.deepEqual(value('1: a\ntrue: b\n'), { '1': 'a', true: 'b' });
});

test('a quoted scalar continued on a less-indented line is accepted, as go-yaml does (KubeVirt user guide)', () => {
  const text = vmiWith(`    hooks.kubevirt.io/hookSidecars: '[{"args": ["--version", "v1alpha2"],
    "image":"registry:5000/kubevirt/sidecar-shim:devel"}]'
    other: "two
  lines"
`);
  const a = analyze(text);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    [],
  );
  assert.equal(
    a.docs[0]!.resource!.annotations['hooks.kubevirt.io/hookSidecars'],
    '[{"args": ["--version", "v1alpha2"], "image":"registry:5000/kubevirt/sidecar-shim:devel"}]',
  );
  assert.equal(a.docs[0]!.resource!.annotations['other'], 'two lines');
  // ranges still point into the original text
  const withError = text.replace('masquerade: {}', 'masquerade: {}\n        model: virtio2');
  const f = analyze(withError).findings.find((x) => x.code === 'IFACE-04')!;
  assert.equal(withError.slice(f.span.start, f.span.end), 'virtio2');
  // flow collections too
  assert.deepEqual(value('k: [a, b,\nc]\n'), { k: ['a', 'b', 'c'] });
  assert.deepEqual(value('k: {a: 1,\nb: 2}\n'), { k: { a: 1, b: 2 } });
});

test('`...` ends the document: kubectl ignores the rest of the chunk; a snippet gets the real problem', () => {
  const snippet = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vm-cirros
spec:
  domain:
    cpu:
      cores: 1
...
...
status:
  currentCPUTopology:
    cores: 1
`;
  const a = analyze(snippet);
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.severity]),
    [['YAML-DOCEND', 'error']],
  );
  const f = a.findings[0]!;
  assert.equal(snippet.slice(f.span.start, f.span.end), '...');
  assert.match(f.message, /ignores the 4 lines below it/);
  assert.match(f.message, /rejected \(spec\.domain\.devices in body is required\)/);
  assert.ok(
    f.relatedSpans.some(
      (r) =>
        snippet.slice(r.span.start, r.span.end).startsWith('...\nstatus:') || snippet.slice(r.span.start, r.span.end).startsWith('...'),
    ),
  );
  // a valid document followed by ignored text: a warning, and the text after `...` is never judged
  const tail = `${masqVmiYaml('x')}...\n${masqVmiYaml('y').replace('masquerade: {}', 'masquerade: {}\n        model: virtio2')}---\n${masqVmiYaml('z')}`;
  const b = analyze(tail);
  assert.deepEqual(
    b.findings.map((x) => [x.code, x.severity]),
    [['YAML-DOCEND', 'warning']],
  );
  assert.equal(b.docs.length, 2);
  // `...` at the end, or followed only by comments, is an ordinary document end
  assert.deepEqual(codes(`${masqVmiYaml('x')}...\n# done\n`), []);
  // `...` before any content: go-yaml "did not find expected node content"
  assert.deepEqual(codes(`...\n${masqVmiYaml('x')}`), ['YAML-SYNTAX']);
});

test('a --- line followed by content is not a separator for kubectl', () => {
  for (const line of ['--- a: 1', '----', '--- !!map']) {
    const a = analyze(`${masqVmiYaml('x')}${line}\n`);
    assert.deepEqual(
      a.findings.map((f) => f.code),
      ['YAML-SYNTAX'],
      line,
    );
    assert.match(a.findings[0]!.message, /^invalid Yaml document separator/);
  }
  assert.deepEqual(codes(`${masqVmiYaml('x')}--- # next\n${masqVmiYaml('y')}`), []);
});

test('at most one YAML-SYNTAX per document, even for a badly broken one', () => {
  const broken = Array.from({ length: 40 }, (_, i) => `key${i}: "open\n\tbad: [\n`).join('');
  const a = analyze(`${broken}---\n${broken}---\n${masqVmiYaml('ok')}`);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['YAML-SYNTAX', 'YAML-SYNTAX'],
  );
});

test("control characters are refused as go-yaml's reader refuses them; escaped ones are fine", () => {
  assert.deepEqual(codes('a: b\u0001c\n'), ['YAML-SYNTAX']);
  assert.match(analyze('a: b\u0001c\n').findings[0]!.message, /control characters are not allowed: U\+0001/);
  assert.deepEqual(codes('a: "\\x01"\n'), []);
  assert.deepEqual(codes('# comment \u0000\n'), ['YAML-SYNTAX']);
  assert.deepEqual(codes('%YAML 1.2\n---\na: 1\n'), ['YAML-SYNTAX']);
});

test('encodings: UTF-8 and UTF-16 byte order marks are decoded, invalid UTF-8 becomes U+FFFD as in kubectl', () => {
  const text = masqVmiYaml('x');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  assert.equal(decodeManifest(le).text, text);
  assert.equal(decodeManifest(le).encoding, 'utf-16le');
  assert.equal(decodeManifest(be).text, text);
  assert.equal(decodeManifest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text, text);
  const bad = decodeManifest(Buffer.from('a: "\xff"\n', 'latin1'));
  assert.deepEqual([bad.text, bad.replaced], ['a: "\ufffd"\n', 1]);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-enc-'));
  try {
    const broken = text.replace('masquerade: {}', 'masquerade: {}\n        model: virtio2'); // IFACE-04
    fs.writeFileSync(path.join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]));
    // UTF-16 without a byte order mark: kubectl reads UTF-8 and go-yaml refuses the NUL bytes
    fs.writeFileSync(path.join(dir, 'nobom.yaml'), Buffer.from(text, 'utf16le'));
    // an invalid byte in an interface name: kubectl sends U+FFFD and KubeVirt rejects the name
    const [before, after] = text.replace('- name: default', '- name: def@ult').split('@') as [string, string];
    fs.writeFileSync(path.join(dir, 'badname.yaml'), Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]));
    const r = runCli(['check', '--format', 'json', dir]);
    const byFile = Object.fromEntries(
      JSON.parse(r.stdout).files.map((f: { file: string; diagnostics: { code: string }[] }) => [
        path.basename(f.file),
        f.diagnostics.map((d) => d.code),
      ]),
    );
    assert.deepEqual(byFile['utf16.yaml'], ['IFACE-04']);
    assert.deepEqual(byFile['nobom.yaml'], ['YAML-SYNTAX']);
    assert.ok(byFile['badname.yaml'].includes('IFACE-03'), byFile['badname.yaml'].join());
    const stdin = runCli(
      ['check', '--format', 'json', '-'],
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]) as unknown as string,
    );
    assert.deepEqual(
      JSON.parse(stdin.stdout).files[0].diagnostics.map((d: { code: string }) => d.code),
      ['IFACE-04'],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('documents that look like VMs but are not served get VM-APIVERSION, not silence', () => {
  const noVersion = masqVmiYaml('x').replace('apiVersion: kubevirt.io/v1\n', '');
  assert.deepEqual(
    analyze(noVersion).findings.map((f) => [f.code, f.severity]),
    [['VM-APIVERSION', 'warning']],
  );
  for (const v of ['kubevirt.io/v1alpha1', 'kubevirt.io/v1alpha2']) {
    const a = analyze(masqVmiYaml('x').replace('kubevirt.io/v1', v));
    assert.deepEqual(
      a.findings.map((f) => f.code),
      ['VM-APIVERSION'],
      v,
    );
    assert.equal(a.text.slice(a.findings[0]!.span.start, a.findings[0]!.span.end), v);
  }
  const specOnly = 'spec:\n  domain:\n    devices: {}\n';
  assert.deepEqual(codes(specOnly), ['VM-APIVERSION']);
  // other kinds and groups stay silent
  assert.deepEqual(codes('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'), []);
  assert.deepEqual(codes(masqVmiYaml('x').replace('kubevirt.io/v1', 'example.com/v1')), []);
  assert.deepEqual(codes(masqVmiYaml('x').replace('kubevirt.io/v1', 'kubevirt.io/v1alpha3')), []);
});
