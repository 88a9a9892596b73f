// DRA-01..07 — networks backed by a DRA resource claim (pkg/network/admitter/dra.go,
// validateNetworkDevicesWithDRA; runs inside the network validator, after validateNetworkNameUnique).

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { featureGateEnabled } from '../../context/context';
import type { Network } from '../../model/api';
import { interfacesOf, isDRA, isMultus, networksOf } from '../../model/resource';
import { bindingKey } from '../../model/bindings';
import type { Finding, Path, Related } from '../../types';
import { goQuote, goString, isSet } from '../../go/fmt';

export const NETWORK_DRA_GATE = 'NetworkDevicesWithDRA';

function claimOf(n: Network): { claimName: string; requestName: string } {
  const rc = (n.resourceClaim ?? {}) as Record<string, unknown>;
  return { claimName: goString(rc['claimName']), requestName: goString(rc['requestName']) };
}

/** KubeVirt's ExtractDRANetworkClaimRequestTuples: first network index of each complete `claim/request` pair. */
export function draNetworkTuples(networks: readonly Network[]): Map<string, number> {
  const first = new Map<string, number>();
  networks.forEach((n, idx) => {
    if (!isDRA(n)) return;
    const { claimName, requestName } = claimOf(n);
    if (claimName === '' || requestName === '') return;
    const key = `${claimName}/${requestName}`;
    if (!first.has(key)) first.set(key, idx);
  });
  return first;
}

/** Where a required claim key belongs: its value when written, else the resourceClaim key. */
function claimKeyAt(input: RuleInput, n: Network, idx: number, key: string): { at: Path; part: 'key' | 'value' } {
  const rc = n.resourceClaim as Record<string, unknown> | undefined;
  if (rc && typeof rc === 'object' && key in rc) return { at: at(input, 'networks', idx, 'resourceClaim', key), part: 'value' };
  return { at: at(input, 'networks', idx, 'resourceClaim'), part: 'key' };
}

export function validateDRANetworks(input: RuleInput): Finding[] {
  const networks = networksOf(input.spec);
  const firstDRA = networks.findIndex((n) => isDRA(n));
  if (firstDRA < 0) return [];

  if (!featureGateEnabled(input.ctx, NETWORK_DRA_GATE)) {
    return [
      finding(
        'DRA-01',
        'vmi.spec.networks contains DRA networks but NetworkDevicesWithDRA feature gate is not enabled',
        field(input, 'networks'),
        at(input, 'networks', firstDRA, 'resourceClaim'),
        { part: 'key', data: { featureGate: NETWORK_DRA_GATE } },
      ),
    ];
  }

  const firstMultus = networks.findIndex((n) => isMultus(n));
  if (firstMultus >= 0) {
    return [
      finding(
        'DRA-02',
        'mixing Multus and DRA resourceClaim networks in the same VMI is not supported',
        field(input, 'networks'),
        at(input, 'networks', firstMultus, 'multus'),
        {
          part: 'key',
          related: [{ at: at(input, 'networks', firstDRA, 'resourceClaim'), part: 'key', message: 'DRA network declared here' }],
        },
      ),
    ];
  }

  const findings: Finding[] = [];
  const tuples = draNetworkTuples(networks);
  const interfaces = interfacesOf(input.spec);
  networks.forEach((n, idx) => {
    if (!isDRA(n)) return;
    const netName = goString(n.name);
    const netKeyAt = at(input, 'networks', idx, 'resourceClaim');

    // DRA-03: the first interface named after the network must use SR-IOV or a binding plugin.
    const ifIdx = interfaces.findIndex((i) => goString(i?.name) === netName);
    if (ifIdx >= 0) {
      const iface = interfaces[ifIdx]!;
      if (!isSet(iface.sriov) && !isSet(iface.binding)) {
        const binding = bindingKey(iface);
        findings.push(
          finding(
            'DRA-03',
            `DRA network ${goQuote(netName)} requires an SR-IOV or binding plugin interface`,
            field(input, 'domain', 'devices', 'interfaces'),
            binding
              ? at(input, 'domain', 'devices', 'interfaces', ifIdx, binding)
              : at(input, 'domain', 'devices', 'interfaces', ifIdx, 'name'),
            {
              part: 'key',
              related: [{ at: netKeyAt, part: 'key', message: `network ${netName} is a DRA network` }],
              data: { interfaceIndex: ifIdx, networkIndex: idx },
            },
          ),
        );
      }
    }

    const { claimName, requestName } = claimOf(n);
    if (claimName === '') {
      const claimAt = claimKeyAt(input, n, idx, 'claimName');
      const claimField = field(input, 'networks', idx, 'resourceClaim', 'claimName');
      findings.push(finding('DRA-04', 'claimName is required for DRA network', claimField, claimAt.at, { part: claimAt.part }));
    }
    if (requestName === '') {
      const requestAt = claimKeyAt(input, n, idx, 'requestName');
      const requestField = field(input, 'networks', idx, 'resourceClaim', 'requestName');
      findings.push(finding('DRA-05', 'requestName is required for DRA network', requestField, requestAt.at, { part: requestAt.part }));
    }
    if (claimName === '' || requestName === '') return;

    // DRA-06: the claim must be declared in spec.resourceClaims.
    const claims = Array.isArray(input.spec.resourceClaims) ? input.spec.resourceClaims : [];
    if (!claims.some((rc) => goString(rc?.name) === claimName)) {
      findings.push(
        finding(
          'DRA-06',
          `network references resourceClaim ${goQuote(claimName)} which is not defined in spec.resourceClaims`,
          field(input, 'networks', idx, 'resourceClaim', 'claimName'),
          at(input, 'networks', idx, 'resourceClaim', 'claimName'),
          { part: 'value', data: { claimName } },
        ),
      );
    }

    // DRA-07: a claim/request pair may back only one network.
    const key = `${claimName}/${requestName}`;
    const firstIdx = tuples.get(key);
    if (firstIdx !== undefined && firstIdx !== idx) {
      const related: Related[] = [
        { at: at(input, 'networks', firstIdx, 'resourceClaim'), part: 'key', message: `${key} is first used by networks[${firstIdx}]` },
      ];
      findings.push(
        finding('DRA-07', `duplicate claimName/requestName combination ${goQuote(key)}`, field(input, 'networks', idx), netKeyAt, {
          part: 'key',
          related,
        }),
      );
    }
  });
  return findings;
}
