// Runtime-only notes: N-01, N-06, N-07, N-10, NAD-MISSING, BRIDGE-POD-MIGRATION.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBindingPluginRegistered } from '../../../server/src/core/rules/runtime/binding-plugin-registered';
import { explanationOf } from '../../../server/src/core/render/explanation';
import { checkSriovOnPodNetwork } from '../../../server/src/core/rules/runtime/sriov-on-pod-network';
import { checkPodNetworkCidr, vmCidrProblem } from '../../../server/src/core/rules/runtime/pod-network-cidr';
import { checkNadExists } from '../../../server/src/core/rules/runtime/nad-exists';
import { checkBridgePodMigration } from '../../../server/src/core/rules/runtime/bridge-pod-migration';
import { checkIgnoredPorts } from '../../../server/src/core/rules/runtime/ignored-ports';
import { admitSpec, IF, MASQ, NET, POD, input, shape, spec } from '../../helpers/admission';

const PLUGIN = [MASQ, { name: 'l2', binding: { name: 'l2bridge' } }];
const PLUGIN_NETS = [POD, { name: 'l2', multus: { networkName: 'l2-nad' } }];

test('N-01: unregistered binding plugin, KubeVirt runtime text; information when no KubeVirt CR is known', () => {
  assert.deepEqual(checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS))).map(shape), [
    { code: 'N-01', severity: 'information', field: null, message: "couldn't find configuration for network binding: l2bridge", at: IF(1, 'binding', 'name'), part: 'value' },
  ]);
  const f = checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS)))[0]!;
  assert.match(explanationOf(f)!, /no KubeVirt CR is known here, so Virtwire cannot tell/);
});

test('N-01: with a KubeVirt CR it is a warning; the explanation lists the registered plugins and the closest one', () => {
  const got = checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS), { kubevirtCR: true, networkBindings: { l2Bridge: {}, passt: {} } }));
  assert.deepEqual(got.map((f) => [f.severity, f.message, f.data?.['suggestion']]), [['warning', "couldn't find configuration for network binding: l2bridge", 'l2Bridge']]);
  assert.equal(
    explanationOf(got[0]!),
    'KubeVirt admits the VM, but it never starts: no binding plugin "l2bridge" is registered under the KubeVirt CR\'s network.binding. Did you mean "l2Bridge"? Register it or fix the name (registered: l2Bridge, passt).',
  );
  const none = checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS), { kubevirtCR: true }));
  assert.equal(none[0]!.severity, 'warning');
  assert.match(explanationOf(none[0]!)!, /\(the CR registers none\)/);
});

test('N-01 valid neighbour: registered plugin', () => {
  assert.deepEqual(checkBindingPluginRegistered(input(spec(PLUGIN, PLUGIN_NETS), { networkBindings: { l2bridge: { domainAttachmentType: 'tap' } } })), []);
});

test('N-06: SR-IOV on the pod network', () => {
  const got = checkSriovOnPodNetwork(input(spec([{ name: 'default', sriov: {} }], [POD])));
  assert.deepEqual(got.map((f) => [f.code, f.severity, f.field, f.at]), [['N-06', 'warning', null, IF(0, 'sriov')]]);
  assert.deepEqual(checkSriovOnPodNetwork(input(spec([MASQ, { name: 's', sriov: {} }], [POD, { name: 's', multus: { networkName: 'x' } }]))), []);
});

