// Templated files (Helm, Go templates, Jinja): one notice, the best analysis without rendering, never a
// cascade of syntax errors; template syntax inside strings (cloud-init user data) is just text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, masqVmiYaml } from '../helpers/manifests';

const HELM = `{{- if .Values.vm.enabled }}
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: {{ include "chart.fullname" . }}
  labels:
    {{- include "chart.labels" . | nindent 4 }}
spec:
  runStrategy: {{ .Values.vm.runStrategy | default "Always" }}
  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            masquerade: {}
            ports:
            - port: {{ .Values.vm.port }}
          {{- range .Values.vm.extraNics }}
          - name: {{ .name }}
            bridge: {}
          {{- end }}
        resources:
          requests:
            memory: {{ .Values.vm.memory }}
      networks:
      - name: default
        pod: {}
      {{- range .Values.vm.extraNics }}
      - name: {{ .name }}
        multus:
          networkName: {{ .nad }}
      {{- end }}
{{- end }}
`;

test('a Helm template gets one information notice and no syntax errors', () => {
  const a = analyze(HELM);
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.severity]),
    [['TEMPLATED', 'information']],
  );
  assert.match(a.findings[0]!.message, /helm template RELEASE CHART \| virtwire check -/);
  assert.equal(HELM.slice(a.findings[0]!.span.start, a.findings[0]!.span.start + 2), '{{');
  assert.ok(a.docs[0]!.resource, 'the VM was still analysed');
});

test('a literal mistake in a templated file is still found', () => {
  const a = analyze(HELM.replace('            masquerade: {}\n', '            masquerade: {}\n            model: virtio2\n'));
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['TEMPLATED', 'IFACE-04'],
  );
});

test('one notice per file, even with many templated documents; untemplated documents are checked as usual', () => {
  const text = [HELM, HELM, masqVmiYaml('plain').replace('masquerade: {}', 'masquerade: {}\n        model: virtio2')].join('---\n');
  const a = analyze(text);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['TEMPLATED', 'IFACE-04'],
  );
  assert.match(a.findings[0]!.message, /2 of its 3 documents use template syntax/);
});

test('Jinja blocks, and a document that cannot be read even neutralised, give just the notice', () => {
  const jinja = `{% for vm in vms %}\n---\napiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: {{ vm.name }}\nspec: {{ vm.spec | to_json }} {% if x %}: [\n{% endfor %}\n`;
  const a = analyze(jinja);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['TEMPLATED'],
  );
  assert.match(a.findings[0]!.message, /could not be read at all/);
});

test('template syntax inside strings is not a templated file', () => {
  const text = masqVmiYaml('x').replace(
    'spec:\n',
    `spec:\n  volumes:\n  - name: cloudinit\n    cloudInitNoCloud:\n      userData: |\n        ## template: jinja\n        #cloud-config\n        hostname: {{ ds.meta_data.local_hostname }}\n        {% if true %}\n        runcmd: []\n        {% endif %}\n`,
  );
  assert.deepEqual(
    analyze(text).findings.map((f) => f.code),
    [],
  );
  const annotated = masqVmiYaml('x').replace('  name: x\n', '  name: x\n  annotations:\n    note: "rendered by {{ .Release.Name }}"\n');
  assert.deepEqual(
    analyze(annotated).findings.map((f) => f.code),
    [],
  );
});
