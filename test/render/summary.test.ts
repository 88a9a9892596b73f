import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summaryLine } from '../../server/src/core/render/summary';
import type { InterfaceWiring } from '../../server/src/core/wiring/types';
import { fixture } from './helpers';

const first = (name: string, i = 0): InterfaceWiring => fixture(name).wiring.interfaces[i]!;

test('one-line summaries per binding', () => {
  assert.equal(summaryLine(first('001-masquerade-default')), 'masquerade · pod eth0 → k6t-eth0 → tap0 → guest 10.0.2.2/24 via 10.0.2.1');
  assert.equal(
    summaryLine(first('024-bridge-pod-network')),
    'bridge · pod eth0 → eth0-nic ⇄ k6t-eth0 → tap0 → guest gets the pod IP (DHCP)',
  );
  assert.equal(
    summaryLine(first('026-multiple-multus-hashed', 1)),
    "bridge · pod podb1f51a511f1 → b1f51a511f1-nic ⇄ k6t-b1f51a511f1 → tapb1f51a511f1 → guest gets the NAD's IPAM address (DHCP, if the NAD has IPAM)",
  );
  assert.equal(summaryLine(first('030-sriov', 1)), 'sriov · VF pod5862143f341 → `<hostdev>` ua-sriov-sriov-net');
  assert.equal(
    summaryLine(first('032-passt-core-binding')),
    'passtBinding · pod eth0 → passt (vhost-user) → guest gets the pod IP (passt)',
  );
  assert.equal(
    summaryLine(first('035-passt-binding-plugin')),
    'plugin:passt · pod eth0 → passt (vhost-user) → guest gets the pod IP (passt)',
  );
});

test('plugins without a domain device, discontinued bindings, and names that need escaping', () => {
  const sidecar: InterfaceWiring = {
    ...first('035-passt-binding-plugin'),
    binding: 'plugin:mynet',
    domain: null,
    guest: { ipv4: null, ipv4Gateway: null, ipv6: null, ipv6Gateway: null },
  };
  assert.equal(
    summaryLine(sidecar),
    "plugin:mynet · pod eth0 → the plugin's sidecar adds the domain device → guest: no address from KubeVirt",
  );
  assert.equal(summaryLine({ ...sidecar, binding: 'slirp' }), 'slirp · discontinued since v1.3: KubeVirt rejects it at creation');
  const odd: InterfaceWiring = { ...first('001-masquerade-default'), podInterface: 'my_pod_if' };
  assert.ok(summaryLine(odd).startsWith('masquerade · pod my\\_pod\\_if → k6t-eth0'));
});
