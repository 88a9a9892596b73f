// PROBE-01 — httpGet / tcpSocket probes need the pod network (vmi-create-admitter.go:
// appendStatusCauseForProbeNotAllowedWithNoPodNetworkPresent, readiness before liveness).

import { at, field, type AdmissionInput } from '../../admission/input';
import { isPod, networksOf } from '../../model/resource';
import type { Finding } from '../../types';
import { isSet } from '../../go/fmt';

export function validateProbesNeedPodNetwork(input: AdmissionInput): Finding[] {
  // vmispec.LookupPodNetwork on the defaulted spec: only `pod: {}` counts, not a multus default network.
  if (networksOf(input.spec).some((n) => isPod(n))) return [];
  const findings: Finding[] = [];
  for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
    const p = input.spec[probe];
    if (!isSet(p) || typeof p !== 'object') continue;
    for (const handler of ['httpGet', 'tcpSocket'] as const) {
      if (!isSet(p[handler])) continue;
      const path = field(input, probe, handler);
      findings.push({
        code: 'PROBE-01',
        severity: 'error',
        message: `${path} is only allowed if the Pod Network is attached`,
        field: path,
        at: at(input, probe, handler),
        part: 'key',
      });
    }
  }
  return findings;
}
