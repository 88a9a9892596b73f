// What `source.fixAll.virtwire` does: the first preferred fix of every finding, skipping any that overlaps an
// earlier one, applied in one edit. The preferred fixes of one file must not fight each other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import type { Fix } from '../../server/src/core/fixes/index';
import { preferredFixes } from '../../server/src/core/fixes/fix-all';
import { PARSE_OPTIONS } from '../../server/src/core/parse/yaml11';
import { analyze, applyEdits, lineDiff } from './helpers';

function fixAll(text: string): { after: string; applied: Fix[] } {
  const applied = preferredFixes(analyze(text));
  return {
    after: applyEdits(
      text,
      applied.flatMap((f) => f.edits),
    ),
    applied,
  };
}

const MESSY = `# several mistakes at once
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: messy
spec:
  domain:
    devices:
      interfaces:
      - name: defualt          # typo
        masquerade: {}
        macAddress: 02:00:00:00:00:00
        ports:
        - port: 80
          protocol: tcp
      - name: data
        bridge: {}
      - name: data             # pasted twice
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: data
    multus: {networkName: data}
`;

const CLEAN = `# several mistakes at once
apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: messy
spec:
  domain:
    devices:
      interfaces:
      - name: default          # typo
        masquerade: {}
        ports:
        - port: 80
          protocol: TCP
      - name: data
        bridge: {}
  networks:
  - name: default
    pod: {}
  - name: data
    multus: {networkName: data}
`;

// ports are only checked on the pod network, so `tcp` shows up once `defualt` is renamed: a second pass
const twice = (text: string): string => fixAll(fixAll(text).after).after;

test('fix-all: the preferred fixes of many findings apply together and leave no error', () => {
  const { after: once, applied } = fixAll(MESSY);
  assert.deepEqual(lineDiff(MESSY, once), [
    '-      - name: defualt          # typo',
    '+      - name: default          # typo',
    '-        macAddress: 02:00:00:00:00:00',
    '-      - name: data             # pasted twice',
    '-        bridge: {}',
  ]);
  const after = twice(MESSY);
  assert.equal(after, CLEAN, lineDiff(MESSY, after).join('\n'));
  assert.deepEqual(
    analyze(after)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.code),
    [],
  );
  assert.equal(applied.length, 3);
});

test('fix-all: same result with CRLF line endings, in the second document of a file', () => {
  const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
  const first = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata: {a: b}\n---\n`;
  const text = crlf(first + MESSY);
  const after = twice(text);
  assert.equal(after, crlf(first + CLEAN));
  for (const d of parseAllDocuments(after, PARSE_OPTIONS) as unknown as { errors: unknown[] }[]) assert.deepEqual(d.errors, []);
});

test('fix-all: a missing network list is created once even with two unmatched interfaces', () => {
  const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: vmi
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
      - name: data
        bridge: {}
`;
  const { after } = fixAll(text);
  for (const d of parseAllDocuments(after, PARSE_OPTIONS) as unknown as { errors: unknown[] }[]) assert.deepEqual(d.errors, []);
  assert.equal((after.match(/networks:/g) ?? []).length, 1);
  assert.ok(!analyze(after).findings.some((f) => f.code === 'IFACE-02' && f.message.includes("'default'")));
});
