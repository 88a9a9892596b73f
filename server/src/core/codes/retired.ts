import type { CodeInfo } from './info';

/**
 * Codes of network-admission rules that older KubeVirt releases have and main no longer has (version-matrix §5):
 * the slirp, passt and macvtap gate and "only implemented with" checks, replaced by the creation-time DISC-01..03,
 * and the plugin/method conflict check, replaced by BIND-01 in v1.9.
 */
export const CODES: CodeInfo[] = [
  {
    code: 'OLD-BIND-BOTH',
    severity: 'error',
    why: 'Up to v1.8 an interface may not set a binding plugin and a binding method together (v1.5–v1.7 count slirp, macvtap and passt too; v1.8 counts passtBinding); v1.9 replaced the check by BIND-01.',
    releases: { until: 'v1.8' },
  },
  {
    code: 'OLD-SLIRP-POD',
    severity: 'error',
    why: 'v1.5 still validated slirp interfaces besides blocking their creation (DISC-01): slirp only works on the pod network.',
    releases: { until: 'v1.5' },
  },
  {
    code: 'OLD-SLIRP-CFG',
    severity: 'error',
    why: 'v1.5 still validated slirp interfaces besides blocking their creation (DISC-01): on the pod network they need network.permitSlirpInterface in the KubeVirt CR.',
    releases: { until: 'v1.5' },
  },
  {
    code: 'OLD-PASST-FG',
    severity: 'error',
    why: 'Up to v1.7 the core passt binding needed the Passt feature gate, which is discontinued: without it listed KubeVirt rejects the interface (listing it is DISC-04). v1.8 replaced this by DISC-02.',
    releases: { until: 'v1.7' },
  },
  {
    code: 'OLD-PASST-POD',
    severity: 'error',
    why: 'Up to v1.7 KubeVirt rejected the core passt binding on anything but the pod network.',
    releases: { until: 'v1.7' },
  },
  {
    code: 'OLD-MACVTAP-FG',
    severity: 'error',
    why: 'Up to v1.7 the core macvtap binding needed the Macvtap feature gate, which is discontinued: without it listed KubeVirt rejects the interface (listing it is DISC-04). v1.8 replaced this by DISC-03.',
    releases: { until: 'v1.7' },
  },
  {
    code: 'OLD-MACVTAP-MULTUS',
    severity: 'error',
    why: 'Up to v1.7 KubeVirt rejected the core macvtap binding on anything but a Multus network.',
    releases: { until: 'v1.7' },
  },
];