test('N-07: too small and unparsable VM CIDRs on a masquerade pod network', () => {
  const got = checkPodNetworkCidr(input(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.2.0/31', vmIPv6NetworkCIDR: 'fd10::/zz' } }])));
  assert.deepEqual(got.map(shape), [
    { code: 'N-07', severity: 'warning', field: null, message: 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31', at: NET(0, 'pod', 'vmNetworkCIDR'), part: 'value', related: [IF(0, 'name')] },
    { code: 'N-07', severity: 'warning', field: null, message: 'failed to parse VM CIDR: fd10::/zz, invalid CIDR address: fd10::/zz', at: NET(0, 'pod', 'vmIPv6NetworkCIDR'), part: 'value', related: [IF(0, 'name')] },
  ]);
  assert.equal(vmCidrProblem('fd10:0:2::/127', false), 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10:0:2::/127');
  assert.equal(vmCidrProblem('10.10.010.0/32', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.10.10.0/32');
  // Go's ParseCIDR reads the length with dtoi (leading zeros fine); sanitizeCIDR re-renders it, IPv6 text included.
  assert.equal(vmCidrProblem('10.0.2.0/0031', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31');
  assert.equal(vmCidrProblem('fd10::/0127', false), 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10::/0127');
  assert.equal(vmCidrProblem('FD10:0::/0127', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10::/127');
  assert.equal(vmCidrProblem('fd10::/0120', false), undefined);
});

test('N-07 valid neighbours: /30, sloppy IPv4, a bridge pod network ignores the CIDR', () => {
  assert.deepEqual(checkPodNetworkCidr(input(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.10.010.0/30', vmIPv6NetworkCIDR: 'fd10:0:2::/120' } }]))), []);
  assert.deepEqual(checkPodNetworkCidr(input(spec([{ name: 'default', bridge: {} }], [{ name: 'default', pod: { vmNetworkCIDR: 'junk' } }]))), []);
});

test('NAD-MISSING: only when NADs are known and on evidence; namespace/name form', () => {
  const nets = [POD, { name: 'a', multus: { networkName: 'nad-a' } }, { name: 'b', multus: { networkName: 'other/nad-b' } }];
  const s = spec([MASQ, { name: 'a', bridge: {} }, { name: 'b', bridge: {} }], nets);
  assert.deepEqual(checkNadExists(input(s)), []);
  const got = checkNadExists(input(s, { nads: [{ namespace: 'default', name: 'nad-a' }, { namespace: 'default', name: 'nad-b' }] }));
  assert.deepEqual(got.map((f) => [f.code, f.severity, f.at, f.message]), [
    ['NAD-MISSING', 'warning', NET(2, 'multus', 'networkName'), 'NetworkAttachmentDefinition other/nad-b is not defined, but default/nad-b is; the launcher pod cannot attach network "b"'],
  ]);
  assert.deepEqual(checkNadExists(input(s, { nads: [{ namespace: undefined, name: 'nad-a' }, { namespace: 'other', name: 'nad-b' }] })), []);
  // one NAD somewhere says nothing about another namespace's NADs
  assert.deepEqual(checkNadExists(input(s, { nads: [{ namespace: 'elsewhere', name: 'x' }] })), []);
  // NADs defined for the namespace the reference points to, without it: a warning, with a did-you-mean
  const typo = checkNadExists(input(s, { nads: [{ namespace: 'other', name: 'nad-c' }] }));
  assert.deepEqual(typo.map((f) => f.message), ['NetworkAttachmentDefinition other/nad-b is not among the NetworkAttachmentDefinitions defined for namespace other; did you mean "nad-c"?: unless it is created elsewhere, the launcher pod cannot attach network "b"']);
  // turned off
  assert.deepEqual(checkNadExists(input(s, { nads: [{ namespace: 'other', name: 'nad-c' }], nadCheck: false })), []);
});

test('BRIDGE-POD-MIGRATION: explicit bridge on pod is information; annotation or defaulted interface silences it', () => {
  const got = checkBridgePodMigration(input(spec([{ name: 'default', bridge: {} }], [POD])));
  assert.deepEqual(got.map((f) => [f.code, f.severity, f.at]), [['BRIDGE-POD-MIGRATION', 'information', IF(0, 'bridge')]]);
  const annotated = admitSpec(spec([{ name: 'default', bridge: {} }], [POD]), {}, 'VirtualMachineInstance', { annotations: { 'kubevirt.io/allow-pod-bridge-network-live-migration': '' } });
  assert.deepEqual(annotated.findings, []);
  assert.deepEqual(checkBridgePodMigration(input({ domain: { devices: {} } })), []);
  assert.deepEqual(checkBridgePodMigration(input(spec([MASQ], [POD]))), []);
});

test('N-10: ports ignored on a Multus network and with bridge on the pod network', () => {
  const ifaces = [{ name: 'default', bridge: {}, ports: [{ port: 80 }] }, { name: 'sec', bridge: {}, ports: [{ port: 0, protocol: 'sctp' }] }];
  const got = checkIgnoredPorts(input(spec(ifaces, [POD, { name: 'sec', multus: { networkName: 'x' } }])));
  assert.deepEqual(got.map((f) => [f.code, f.severity, f.field, f.at]), [
    ['N-10', 'information', null, IF(0, 'ports')],
    ['N-10', 'information', null, IF(1, 'ports')],
  ]);
  assert.equal(got[1]!.message, 'ports of interface "sec" are ignored: KubeVirt uses ports only on the pod network (on other networks they are not even checked)');
});

test('N-10 valid neighbours: masquerade and passtBinding use ports; plugins are left alone', () => {
  assert.deepEqual(checkIgnoredPorts(input(spec([{ ...MASQ, ports: [{ port: 80 }] }], [POD]))), []);
  assert.deepEqual(checkIgnoredPorts(input(spec([{ name: 'default', passtBinding: {}, ports: [{ port: 80 }] }], [POD]))), []);
  assert.deepEqual(checkIgnoredPorts(input(spec([MASQ, { name: 'p', binding: { name: 'x' }, ports: [{ port: 80 }] }], [POD, { name: 'p', multus: { networkName: 'n' } }]))), []);
});
