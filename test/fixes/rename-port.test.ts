import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (ports: string): string => defaultIfaceVmi(`        masquerade: {}\n        ports:\n${ports}`);

test('PORT-02: HTTP → http (preferred: case only)', () => {
  checkFix({
    text: VMI('        - {name: HTTP, port: 80}   # web\n'),
    code: 'PORT-02',
    preferred: true,
    diff: ['-        - {name: HTTP, port: 80}   # web', '+        - {name: http, port: 80}   # web'],
  });
});

test('PORT-02: other renames are offered but not preferred; none when the name is taken', () => {
  const fixes = fixesOf(VMI('        - name: my_port\n          port: 80\n'), 'PORT-02');
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [['Rename port my_port to my-port', false]],
  );
  assert.deepEqual(fixesOf(VMI('        - {name: my-port, port: 81}\n        - {name: my_port, port: 80}\n'), 'PORT-02'), []);
});
