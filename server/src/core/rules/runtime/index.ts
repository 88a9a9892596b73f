// Runtime-only problems: accepted at admission, but the VMI fails (or is limited) later. Never errors. Each is a
// pitfall of the catalogue (codes/runtime.ts): reported only in the releases its code names and when its switch is
// on (codes/index.ts pitfallOn: virtwire.pitfalls, --pitfall / --no-pitfall).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { codeExists, pitfallOn } from '../../codes';
import { finding, type Rule } from '../rule';
import { checkBindingPluginRegistered } from './binding-plugin-registered';
import { checkBridgeIPv6 } from './bridge-ipv6';
import { checkBridgePodMigration } from './bridge-pod-migration';
import { checkIgnoredPorts } from './ignored-ports';
import { checkMacUnpinned } from './mac-unpinned';
import { checkMasqueradeIPv6Route } from './masquerade-ipv6-route';
import { checkMultiNicRoutes } from './multi-nic-routes';
import { checkNadExists } from './nad-exists';
import { checkNoBinding } from './no-binding';
import { checkPasstLinkState } from './passt-link-state';
import { checkPluginSidecarName } from './plugin-sidecar-name';
import { checkPodNetworkCidr } from './pod-network-cidr';
import { checkPortsUnforwarded } from './ports-unforwarded';
import { checkSriovNadIpam } from './sriov-nad-ipam';
import { checkSriovNadResource } from './sriov-nad-resource';
import { checkSriovOnPodNetwork } from './sriov-on-pod-network';
import { checkStatusFlap } from './status-flap';

/** Each check with the code it reports (a check runs only when its code is on in the context). */
const CHECKS: readonly [string, Rule][] = [
  ['NO-BINDING', checkNoBinding],
  ['N-01', checkBindingPluginRegistered],
  ['PLUGIN-SIDECAR-NAME', checkPluginSidecarName],
  ['N-06', checkSriovOnPodNetwork],
  ['N-07', checkPodNetworkCidr],
  ['NAD-MISSING', checkNadExists],
  ['SRIOV-NAD-RESOURCE', checkSriovNadResource],
  ['SRIOV-NAD-IPAM', checkSriovNadIpam],
  ['STATUS-FLAP', checkStatusFlap],
  ['PASST-LINK-STATE', checkPasstLinkState],
  ['PORTS-UNFORWARDED', checkPortsUnforwarded],
  ['MASQ-IPV6-ROUTE', checkMasqueradeIPv6Route],
  ['BRIDGE-IPV6', checkBridgeIPv6],
  ['MAC-UNPINNED', checkMacUnpinned],
  ['MULTI-NIC-ROUTES', checkMultiNicRoutes],
  ['BRIDGE-POD-MIGRATION', checkBridgePodMigration],
  ['N-10', checkIgnoredPorts],
];

export function runtimeChecks(input: RuleInput): Finding[] {
  const out: Finding[] = [];
  for (const [code, check] of CHECKS) {
    if (!codeExists(input.ctx, code) || !pitfallOn(input.ctx, code)) continue;
    try {
      out.push(...check(input));
    } catch (e) {
      // one failing check is reported; the others still run
      const why = e instanceof Error ? e.message : String(e);
      out.push(
        finding('VIRTWIRE-INTERNAL', `Virtwire could not finish its ${code} check on this document: ${why}`, null, [], {
          severity: 'warning',
        }),
      );
    }
  }
  return out;
}
