import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { IF, POD, brief, input, shape, spec } from '../../helpers/admission';

const FG = { featureGates: ['PortRangesSpec'] };
const run = (iface: Record<string, unknown>, ctx: Record<string, unknown> = FG, net: Record<string, unknown> = POD) =>
  validateInterfacesFields(input(spec([{ name: 'default', ...iface }], [{ ...net, name: 'default' }]), ctx));

test('PR-01: gate off, any network; no other checks run', () => {
  const got = run({ bridge: {}, portRanges: [{ protocol: 'x', start: 0, end: 0 }] }, {}, { multus: { networkName: 'n' } });
  assert.deepEqual(got.map(shape), [
    {
      code: 'PR-01',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].name',
      message: 'portRanges is specified on interface but the PortRangesSpec feature gate is not enabled',
      at: IF(0, 'name'),
      part: 'value',
      related: [IF(0, 'portRanges')],
    },
  ]);
});

test('PR-02 and PR-03: ports + portRanges on bridge', () => {
  const got = run({ bridge: {}, ports: [{ port: 80 }], portRanges: [{ protocol: 'TCP', start: 1, end: 2 }] });
  assert.deepEqual(got.map(brief), [
    ['PR-02', 'spec.domain.devices.interfaces[0].name', 'Cannot define both ports and portRanges on interface'],
    ['PR-03', 'spec.domain.devices.interfaces[0].name', 'portRanges are only supported on masquerade interfaces'],
  ]);
});

test('PR-04: eleven ranges, no per-range checks', () => {
  const ranges = Array.from({ length: 11 }, () => ({ protocol: 'bad', start: 1, end: 2 }));
  assert.deepEqual(run({ masquerade: {}, portRanges: ranges }).map(brief), [
    ['PR-04', 'spec.domain.devices.interfaces[0].portRanges', 'No more than 10 portRanges are allowed'],
  ]);
});

test('PR-05..08: first failing check per range', () => {
  const got = run({
    masquerade: {},
    portRanges: [
      { protocol: 'tcp', start: 0, end: 0 },
      { protocol: 'TCP', start: 0, end: 5 },
      { protocol: 'UDP', start: 5, end: 70000 },
      { protocol: 'UDP', start: 9, end: 5 },
    ],
  });
  assert.deepEqual(
    got.map((f) => [f.code, f.field, f.message, f.at]),
    [
      [
        'PR-05',
        'spec.domain.devices.interfaces[0].portRanges[0].protocol',
        'Unknown protocol, only TCP or UDP allowed',
        IF(0, 'portRanges', 0, 'protocol'),
      ],
      [
        'PR-06',
        'spec.domain.devices.interfaces[0].portRanges[1].start',
        'Start must be a valid port number, 0 < x < 65536',
        IF(0, 'portRanges', 1, 'start'),
      ],
      [
        'PR-07',
        'spec.domain.devices.interfaces[0].portRanges[2].end',
        'End must be a valid port number, 0 < x < 65536',
        IF(0, 'portRanges', 2, 'end'),
      ],
      [
        'PR-08',
        'spec.domain.devices.interfaces[0].portRanges[3].start',
        'Start must be less than or equal to end',
        IF(0, 'portRanges', 3, 'start'),
      ],
    ],
  );
});

test('PR-09: touching ranges overlap; only sorted neighbours are compared', () => {
  const got = run({
    masquerade: {},
    portRanges: [
      { protocol: 'TCP', start: 2000, end: 3000 },
      { protocol: 'TCP', start: 1000, end: 2000 },
      { protocol: 'UDP', start: 1000, end: 2000 },
    ],
  });
  assert.deepEqual(got.map(brief), [
    ['PR-09', 'spec.domain.devices.interfaces[0].portRanges', 'TCP portRanges [1000-2000] and [2000-3000] overlap'],
  ]);
  assert.deepEqual(got[0]!.at, IF(0, 'portRanges', 0));
  assert.deepEqual(
    got[0]!.related?.map((r) => r.at),
    [IF(0, 'portRanges', 1)],
  );
  // 1-100, 10-20, 50-60 sorted: [1-100],[10-20] overlap; [10-20],[50-60] do not → one cause
  const nested = run({
    masquerade: {},
    portRanges: [
      { protocol: 'TCP', start: 1, end: 100 },
      { protocol: 'TCP', start: 10, end: 20 },
      { protocol: 'TCP', start: 50, end: 60 },
    ],
  });
  assert.deepEqual(
    nested.map((f) => f.message),
    ['TCP portRanges [1-100] and [10-20] overlap'],
  );
});

test('PR valid neighbours: disjoint masquerade ranges; multus network not checked with the gate on', () => {
  assert.deepEqual(
    run({
      masquerade: {},
      portRanges: [
        { protocol: 'TCP', start: 1000, end: 1999 },
        { protocol: 'TCP', start: 2000, end: 3000 },
        { protocol: 'UDP', start: 1000, end: 3000 },
      ],
    }),
    [],
  );
  assert.deepEqual(run({ bridge: {}, portRanges: [{ protocol: 'x', start: 0, end: 0 }] }, FG, { multus: { networkName: 'n' } }), []);
});
