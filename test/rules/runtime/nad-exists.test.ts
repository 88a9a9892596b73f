import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNadExists } from '../../../server/src/core/rules/runtime/nad-exists';
import { MASQ, NET, POD, input, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('NAD-MISSING: only when NADs are known and on evidence; namespace/name form', () => {
  const nets = [POD, { name: 'a', multus: { networkName: 'nad-a' } }, { name: 'b', multus: { networkName: 'other/nad-b' } }];
  const s = spec([MASQ, { name: 'a', bridge: {} }, { name: 'b', bridge: {} }], nets);
  assert.deepEqual(checkNadExists(input(s)), []);
  const got = checkNadExists(
    input(s, {
      nads: [
        { namespace: 'default', name: 'nad-a' },
        { namespace: 'default', name: 'nad-b' },
      ],
    }),
  );
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at, f.message]),
    [
      [
        'NAD-MISSING',
        'warning',
        NET(2, 'multus', 'networkName'),
        'NetworkAttachmentDefinition other/nad-b is not defined, but default/nad-b is; the launcher pod cannot attach network "b"',
      ],
    ],
  );
  assert.deepEqual(
    checkNadExists(
      input(s, {
        nads: [
          { namespace: undefined, name: 'nad-a' },
          { namespace: 'other', name: 'nad-b' },
        ],
      }),
    ),
    [],
  );
  // one NAD somewhere says nothing about another namespace's NADs
  assert.deepEqual(checkNadExists(input(s, { nads: [{ namespace: 'elsewhere', name: 'x' }] })), []);
  // NADs defined for the namespace the reference points to, without it: a warning, with a did-you-mean
  const typo = checkNadExists(input(s, { nads: [{ namespace: 'other', name: 'nad-c' }] }));
  assert.deepEqual(
    typo.map((f) => f.message),
    [
      'NetworkAttachmentDefinition other/nad-b is not among the NetworkAttachmentDefinitions defined for namespace other; did you mean "nad-c"?: unless it is created elsewhere, the launcher pod cannot attach network "b"',
    ],
  );
  // turned off
  assert.deepEqual(checkNadExists(input(s, { nads: [{ namespace: 'other', name: 'nad-c' }], nadCheck: false })), []);
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: blue-nad
---
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: nad-typo
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: blue
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: bleu-nad
#                  ^^^^^^^^ NAD-MISSING
`;

test('NAD-MISSING marked: the file defines blue-nad, the VM names bleu-nad', () => {
  assertMarked(MARKED);
});

test('NAD-MISSING marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['      networkName: bleu-nad', '      networkName: blue-nad']));
});
