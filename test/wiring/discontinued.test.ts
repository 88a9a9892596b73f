import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wireSpec, spec, POD } from './helpers';

test('slirp on a VMI: discontinued cause plus the exactly-one-binding cause; nothing wired', () => {
  const w = wireSpec(spec([{ name: 'default', slirp: {} }], [POD]));
  assert.deepEqual(w.interfaces, []);
  assert.deepEqual(
    w.errors.map((e) => [e.phase, e.field, e.message]),
    [
      ['admission', 'spec.domain.devices.interfaces[0].slirp', 'Slirp interface support has been discontinued since v1.3'],
      [
        'admission',
        'spec.domain.devices.interfaces[0]',
        'logical default interface must have exactly one binding method or binding plugin',
      ],
    ],
  );
});

test('macvtap / passt on a VM: only the discontinued cause, at the VM spec path', () => {
  const w = wireSpec(
    spec(
      [
        { name: 'default', macvtap: {} },
        { name: 'b', passt: {} },
      ],
      [POD],
    ),
    { kind: 'VirtualMachine' },
  );
  assert.deepEqual(w.errors, [
    {
      phase: 'admission',
      field: 'spec.domain.devices.interfaces[0].macvtap',
      message: 'Macvtap network binding has been discontinued since v1.3',
    },
    {
      phase: 'admission',
      field: 'spec.domain.devices.interfaces[1].passt',
      message: 'Passt network binding has been discontinued since v1.3',
    },
  ]);
});
