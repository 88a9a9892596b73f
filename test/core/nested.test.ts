// VMs nested in OpenShift Templates and in lists: analysed as kubectl / `oc process` would create them, with
// KubeVirt field paths relative to the VM, ranges in the container document, and the nesting shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docAt } from '../../server/src/core/analyze';
import { hoverAt } from '../../server/src/core/render/hover';
import { fixesFor } from '../../server/src/core/fixes/index';
import { analyze } from '../helpers/manifests';
import { applyEdits } from '../fixes/helpers';

const TEMPLATE = `apiVersion: template.openshift.io/v1
kind: Template
metadata:
  name: fedora-server
objects:
- apiVersion: v1
  kind: Service
  metadata:
    name: \${NAME}-svc
- apiVersion: kubevirt.io/v1
  kind: VirtualMachine
  metadata:
    name: \${NAME}
  spec:
    runStrategy: Halted
    template:
      spec:
        hostname: \${NAME}
        domain:
          devices:
            interfaces:
            - name: default
              masquerade: {}
              macAddress: \${MAC}
              ports:
              - port: \${{PORT}}
            - name: \${NIC}
              bridge: {}
        networks:
        - name: default
          pod: {}
        - name: \${NIC}
          multus:
            networkName: \${NAD}
parameters:
- name: NAME
  required: true
- name: PORT
  value: "8080"
`;

test('a VM in a Template is analysed; parameters are opaque (no type, format or name-pairing error on them)', () => {
  const a = analyze(TEMPLATE);
  const vm = a.docs.find((d) => d.nested && d.resource);
  assert.ok(vm, 'nested VM found');
  assert.equal(vm.resource!.kind, 'VirtualMachine');
  assert.deepEqual(vm.nested!.root, ['objects', 1]);
  assert.equal(vm.nested!.where, 'Template "fedora-server" objects[1]');
  assert.deepEqual(
    a.findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('a broken VM in a Template: error at the right place, VM-relative field, nesting in related information', () => {
  const text = TEMPLATE.replace('              masquerade: {}\n', '              masquerade: {}\n              model: virtio2\n');
  const a = analyze(text);
  const f = a.findings.find((x) => x.code === 'IFACE-04')!;
  assert.ok(f, a.findings.map((x) => x.code).join());
  assert.equal(text.slice(f.span.start, f.span.end), 'virtio2');
  assert.equal(f.field, 'spec.template.spec.domain.devices.interfaces[0].model');
  const nesting = f.relatedSpans.find((r) => r.message === 'in Template "fedora-server" objects[1]')!;
  assert.ok(nesting);
  assert.ok(text.slice(nesting.span.start, nesting.span.end).startsWith('apiVersion: kubevirt.io/v1'));
  assert.equal(a.findings.length, 1, a.findings.map((x) => x.code).join()); // a Template VM has no DEFAULTED hint either
});

test('a literal error next to a parameter is still reported', () => {
  const text = TEMPLATE.replace(
    '            - name: default\n              masquerade: {}',
    '            - name: default\n              masquerade: {}\n              state: sleeping',
  );
  assert.deepEqual(
    analyze(text).findings.map((f) => f.code),
    ['STATE-01'],
  );
});

test('quick fixes and hovers work inside a Template', () => {
  const text = TEMPLATE.replace('              masquerade: {}\n', '              masquerade: {}\n              model: Virtio\n');
  const a = analyze(text);
  const f = a.findings.find((x) => x.code === 'IFACE-04')!;
  const fix = fixesFor(a, f)[0]!;
  assert.ok(fix, 'a fix is offered');
  const after = applyEdits(text, fix.edits);
  assert.equal(after, TEMPLATE.replace('              masquerade: {}\n', '              masquerade: {}\n              model: virtio\n'));
  assert.deepEqual(
    analyze(after).findings.map((x) => x.code),
    [],
  );

  const at = text.indexOf('masquerade: {}');
  assert.equal(docAt(a, at)!.nested!.root[1], 1);
  assert.match(hoverAt(a, at + 2)!.markdown, /Rejected/);
  const valid = analyze(TEMPLATE);
  const h = hoverAt(valid, TEMPLATE.indexOf('masquerade: {}') + 2);
  assert.ok(h, 'hover on the nested interface');
  assert.match(h.markdown, /masquerade on the pod network\n\npod eth0 → k6t-eth0/);
  assert.equal(hoverAt(valid, TEMPLATE.indexOf('fedora-server')), undefined); // the Template itself is not a VM
});

test('a port that is a Template parameter stays the parameter in the wiring, never NaN', () => {
  const valid = analyze(TEMPLATE);
  const h = hoverAt(valid, TEMPLATE.indexOf('masquerade: {}') + 2);
  assert.ok(h, 'hover on the nested interface');
  assert.doesNotMatch(h.markdown, /NaN/);
  assert.match(h.markdown, /\$\{\{PORT\}\}/, 'the forwarded port is named by its parameter');
  const passt = analyze(TEMPLATE.replace('masquerade: {}', 'passtBinding: {}'));
  const hp = hoverAt(passt, TEMPLATE.indexOf('masquerade: {}') + 2);
  assert.ok(hp, 'hover on the passt interface');
  assert.doesNotMatch(hp.markdown, /NaN/);
});

test('List and *List items are analysed; bare items of a typed list take its kind', () => {
  const vm = (name: string, extra = ''): string => `  apiVersion: kubevirt.io/v1
  kind: VirtualMachineInstance
  metadata:
    name: ${name}
  spec:
    domain:
      devices:
        interfaces:
        - name: default
          masquerade: {}${extra}
    networks:
    - name: default
      pod: {}
`;
  const list = `apiVersion: v1\nkind: List\nitems:\n-${vm('a').slice(1)}-${vm('b', '\n          model: virtio2').slice(1)}`;
  const a = analyze(list);
  assert.deepEqual(
    a.docs.filter((d) => d.resource).map((d) => [d.resource!.name, d.nested?.where]),
    [
      ['a', 'List items[0]'],
      ['b', 'List items[1]'],
    ],
  );
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.field]),
    [['IFACE-04', 'spec.domain.devices.interfaces[0].model']],
  );

  const typed = `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstanceList\nitems:\n-${vm('c', '\n          model: virtio2').slice(1).replace('  apiVersion: kubevirt.io/v1\n  kind: VirtualMachineInstance\n  ', '  ')}`;
  const b = analyze(typed);
  assert.deepEqual(
    b.docs.filter((d) => d.resource).map((d) => [d.resource!.kind, d.resource!.name]),
    [['VirtualMachineInstance', 'c']],
  );
  assert.deepEqual(
    b.findings.map((f) => f.code),
    ['IFACE-04'],
  );
});

test('a Template inside a List, and unserved VMs inside a Template', () => {
  const text = `apiVersion: v1
kind: List
items:
- apiVersion: template.openshift.io/v1
  kind: Template
  metadata:
    name: t
  objects:
  - apiVersion: kubevirt.io/v1alpha2
    kind: VirtualMachine
    metadata:
      name: old
    spec: {}
`;
  const a = analyze(text);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['VM-APIVERSION'],
  );
  assert.equal(a.findings[0]!.relatedSpans[0]!.message, 'in List items[0] → Template "t" objects[0]');
});
