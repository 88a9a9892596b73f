// PROBE-01 — httpGet / tcpSocket probes need the pod network (vmi-create-admitter.go:
// appendStatusCauseForProbeNotAllowedWithNoPodNetworkPresent, readiness before liveness).

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { isPod, networksOf } from '../../model/resource';
import type { Finding } from '../../types';
import { isSet } from '../../go/fmt';

export function validateProbesNeedPodNetwork(input: RuleInput): Finding[] {
  // vmispec.LookupPodNetwork on the defaulted spec: only `pod: {}` counts, not a multus default network.
  if (networksOf(input.spec).some((n) => isPod(n))) return [];
  const findings: Finding[] = [];
  for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
    const p = input.spec[probe];
    if (!isSet(p) || typeof p !== 'object') continue;
    for (const handler of ['httpGet', 'tcpSocket'] as const) {
      if (!isSet(p[handler])) continue;
      const path = field(input, probe, handler);
      findings.push(
        finding('PROBE-01', `${path} is only allowed if the Pod Network is attached`, path, at(input, probe, handler), { part: 'key' }),
      );
    }
  }
  return findings;
}
