// Spec-level admission rules that touch networking (vmi-create-admitter.go, amd64.go, dra.go, pkg/dra/admitter).
// Each function returns KubeVirt's causes in KubeVirt's order; one rule (or one KubeVirt check) per file.
//
// KubeVirt's order inside ValidateVirtualMachineInstanceSpec, for callers that interleave with the network rules:
//   validateHostnameAndSubdomain (DNS-01/02)            — first of all
//   … network validator, with validateDRANetworks (DRA-01..07) after validateNetworkNameUnique …
//   validateDRANetworkDevicePairs (DRA-08)              — draadmitter.ValidateCreation, right after the network validator
//   validateBootOrder (BOOT-01/02) → validateProbes (PROBE-01)
//   validateDNSPolicy (DNS-03) → validatePodDNSConfig (DNS-04..11)
//   validateLaunchSecurity (LSEC-FG or LSEC-01)
// validateNetworkDevicesWithDRA and validateDNS are the combined entry points (DRA-01..08, DNS-01..11).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { validateDRANetworks } from './dra-networks';
import { validateDRANetworkDevicePairs } from './dra-device-pairs';
import { validateInterfaceBootOrder } from './boot-order';
import { validateProbesNeedPodNetwork } from './probes-need-pod-network';
import { validateLaunchSecurityGateAndNics } from './launch-security';
import { validateHostnameAndSubdomain } from './hostname';
import { validateDNSPolicy, validatePodDNSConfig } from './dns-config';

export { validateDRANetworks } from './dra-networks';
export { validateDRANetworkDevicePairs } from './dra-device-pairs';

/**
 * DRA-01..08 together (pkg/network/admitter/dra.go · validateNetworkDevicesWithDRA, then pkg/dra/admitter's pair
 * check). admit() does not use it: the network validator runs validateDRANetworks at its place and admit() runs
 * validateDRANetworkDevicePairs right after the whole validator.
 */
export function validateNetworkDevicesWithDRA(input: RuleInput): Finding[] {
  return [...validateDRANetworks(input), ...validateDRANetworkDevicePairs(input)];
}
/** BOOT-01, BOOT-02. */
export function validateBootOrder(input: RuleInput): Finding[] {
  return validateInterfaceBootOrder(input);
}
/** PROBE-01. */
export function validateProbes(input: RuleInput): Finding[] {
  return validateProbesNeedPodNetwork(input);
}
/** LSEC-FG, LSEC-01. */
export function validateLaunchSecurity(input: RuleInput): Finding[] {
  return validateLaunchSecurityGateAndNics(input);
}
/** DNS-01..11 (hostname/subdomain first, then dnsPolicy, then dnsConfig). */
export function validateDNS(input: RuleInput): Finding[] {
  return [...validateHostnameAndSubdomain(input), ...validateDNSPolicy(input), ...validatePodDNSConfig(input)];
}
