// KubeVirt's own DHCP servers (pkg/network/dhcp): only for bridge and masquerade interfaces, listening on the
// in-pod bridge. DHCPv4 options per dhcp/server/server.go:prepareDHCPOptions; DHCPv6 (masquerade only).

import type { DHCPOptions, Interface, VMISpec } from '../model/api';
import type { DhcpV4Options, DhcpV6 } from './types';
import { TEXT } from './runtime';

/** 999 days: KubeVirt's "infinite" lease (option 51). */
export const LEASE_SECONDS = 999 * 24 * 3600;

/** Option 12: spec.hostname, else metadata.name up to the first '.', at most 63 characters (SanitizeHostname). */
export function dhcpHostname(vmiName: string, spec: VMISpec): string {
  if (typeof spec.hostname === 'string' && spec.hostname !== '') return spec.hostname;
  return (vmiName.split('.')[0] ?? '').slice(0, 63);
}

/** The options every DHCPv4 reply of KubeVirt carries, plus the interface's dhcpOptions. */
export function commonV4Options(iface: Interface, vmiName: string, spec: VMISpec, mtu: string | number): DhcpV4Options {
  const sub = typeof spec.subdomain === 'string' && spec.subdomain !== '' ? spec.subdomain : undefined;
  const options: DhcpV4Options = {
    dnsServers: TEXT.dnsServers,
    hostname: dhcpHostname(vmiName, spec),
    domainName: sub ? TEXT.domainNameWithSubdomain(sub) : TEXT.domainName,
    interfaceMTU: mtu,
    domainSearch: sub ? TEXT.domainSearchWithSubdomain(sub) : TEXT.domainSearch,
  };
  Object.assign(options, customOptions(iface.dhcpOptions));
  return options;
}

/** Options 66, 67, 42 and 224–254 from `dhcpOptions` (empty strings and out-of-range options are not sent). */
export function customOptions(d: DHCPOptions | undefined): Partial<DhcpV4Options> {
  const out: Partial<DhcpV4Options> = {};
  if (!d || typeof d !== 'object') return out;
  if (typeof d.tftpServerName === 'string' && d.tftpServerName !== '') out.tftpServerName = d.tftpServerName;
  if (typeof d.bootFileName === 'string' && d.bootFileName !== '') out.bootFileName = d.bootFileName;
  if (Array.isArray(d.ntpServers) && d.ntpServers.length > 0) out.ntpServers = d.ntpServers.map(String);
  if (Array.isArray(d.privateOptions)) {
    const priv: Record<string, string> = {};
    for (const p of d.privateOptions) {
      const n = Number(p?.option);
      if (Number.isInteger(n) && n >= 224 && n <= 254) priv[String(n)] = String(p?.value ?? '');
    }
    if (Object.keys(priv).length > 0) out.private = priv;
  }
  return out;
}

export function masqueradeDhcpV6(bridge: string, guest: string): DhcpV6 {
  return {
    listenInterface: bridge,
    iaNaAddress: guest,
    preferredLifetimeSeconds: LEASE_SECONDS,
    validLifetimeSeconds: LEASE_SECONDS,
    serverDUID: 'DUID-LL{HWType=Ethernet HWAddr=02:00:00:00:00:00}',
    dnsServers: TEXT.dnsServersV6,
  };
}
