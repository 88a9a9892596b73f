// cursorAt: which mapping or list the cursor writes into, from indentation alone (the YAML may be broken mid-edit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorAt } from '../../server/src/core/ide/cursor';

/** The cursor where `|` is in `text` (the `|` removed). */
function at(withBar: string) {
  const offset = withBar.indexOf('|');
  const text = withBar.slice(0, offset) + withBar.slice(offset + 1);
  const c = cursorAt(text, offset);
  return (
    c && {
      path: c.path,
      mode: c.mode,
      key: c.key,
      prefix: c.prefix,
      replaced: text.slice(c.span.start, c.span.end),
      column: c.column,
      newItem: c.newItem,
    }
  );
}

const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            masquerade: {}
          - name: blue
            bridge: {}
            ports:
              - port: 80
      networks:
      - name: default
        pod: {}
      - name: blue
        multus:
          networkName: NN
`;
const IF = ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces'];
const NET = ['spec', 'template', 'spec', 'networks'];

test('an empty value: the key and its mapping', () => {
  assert.deepEqual(at(VM.replace('networkName: NN', 'networkName: |')), {
    path: [...NET, 1, 'multus'],
    mode: 'value',
    key: 'networkName',
    prefix: '',
    replaced: '',
    column: 10,
    newItem: false,
  });
  assert.deepEqual(at(VM.replace('networkName: NN', 'networkName: re|d-n')), {
    path: [...NET, 1, 'multus'],
    mode: 'value',
    key: 'networkName',
    prefix: 're',
    replaced: 'red-n',
    column: 10,
    newItem: false,
  });
});

test('a key typed in an interface item (first key on the dash line, later keys below)', () => {
  assert.deepEqual(at(VM.replace('            masquerade: {}', '            mas|')), {
    path: [...IF, 0],
    mode: 'key',
    key: undefined,
    prefix: 'mas',
    replaced: 'mas',
    column: 12,
    newItem: false,
  });
  assert.deepEqual(
    at(VM.replace('          - name: blue\n            bridge: {}', '          - name: blue\n            bridge: {}\n          - |')),
    {
      path: [...IF, 2],
      mode: 'key',
      key: undefined,
      prefix: '',
      replaced: '',
      column: 12,
      newItem: true,
    },
  );
  // below a nested list of the second item: still the second item
  assert.deepEqual(at(VM.replace('              - port: 80\n', '              - port: 80\n            |\n'))?.path, [...IF, 1]);
  // inside the port item
  assert.deepEqual(at(VM.replace('              - port: 80\n', '              - port: 80\n                prot|\n'))?.path, [
    ...IF,
    1,
    'ports',
    0,
  ]);
});

test('the value of an item key on the dash line', () => {
  assert.deepEqual(at(VM.replace('          - name: blue\n            bridge', '          - name: |\n            bridge')), {
    path: [...IF, 1],
    mode: 'value',
    key: 'name',
    prefix: '',
    replaced: '',
    column: 12,
    newItem: false,
  });
});

test("a blank line at an item's dash column starts a new item of that list", () => {
  const text = VM.replace(
    '      - name: blue\n        multus:\n          networkName: NN\n',
    '      - name: blue\n        multus:\n          networkName: NN\n      |\n',
  );
  assert.deepEqual(at(text), { path: NET, mode: 'item', key: undefined, prefix: '', replaced: '', column: 8, newItem: true });
});

test('a blank line at a key column is a sibling key of that mapping', () => {
  assert.deepEqual(at(VM.replace('      networks:', '      |\n      networks:'))?.path, ['spec', 'template', 'spec']);
  assert.deepEqual(at(VM.replace('        devices:', '        |\n        devices:'))?.path, ['spec', 'template', 'spec', 'domain']);
  assert.deepEqual(at(VM.replace('metadata:', '|\nmetadata:'))?.path, []);
});

test('indented lists (`key:` then `  - item`) and quoted keys', () => {
  const text = 'spec:\n  domain:\n    devices:\n      "interfaces":\n        - name: a\n          |\n';
  assert.deepEqual(at(text)?.path, ['spec', 'domain', 'devices', 'interfaces', 0]);
});

test('no cursor in comments or flow collections', () => {
  assert.equal(at(VM.replace('masquerade: {}', 'masquerade: {}  # mas|')), undefined);
  assert.equal(at(VM.replace('masquerade: {}', 'masquerade: {|}')), undefined);
});

test('only the current document is read (lines above its start do not count)', () => {
  const two = `spec:\n  networks:\n  - name: a\n---\n|`;
  const offset = two.indexOf('|');
  const text = two.replace('|', '');
  assert.deepEqual(cursorAt(text, offset, text.indexOf('---') + 4)?.path, []);
});
