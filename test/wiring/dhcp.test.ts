import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpHostname } from '../../server/src/core/wiring/dhcp';
import { wireSpec, spec, POD, MASQ, only } from './helpers';

test('dhcpOptions: tftp (66), boot file (67), NTP (42), private options 224–254 keyed by number', () => {
  const i = only(
    wireSpec(
      spec(
        [
          {
            ...MASQ,
            dhcpOptions: {
              bootFileName: 'pxelinux.0',
              tftpServerName: 'tftp.kubevirt.io',
              ntpServers: ['10.0.0.10', '10.0.0.11'],
              privateOptions: [
                { option: 240, value: 'extra.options.kubevirt.io' },
                { option: 251, value: 'x' },
              ],
            },
          },
        ],
        [POD],
      ),
    ),
  );
  const o = i.dhcp!.v4!.options;
  assert.deepEqual(Object.keys(o).sort(), [
    'bootFileName',
    'dnsServers',
    'domainName',
    'domainSearch',
    'hostname',
    'interfaceMTU',
    'ntpServers',
    'private',
    'router',
    'subnetMask',
    'tftpServerName',
  ]);
  assert.equal(o.bootFileName, 'pxelinux.0');
  assert.equal(o.tftpServerName, 'tftp.kubevirt.io');
  assert.deepEqual(o.ntpServers, ['10.0.0.10', '10.0.0.11']);
  assert.deepEqual(o.private, { '240': 'extra.options.kubevirt.io', '251': 'x' });
});

test('dhcpOptions on a bridge interface too; empty values are not sent', () => {
  const i = only(wireSpec(spec([{ name: 'default', bridge: {}, dhcpOptions: { bootFileName: '', tftpServerName: 't' } }], [POD])));
  assert.equal(i.dhcp!.v4!.options.tftpServerName, 't');
  assert.equal('bootFileName' in i.dhcp!.v4!.options, false);
  assert.equal(typeof i.dhcp!.v4!.options.classlessStaticRoutes, 'string');
});

test('hostname: spec.hostname, else the name up to the first dot, at most 63 characters', () => {
  assert.equal(dhcpHostname('vm.example', { hostname: 'myhost' }), 'myhost');
  assert.equal(dhcpHostname('vm.example.org', {}), 'vm');
  assert.equal(dhcpHostname('a'.repeat(70), {}), 'a'.repeat(63));
  const i = only(wireSpec(spec([MASQ], [POD], { spec: { hostname: 'h1' } })));
  assert.equal(i.dhcp!.v4!.options.hostname, 'h1');
});

test('subdomain: the search list gains <subdomain>.<service domain> (a runtime value)', () => {
  const i = only(wireSpec(spec([MASQ], [POD], { spec: { subdomain: 'mysub' } })));
  const o = i.dhcp!.v4!.options;
  assert.ok(o.domainSearch.startsWith('fromPod:'));
  assert.ok(o.domainSearch.includes('mysub.'));
  assert.ok(o.domainName.startsWith('fromPod:'));
});
