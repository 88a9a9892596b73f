// Plain-data types of the network part of the KubeVirt v1 VMI spec.
// Based on @kubevirt-ui-ext/kubevirt-api (generated from KubeVirt's OpenAPI), extended with the fields
// that KubeVirt main after v1.9.0 has and that package does not yet (port ranges, DRA networks, passt).
// Every field is optional and loosely typed on purpose: these describe what a user may have written,
// which schema checks have judged before rules read it.

import type { V1Interface, V1Network, V1Port, V1DHCPOptions, V1DHCPPrivateOptions } from '@kubevirt-ui-ext/kubevirt-api/kubevirt';

export type Port = Partial<V1Port> & { name?: string; port?: number; protocol?: string };
export interface PortRange {
  protocol?: string;
  start?: number;
  end?: number;
}
export type DHCPPrivateOption = Partial<V1DHCPPrivateOptions>;
export type DHCPOptions = Partial<Omit<V1DHCPOptions, 'privateOptions'>> & {
  privateOptions?: DHCPPrivateOption[];
};

export type Interface = Omit<Partial<V1Interface>, 'ports' | 'dhcpOptions'> & {
  name?: string;
  bridge?: object;
  masquerade?: object;
  sriov?: object;
  passtBinding?: object;
  binding?: { name?: string };
  /** Discontinued bindings (rejected at creation since v1.3). */
  slirp?: object;
  passt?: object;
  macvtap?: object;
  model?: string;
  macAddress?: string;
  pciAddress?: string;
  bootOrder?: number;
  acpiIndex?: number;
  state?: string;
  tag?: string;
  ports?: Port[];
  portRanges?: PortRange[];
  dhcpOptions?: DHCPOptions;
  /** Whatever else was written (rules read it as Go would: a missing or mistyped value is the zero value). */
  [k: string]: unknown;
};

export interface ResourceClaimNetworkSource {
  claimName?: string;
  requestName?: string;
}

export type Network = Omit<Partial<V1Network>, 'pod' | 'multus'> & {
  name?: string;
  pod?: { vmNetworkCIDR?: string; vmIPv6NetworkCIDR?: string };
  multus?: { networkName?: string; default?: boolean };
  resourceClaim?: ResourceClaimNetworkSource;
  [k: string]: unknown;
};

export interface Devices {
  interfaces?: Interface[];
  autoattachPodInterface?: boolean;
  networkInterfaceMultiqueue?: boolean;
  useVirtioTransitional?: boolean;
  disks?: { name?: string; bootOrder?: number }[];
  gpus?: { name?: string; claimName?: string; requestName?: string; deviceName?: string }[];
  hostDevices?: { name?: string; claimName?: string; requestName?: string; deviceName?: string }[];
  [k: string]: unknown;
}

export interface LaunchSecurity {
  sev?: object;
  snp?: object;
  tdx?: object;
  [k: string]: unknown;
}

export interface DomainSpec {
  devices?: Devices;
  cpu?: { sockets?: number; cores?: number; threads?: number; [k: string]: unknown };
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  launchSecurity?: LaunchSecurity;
  [k: string]: unknown;
}

export interface Probe {
  httpGet?: object;
  tcpSocket?: object;
  exec?: object;
  guestAgentPing?: object;
  [k: string]: unknown;
}

export interface VMISpec {
  domain?: DomainSpec;
  networks?: Network[];
  hostname?: string;
  subdomain?: string;
  dnsPolicy?: string;
  dnsConfig?: { nameservers?: string[]; searches?: string[]; options?: { name?: string; value?: string }[] };
  resourceClaims?: { name?: string; resourceClaimName?: string; resourceClaimTemplateName?: string }[];
  architecture?: string;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  [k: string]: unknown;
}
