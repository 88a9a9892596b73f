// The expected status.interfaces[] entry of an interface (setup/netstat.go + controllers/vmi.go).
// infoSource values join with ", " in insertion order: domain, guest-agent, multus-status.

import type { InterfaceStatus } from './types';

export interface StatusInput {
  podInterfaceName: string | null;
  /** From a domain `<interface>`/`<hostdev>` (or a sidecar-added interface). */
  inDomain: boolean;
  /** Secondary Multus networks appear in the Multus network-status. */
  inMultusStatus: boolean;
  guestAgent: boolean;
  mac: string | null;
  queueCount: number | null;
  linkState: string | null;
  ipAddresses: string | string[] | null;
}

export function infoSource(s: Pick<StatusInput, 'inDomain' | 'inMultusStatus' | 'guestAgent'>): string {
  const parts: string[] = [];
  if (s.inDomain) parts.push('domain');
  if (s.guestAgent && s.inDomain) parts.push('guest-agent');
  if (s.inMultusStatus) parts.push('multus-status');
  return parts.join(', ');
}

export function statusEntry(s: StatusInput): InterfaceStatus {
  return {
    podInterfaceName: s.podInterfaceName,
    infoSource: infoSource(s),
    mac: s.mac,
    queueCount: s.queueCount,
    linkState: s.linkState,
    ipAddresses: s.ipAddresses,
  };
}
