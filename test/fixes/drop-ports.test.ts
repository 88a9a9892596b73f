import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, ctxWith, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const FG = ctxWith({ featureGates: ['PortRangesSpec'] });

const VMI = (iface: string): string => defaultIfaceVmi(iface);

test('PR-02: offers dropping either ports or portRanges, none preferred', () => {
  const text = VMI(`        masquerade: {}
        ports:   # single ports
        - port: 80
        portRanges:
        - protocol: TCP
          start: 8000
          end: 8100
        model: virtio
`);
  const fixes = fixesOf(text, 'PR-02', FG);
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [
      ['Remove portRanges (keep ports)', false],
      ['Remove ports (keep portRanges)', false],
    ],
  );
  checkFix({
    text,
    code: 'PR-02',
    ctx: FG,
    title: /^Remove portRanges/,
    diff: ['-        portRanges:', '-        - protocol: TCP', '-          start: 8000', '-          end: 8100'],
  });
  checkFix({ text, code: 'PR-02', ctx: FG, title: /^Remove ports/, diff: ['-        ports:   # single ports', '-        - port: 80'] });
});

test('PR-03: portRanges on a bridge interface are dropped (preferred); as the first key of the item too', () => {
  const text = VMI(`        bridge: {}
        portRanges: [{protocol: TCP, start: 1, end: 2}]   # ranges
`);
  checkFix({
    text,
    code: 'PR-03',
    ctx: FG,
    preferred: true,
    diff: ['-        portRanges: [{protocol: TCP, start: 1, end: 2}]   # ranges'],
  });
  const first = VMI(`        bridge: {}\n`).replace(
    '      - name: default\n        bridge: {}\n',
    '      - portRanges:\n        - {protocol: TCP, start: 1, end: 2}\n        name: default\n        bridge: {}\n',
  );
  checkFix({
    text: first,
    code: 'PR-03',
    ctx: FG,
    diff: ['-      - portRanges:', '-        - {protocol: TCP, start: 1, end: 2}', '-        name: default', '+      - name: default'],
  });
});

test('N-10: ports on a bridge interface of the pod network can be removed (not preferred)', () => {
  const text = VMI(`        bridge: {}
        ports:
          - name: http   # web
            port: 80
        model: virtio
`);
  const fixes = fixesOf(text, 'N-10');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [['Remove ports (KubeVirt ignores them here)', false]],
  );
  checkFix({ text, code: 'N-10', diff: ['-        ports:', '-          - name: http   # web', '-            port: 80'] });
});

test('N-10: ports as the last key of the document', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  networks:
  - name: default
    pod: {}
  - name: data
    multus: {networkName: data}
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: data
        bridge: {}
        ports: [{port: 22}]`;
  checkFix({ text, code: 'N-10', diff: ['-        ports: [{port: 22}]'] });
});
