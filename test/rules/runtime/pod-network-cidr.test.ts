import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPodNetworkCidr, vmCidrProblem } from '../../../server/src/core/rules/runtime/pod-network-cidr';
import { IF, MASQ, NET, input, shape, spec } from '../../helpers/admission';
import { assertMarked, neighbour } from '../../helpers/marked';

test('N-07: too small and unparsable VM CIDRs on a masquerade pod network', () => {
  const got = checkPodNetworkCidr(
    input(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.0.2.0/31', vmIPv6NetworkCIDR: 'fd10::/zz' } }])),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'N-07',
      severity: 'warning',
      field: null,
      message: 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31',
      at: NET(0, 'pod', 'vmNetworkCIDR'),
      part: 'value',
      related: [IF(0, 'name')],
    },
    {
      code: 'N-07',
      severity: 'warning',
      field: null,
      message: 'failed to parse VM CIDR: fd10::/zz, invalid CIDR address: fd10::/zz',
      at: NET(0, 'pod', 'vmIPv6NetworkCIDR'),
      part: 'value',
      related: [IF(0, 'name')],
    },
  ]);
  assert.equal(
    vmCidrProblem('fd10:0:2::/127', false),
    'VM CIDR subnet is too small, at least 2 host addresses are required: fd10:0:2::/127',
  );
  assert.equal(vmCidrProblem('10.10.010.0/32', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.10.10.0/32');
  // Go's ParseCIDR reads the length with dtoi (leading zeros fine); sanitizeCIDR re-renders it, IPv6 text included.
  assert.equal(vmCidrProblem('10.0.2.0/0031', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31');
  assert.equal(vmCidrProblem('fd10::/0127', false), 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10::/0127');
  assert.equal(vmCidrProblem('FD10:0::/0127', true), 'VM CIDR subnet is too small, at least 2 host addresses are required: fd10::/127');
  assert.equal(vmCidrProblem('fd10::/0120', false), undefined);
});

test('N-07 valid neighbours: /30, sloppy IPv4, a bridge pod network ignores the CIDR', () => {
  assert.deepEqual(
    checkPodNetworkCidr(
      input(spec([MASQ], [{ name: 'default', pod: { vmNetworkCIDR: '10.10.010.0/30', vmIPv6NetworkCIDR: 'fd10:0:2::/120' } }])),
    ),
    [],
  );
  assert.deepEqual(
    checkPodNetworkCidr(input(spec([{ name: 'default', bridge: {} }], [{ name: 'default', pod: { vmNetworkCIDR: 'junk' } }]))),
    [],
  );
});

/** The manifest of the marked test; its valid neighbour is the same text with the fix a user would make. */
const MARKED = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: pod-network-cidr
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
  networks:
  - name: default
    pod:
      vmNetworkCIDR: 10.0.2.0/31
#                    ^^^^^^^^^^^ N-07
`;

test('N-07 marked: a /31 vmNetworkCIDR leaves no room for gateway and guest', () => {
  assertMarked(MARKED);
});

test('N-07 marked valid neighbour', () => {
  assertMarked(neighbour(MARKED, ['      vmNetworkCIDR: 10.0.2.0/31', '      vmNetworkCIDR: 10.0.2.0/30']));
});
