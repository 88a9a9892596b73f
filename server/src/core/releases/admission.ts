// How KubeVirt's network admission differs between releases, as data the rules read. Which rules exist in which
// release lives with their codes (codes/*.ts, `releases`); what changed inside rules that exist in every release
// lives here. Citations are `file:line@tag` in github.com/kubevirt/kubevirt (NA = pkg/network/admitter,
// VS = pkg/network/vmispec, ADM = pkg/virt-api/webhooks/validating-webhook/admitters).
//
// Unchanged in every release v1.5 … main, so not tabled: the order of ValidateCreation/Validate calls on a VMI and a
// VM create (feature gates → creation checks with base `spec` on a VM, early returns; ADM/vms-admitter.go:138-146
// identical in every tag), the mutating webhook's defaults (VS/defaults.go:33-58 byte-identical: auto-attached pod
// network with bridge or masquerade, DEF-01/DEF-02), and every message not named below.

import type { ByRelease } from './by-release';
import type { BindingKey as AnyBindingKey, DiscontinuedBinding } from '../model/bindings';

/** A binding method of an interface (a key other than `binding`). */
type BindingKey = Exclude<AnyBindingKey, 'binding'>;

/**
 * Interface binding methods that, next to a binding plugin, make OLD-BIND-BOTH fire (v1.5–v1.8; BIND-01 from v1.9).
 * NA/binding.go:60-67@v1.5.0 (hasInterfaceBindingMethod incl. the deprecated slirp, macvtap, passt);
 * NA/binding.go:59-64@v1.8.0 (bridge, masquerade, sriov, passtBinding).
 */
export const PLUGIN_CONFLICTING_METHODS: ByRelease<readonly BindingKey[]> = {
  'v1.5': ['bridge', 'slirp', 'masquerade', 'sriov', 'macvtap', 'passt'],
  'v1.8': ['bridge', 'masquerade', 'sriov', 'passtBinding'],
};

/**
 * Bindings ValidateCreation rejects as discontinued (DISC-01..03). NA/slirp.go:66-79@v1.5.0 (slirp only, also
 * @v1.6.0, @v1.7.0); NA/discontinued.go:29-57@v1.8.0 (slirp, passt, macvtap; commits dc44ee2e75, 3a2ab61fd3).
 */
export const CREATION_DISCONTINUED: ByRelease<readonly DiscontinuedBinding[]> = {
  'v1.5': ['slirp'],
  'v1.8': ['slirp', 'passt', 'macvtap'],
};

/**
 * PORT-03/PORT-04 report the port entry (`…ports[j]`) up to v1.8 and its `port` key from v1.9
 * (NA/netiface.go:246-266@v1.8.0 vs :250-270@v1.9.0, commit b162de709c).
 */
export const PORT_CAUSE_ON_PORT_KEY: ByRelease<boolean> = { 'v1.5': false, 'v1.9': true };

/**
 * The largest port PORT-04 accepts: up to v1.8 the test was `port > 65536`, so 65536 passed despite the message
 * "0 < x < 65536" (NA/netiface.go:247@v1.8.0); from v1.9 `port >= 65536` (NA/netiface.go:251@v1.9.0).
 */
export const PORT_MAX_ACCEPTED: ByRelease<number> = { 'v1.5': 65536, 'v1.9': 65535 };

/**
 * STATE-04's "default network" (vmispec.LookUpDefaultNetwork): up to v1.8 the first network that is not a secondary
 * Multus network, so a network without a type counts too (VS/network.go:57-64@v1.8.0); from v1.9 the first `pod`
 * or `multus.default` network (VS/network.go:61-68@v1.9.0, commit 88a654c733).
 */
export const DEFAULT_NETWORK_LOOKUP: ByRelease<'not-secondary-multus' | 'pod-or-multus-default'> = {
  'v1.5': 'not-secondary-multus',
  'v1.9': 'pod-or-multus-default',
};

/**
 * The network sources NET-04/NET-05 count (NA/netsource.go:68-86@v1.8.0: pod, multus; :68-97@v1.9.0: + resourceClaim).
 * Before v1.9 a `resourceClaim` is an unknown field (the API server rejects it first).
 */
export const NETWORK_SOURCES: ByRelease<readonly ('pod' | 'multus' | 'resourceClaim')[]> = {
  'v1.5': ['pod', 'multus'],
  'v1.9': ['pod', 'multus', 'resourceClaim'],
};

/**
 * How launch security is gated (LSEC-FG) before the bootable-NIC check (LSEC-01):
 * * `any`: any `launchSecurity` needs WorkloadEncryptionSEV (ADM/vmi-create-admitter.go:545-550@v1.5.0);
 * * `sev`: only `sev` needs it (ADM/vmi-create-admitter.go:580-586@v1.6.0);
 * * `per-type`: only on `spec.architecture` amd64; exactly one of sev/snp/tdx, SEV and SNP need
 *   WorkloadEncryptionSEV, TDX WorkloadEncryptionTDX (ADM/vmi-create-admitter.go:557-577@v1.7.0,
 *   pkg/virt-api/webhooks/amd64.go:79-175@v1.7.0, unchanged @v1.9.0).
 * LSEC-01's text is `SEV does not work with bootable NICs: %s` before v1.7 and `%s does not work with bootable
 * NICs: %s` (SEV/SNP/TDX) from v1.7: the same words for SEV.
 */
export const LAUNCH_SECURITY_GATING: ByRelease<'any' | 'sev' | 'per-type'> = {
  'v1.5': 'any',
  'v1.6': 'sev',
  'v1.7': 'per-type',
};
