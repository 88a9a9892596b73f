// Where a KubeVirt release builds something other than main for an accepted VM (the wiring Virtwire computes is
// main's). Only what Virtwire knows for certain is listed; the hover says so instead of guessing.

import type { KubevirtVersion } from '../context/version';

export interface WiringDifference {
  /** The first release that builds it as main does. */
  since: KubevirtVersion;
  /** Applies to this wiring (pod annotations by name). */
  annotation: string;
  text: string;
}

export const WIRING_DIFFERENCES: readonly WiringDifference[] = [
  {
    // pkg/network/istio/decorators.go:40@v1.7.0 (RerouteVirtualInterfacesAnnotation); v1.5.0/v1.6.0 have only
    // traffic.sidecar.istio.io/kubevirtInterfaces (pkg/network/istio/annotations.go:30)
    since: 'v1.7',
    annotation: 'istio.io/reroute-virtual-interfaces',
    text: 'does not add the pod annotation `istio.io/reroute-virtual-interfaces` (KubeVirt adds it since v1.7.0); the other annotations are the same',
  },
];
