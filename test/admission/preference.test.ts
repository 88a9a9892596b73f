import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisCache, analyzeText } from '../../server/src/core/analyze';
import { defaultContext } from '../../server/src/core/context/context';

const vm = (preference: string): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: with-preference
spec:
  runStrategy: Halted
${preference}  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
          - name: blue
        resources:
          requests:
            memory: 1Gi
      networks:
      - name: default
        pod: {}
      - name: blue
        multus:
          networkName: blue
`;

const bind01 = (text: string): { severity: string; message: string }[] =>
  analyzeText(text, defaultContext(), new AnalysisCache()).findings.filter((f) => f.code === 'BIND-01');

test('without a preference, an interface with no binding is rejected (BIND-01 error)', () => {
  const found = bind01(vm(''));
  assert.deepEqual(found.map((f) => f.severity), ['error', 'error']);
});

test('a preference may give pod-network interfaces masquerade: BIND-01 there is only a warning', () => {
  const found = bind01(vm('  preference:\n    name: fedora\n'));
  assert.deepEqual(found.map((f) => f.severity).sort(), ['error', 'warning'], 'the multus interface is still rejected');
  assert.match(found.find((f) => f.severity === 'warning')!.message, /preferredInterfaceMasquerade/);

});
