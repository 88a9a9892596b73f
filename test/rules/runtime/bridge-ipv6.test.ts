// BRIDGE-IPV6: bridge binding on the pod network of a pod with IPv6.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBridgeIPv6 } from '../../../server/src/core/rules/runtime/bridge-ipv6';
import { IF, POD, input, spec } from '../../helpers/admission';

const bridge = spec([{ name: 'default', bridge: {} }], [POD]);
const fam = (...f: ('IPv4' | 'IPv6')[]) => ({ podIPFamilies: f });

test('BRIDGE-IPV6: bridge on an IPv6-only pod: the guest gets no address (warning on the binding key)', () => {
  const got = checkBridgeIPv6(input(bridge, fam('IPv6')));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at]),
    [['BRIDGE-IPV6', 'warning', IF(0, 'bridge')]],
  );
  assert.match(got[0]!.message, /the pod is IPv6-only .* so the guest gets no address at all\. Use passtBinding/);
});

test('BRIDGE-IPV6: on a dual-stack pod the guest has IPv4 only (information)', () => {
  assert.deepEqual(
    checkBridgeIPv6(input(bridge, fam('IPv4', 'IPv6'))).map((f) => f.severity),
    ['information'],
  );
});

test('BRIDGE-IPV6 valid neighbours: an IPv4 pod; masquerade and passtBinding on an IPv6 pod; bridge on a Multus network', () => {
  assert.deepEqual(checkBridgeIPv6(input(bridge)), []);
  assert.deepEqual(checkBridgeIPv6(input(spec([{ name: 'default', masquerade: {} }], [POD]), fam('IPv6'))), []);
  assert.deepEqual(checkBridgeIPv6(input(spec([{ name: 'default', passtBinding: {} }], [POD]), fam('IPv6'))), []);
  const multus = spec(
    [
      { name: 'default', masquerade: {} },
      { name: 'sec', bridge: {} },
    ],
    [POD, { name: 'sec', multus: { networkName: 'n' } }],
  );
  assert.deepEqual(checkBridgeIPv6(input(multus, fam('IPv6'))), []);
});
