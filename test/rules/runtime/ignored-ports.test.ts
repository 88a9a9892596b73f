import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIgnoredPorts } from '../../../server/src/core/rules/runtime/ignored-ports';
import { IF, MASQ, POD, input, spec } from '../../helpers/admission';

test('N-10: ports ignored on a Multus network and with bridge on the pod network', () => {
  const ifaces = [
    { name: 'default', bridge: {}, ports: [{ port: 80 }] },
    { name: 'sec', bridge: {}, ports: [{ port: 0, protocol: 'sctp' }] },
  ];
  const got = checkIgnoredPorts(input(spec(ifaces, [POD, { name: 'sec', multus: { networkName: 'x' } }])));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.field, f.at]),
    [
      ['N-10', 'information', null, IF(0, 'ports')],
      ['N-10', 'information', null, IF(1, 'ports')],
    ],
  );
  assert.equal(
    got[1]!.message,
    'ports of interface "sec" are ignored: KubeVirt uses ports only on the pod network (on other networks they are not even checked)',
  );
});

test('N-10 valid neighbours: masquerade and passtBinding use ports; plugins are left alone', () => {
  assert.deepEqual(checkIgnoredPorts(input(spec([{ ...MASQ, ports: [{ port: 80 }] }], [POD]))), []);
  assert.deepEqual(checkIgnoredPorts(input(spec([{ name: 'default', passtBinding: {}, ports: [{ port: 80 }] }], [POD]))), []);
  assert.deepEqual(
    checkIgnoredPorts(
      input(spec([MASQ, { name: 'p', binding: { name: 'x' }, ports: [{ port: 80 }] }], [POD, { name: 'p', multus: { networkName: 'n' } }])),
    ),
    [],
  );
});
