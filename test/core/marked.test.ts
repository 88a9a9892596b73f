// The marked-manifest form of the rule tests (helpers/marked.ts) must be able to fail: a mark off by a column, a
// missing mark and a mark of the wrong code are each a failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMarked, marksOf } from '../helpers/marked';

const VMI = (nets: string): string => `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: marks
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
  networks:
${nets}`;

const DUPLICATE = `  - name: default
    pod: {}
  - name: default
`;

test('marks name the code and the columns of the line above (other marker lines skipped)', () => {
  assert.deepEqual(marksOf('a: bc\n#  ^^ X-01\n#  ^ Y-02\nd: e\n'), [
    { code: 'X-01', line: 0, start: 3, end: 5 },
    { code: 'Y-02', line: 0, start: 3, end: 4 },
  ]);
});

test('marked as the pipeline finds it passes; a mark off by a column or a caret, another code or none fails', () => {
  const marked = (mark: string) =>
    VMI(`${DUPLICATE}${mark}\n    multus:\n      networkName: blue-nad\n`).replace(
      '      - name: default\n        masquerade: {}\n',
      '      - name: default\n        masquerade: {}\n#       ^^^^^^^^^^ BIND-02\n',
    );
  assert.doesNotThrow(() => assertMarked(marked('#         ^^^^^^^ NET-07')));
  assert.throws(() => assertMarked(marked('#          ^^^^^^^ NET-07')));
  assert.throws(() => assertMarked(marked('#         ^^^^^^ NET-07')));
  assert.throws(() => assertMarked(marked('#         ^^^^^^^ NET-08')));
  assert.throws(() => assertMarked(marked('# no mark')));
});
