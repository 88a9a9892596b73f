import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateInterfacesFields } from '../../../server/src/core/rules/net/interface-fields';
import { isIPv4NtpServer } from '../../../server/src/core/rules/net/dhcp-options';
import { IF, POD, brief, input, shape, spec } from '../../helpers/admission';

const run = (dhcpOptions: unknown, kind: 'VirtualMachineInstance' | 'VirtualMachine' = 'VirtualMachineInstance') =>
  validateInterfacesFields(input(spec([{ name: 'default', masquerade: {}, dhcpOptions }], [POD]), {}, kind));
const OPT = (k: number) => IF(0, 'dhcpOptions', 'privateOptions', k, 'option');

test('DHCP-01: duplicate private options, bare base path, at the second duplicate', () => {
  const got = run({
    privateOptions: [
      { option: 240, value: 'a' },
      { option: 240, value: 'b' },
    ],
  });
  assert.deepEqual(got.map(shape), [
    {
      code: 'DHCP-01',
      severity: 'error',
      field: 'spec',
      message: 'Found Duplicates: you have provided duplicate DHCPPrivateOptions',
      at: OPT(1),
      part: 'value',
      related: [OPT(0)],
    },
  ]);
});

test('DHCP-02: out of range, one cause per entry, on a VM the bare spec.template.spec', () => {
  const got = run(
    {
      privateOptions: [
        { option: 223, value: 'a' },
        { option: 255, value: 'b' },
        { option: 224, value: 'c' },
      ],
    },
    'VirtualMachine',
  );
  assert.deepEqual(got.map(brief), [
    ['DHCP-02', 'spec.template.spec', 'provided DHCPPrivateOptions are out of range, must be in range 224 to 254'],
    ['DHCP-02', 'spec.template.spec', 'provided DHCPPrivateOptions are out of range, must be in range 224 to 254'],
  ]);
  assert.deepEqual(
    got.map((f) => f.at.at(-2)),
    [0, 1],
  );
});

test('DHCP-03: IPv6 NTP server', () => {
  assert.deepEqual(run({ ntpServers: ['10.0.0.1', '2001:db8::123'] }).map(shape), [
    {
      code: 'DHCP-03',
      severity: 'error',
      field: 'spec.domain.devices.interfaces[0].dhcpOptions.ntpServers[1]',
      message: 'NTP servers must be a list of valid IPv4 addresses.',
      at: IF(0, 'dhcpOptions', 'ntpServers', 1),
      part: 'value',
    },
  ]);
});

test('DHCP valid neighbours: sloppy IPv4, v4-mapped IPv6, options in range', () => {
  assert.deepEqual(
    run({
      ntpServers: ['010.000.000.001', '::ffff:192.0.2.1'],
      privateOptions: [
        { option: 224, value: 'a' },
        { option: 254, value: 'b' },
      ],
      bootFileName: 'x',
    }),
    [],
  );
  for (const bad of ['pool.ntp.org', '256.1.1.1', '1.2.3', '', '::1']) assert.ok(!isIPv4NtpServer(bad), bad);
});
