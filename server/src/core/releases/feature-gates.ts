// KubeVirt feature gates per release: the maturity of the gates network admission reads, and how a cluster's
// `developerConfiguration` turns them on (pkg/virt-config/featuregate, pkg/virt-config/feature-gates.go).

import type { KubevirtVersion } from '../context/version';
import { valueIn, type ByRelease } from './by-release';

export type Maturity = 'Alpha' | 'Beta' | 'GA' | 'Deprecated' | 'Discontinued';

/**
 * Maturity per release; a gate missing from a release's entry is not registered there (listing it does nothing
 * that admission can see). Sources: FG/active.go and FG/inactive.go at each tag, e.g. PasstBinding Beta
 * `active.go:268@v1.8.0`, `:320@v1.9.0`; WorkloadEncryptionSEV Alpha `:87@v1.5.0` … `:250@v1.8.0`, Beta `:304@v1.9.0`;
 * PortRangesSpec Alpha `:339@v1.9.0`; NetworkDevicesWithDRA Alpha `:314@v1.9.0`; GPUsWithDRA/HostDevicesWithDRA Alpha
 * `:153-154@v1.6.0` … `:258-259@v1.8.0`, Beta `:311-312@v1.9.0`; WorkloadEncryptionTDX Alpha `:171@v1.7.0`;
 * Passt/Macvtap Discontinued `inactive.go:110-111@v1.5.0` … `:219-220@v1.9.0`; LiveUpdateNADRef Beta
 * `active.go:278@v1.8.0`, GA `inactive.go:229@v1.9.0`; MultiArchitecture Alpha `active.go:93@v1.5.0`, Deprecated
 * `inactive.go:156@v1.8.0`.
 */
export const GATE_MATURITY: Readonly<Record<string, ByRelease<Maturity | undefined>>> = {
  NetworkBindingPlugins: { 'v1.5': 'GA' },
  HotplugNICs: { 'v1.5': 'GA' },
  DynamicPodInterfaceNaming: { 'v1.5': 'GA' },
  Passt: { 'v1.5': 'Discontinued' },
  Macvtap: { 'v1.5': 'Discontinued' },
  WorkloadEncryptionSEV: { 'v1.5': 'Alpha', 'v1.9': 'Beta' },
  WorkloadEncryptionTDX: { 'v1.5': undefined, 'v1.7': 'Alpha' },
  GPUsWithDRA: { 'v1.5': undefined, 'v1.6': 'Alpha', 'v1.9': 'Beta' },
  HostDevicesWithDRA: { 'v1.5': undefined, 'v1.6': 'Alpha', 'v1.9': 'Beta' },
  PasstBinding: { 'v1.5': undefined, 'v1.8': 'Beta' },
  LiveUpdateNADRef: { 'v1.5': undefined, 'v1.8': 'Beta', 'v1.9': 'GA' },
  PasstIPStackMigration: { 'v1.5': undefined, 'v1.6': 'Alpha', 'v1.8': 'Discontinued' },
  MultiArchitecture: { 'v1.5': 'Alpha', 'v1.8': 'Deprecated' },
  PortRangesSpec: { 'v1.5': undefined, 'v1.9': 'Alpha' },
  NetworkDevicesWithDRA: { 'v1.5': undefined, 'v1.9': 'Alpha' },
  PodSecondaryInterfaceNamingUpgrade: { 'v1.5': undefined, 'v1.8': 'Beta' },
};

/**
 * Beta gates are on unless disabled only from v1.9 (FG/feature-gates.go:89-112@v1.9.0, commit 6a8dfaf64c); up to
 * v1.8 every gate that is not GA is off unless listed (VC/feature-gates.go:28-39@v1.5.0, :32-46@v1.8.0).
 */
export const BETA_ON_BY_DEFAULT: ByRelease<boolean> = { 'v1.5': false, 'v1.9': true };

/**
 * `developerConfiguration.disabledFeatureGates` exists from v1.8 (API types.go:3370@v1.8.0); in v1.8 it only turns
 * off what is off anyway (VC/feature-gates.go:32-46@v1.8.0). Earlier releases do not read it.
 */
export const READS_DISABLED_GATES: ByRelease<boolean> = { 'v1.5': false, 'v1.8': true };

/**
 * A gate a release does not register: listed in `featureGates` it still counts as enabled up to v1.8 (a plain list
 * lookup, VC/feature-gates.go:28-39@v1.5.0), not from v1.9 (`FeatureGateInfo == nil` → false,
 * FG/feature-gates.go:89-95@v1.9.0).
 */
export const UNREGISTERED_LISTED_GATE_ON: ByRelease<boolean> = { 'v1.5': true, 'v1.9': false };

export function gateMaturity(gate: string, v: KubevirtVersion): Maturity | undefined {
  const t = Object.hasOwn(GATE_MATURITY, gate) ? GATE_MATURITY[gate] : undefined;
  return t ? valueIn(t, v) : undefined;
}

export interface GateConfig {
  kubevirtVersion: KubevirtVersion;
  featureGates: readonly string[];
  disabledFeatureGates: readonly string[];
}

/**
 * Whether `gate` is on in that release with that developerConfiguration: GA on; listed on (unregistered gates only
 * up to v1.8); disabled off (v1.8+); else Beta on from v1.9; everything else off.
 */
export function gateEnabled(cfg: GateConfig, gate: string): boolean {
  const v = cfg.kubevirtVersion;
  const maturity = gateMaturity(gate, v);
  if (maturity === 'GA') return true;
  if (cfg.featureGates.includes(gate)) return maturity !== undefined || valueIn(UNREGISTERED_LISTED_GATE_ON, v);
  if (valueIn(READS_DISABLED_GATES, v) && cfg.disabledFeatureGates.includes(gate)) return false;
  return maturity === 'Beta' && valueIn(BETA_ON_BY_DEFAULT, v);
}
