// Spec-level admission rules that touch networking (vmi-create-admitter.go, amd64.go, dra.go).
// Each function returns KubeVirt's causes in KubeVirt's order. Filled in one rule per file.

import type { AdmissionInput } from '../../admission/input';
import type { Finding } from '../../types';

/** DRA-01..08 (pkg/network/admitter/dra.go · validateNetworkDevicesWithDRA + pkg/dra/admitter). */
export function validateNetworkDevicesWithDRA(_input: AdmissionInput): Finding[] {
  return [];
}
/** BOOT-01, BOOT-02. */
export function validateBootOrder(_input: AdmissionInput): Finding[] {
  return [];
}
/** PROBE-01. */
export function validateProbes(_input: AdmissionInput): Finding[] {
  return [];
}
/** LSEC-01. */
export function validateLaunchSecurity(_input: AdmissionInput): Finding[] {
  return [];
}
/** DNS-01..11. */
export function validateDNS(_input: AdmissionInput): Finding[] {
  return [];
}
