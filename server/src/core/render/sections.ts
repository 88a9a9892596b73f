// Markdown sections of one interface's wiring, shared by hovers (compact) and the wiring document (full).

import type { DhcpV4, DhcpV6, DomainDevice, InPodLink, InterfaceWiring, NftCommand } from '../wiring/types';
import { domainElement } from '../wiring/domain-xml';
import type { XmlElement } from '../wiring/xml';
import { cell, code, esc, fence, seconds, table, value } from './markdown';
import { nftCommandLine, nftScript } from './nft-script';
import { isPasstDevice } from './summary';
import { prettyXml } from './xml';

/** `IPv4 `10.0.2.2/24` via `10.0.2.1` · IPv6 none` */
export function addressesLine(w: InterfaceWiring, short = false): string {
  const g = w.guest;
  if (!g) return 'not computed';
  const fam = (label: string, ip: unknown, gw: unknown): string => {
    if (ip === null || ip === undefined) return `${label} none`;
    const via = gw === null || gw === undefined ? '' : ` via ${value(gw, { short })}`;
    return `${label} ${value(ip, { short })}${via}`;
  };
  return `${fam('IPv4', g.ipv4, g.ipv4Gateway)} · ${fam('IPv6', g.ipv6, g.ipv6Gateway)}`;
}

const OPTION_LABELS: [keyof DhcpV4['options'], string, number][] = [
  ['subnetMask', 'mask', 1],
  ['router', 'router', 3],
  ['dnsServers', 'DNS', 6],
  ['hostname', 'hostname', 12],
  ['domainName', 'domain', 15],
  ['interfaceMTU', 'MTU', 26],
  ['ntpServers', 'NTP', 42],
  ['tftpServerName', 'TFTP server', 66],
  ['bootFileName', 'boot file', 67],
  ['domainSearch', 'search', 119],
  ['classlessStaticRoutes', 'routes', 121],
];

/** The DHCPv4 options as a compact comma-separated list (runtime values shortened). */
export function dhcpV4OptionsCompact(v4: DhcpV4): string {
  const o = v4.options ?? ({} as DhcpV4['options']);
  const items: string[] = [];
  for (const [key, label] of OPTION_LABELS) {
    if (o[key] === undefined) continue;
    items.push(`${label} ${value(o[key], { short: true })}`);
  }
  for (const [n, v] of Object.entries(o.private ?? {})) items.push(`option ${n} ${value(v)}`);
  return items.join(', ');
}

function clientPhrase(v4: DhcpV4, short: boolean): string {
  if (v4.clientMACFilter === null || v4.clientMACFilter === undefined) return 'to any client';
  return `only to MAC ${value(v4.clientMACFilter, { short })}`;
}

/** Why there is no KubeVirt DHCP server: `KubeVirt runs no DHCP server for this interface (passt …)`. */
function noDhcp(w: InterfaceWiring): string {
  const passt = w.binding === 'passtBinding' || isPasstDevice(w);
  return `KubeVirt runs no DHCP server for this interface${passt ? ' (passt answers DHCP/NDP itself)' : ''}`;
}

/** Compact DHCP paragraph for hovers. */
export function dhcpCompact(w: InterfaceWiring): string {
  const d = w.dhcp;
  if (!d || (!d.v4 && !d.v6)) return `**DHCP** — ${noDhcp(w)}`;
  const out: string[] = [];
  if (d.v4) {
    const v4 = d.v4;
    const when = v4.enabledWhen ? ` · runs when ${esc(v4.enabledWhen)}` : '';
    out.push(
      `**DHCPv4** on ${code(v4.listenInterface)}${when} · server ${value(v4.serverIdentifier)} · offers ` +
        `${value(v4.yiaddr, { short: true })} ${clientPhrase(v4, true)} · lease ${seconds(v4.leaseTimeSeconds)}  \n` +
        `options: ${dhcpV4OptionsCompact(v4)}`,
    );
  }
  if (d.v6) {
    const v6 = d.v6;
    out.push(
      `**DHCPv6** on ${code(v6.listenInterface)} · offers ${value(v6.iaNaAddress, { short: true })} · ` +
        `DNS ${value(v6.dnsServers, { short: true })}`,
    );
  }
  return out.join('\n\n');
}

/** Full DHCP tables for the wiring document. */
export function dhcpFull(w: InterfaceWiring): string {
  const d = w.dhcp;
  if (!d || (!d.v4 && !d.v6)) return noDhcp(w) + '.';
  const out: string[] = [];
  if (d.v4) out.push('**DHCPv4**', '', dhcpV4Table(d.v4));
  if (d.v6) out.push('', '**DHCPv6**', '', dhcpV6Table(d.v6));
  return out.join('\n');
}

function dhcpV4Table(v4: DhcpV4): string {
  const rows: string[][] = [
    ['listen interface', '', value(v4.listenInterface)],
    ...(v4.enabledWhen ? [['runs when', '', cell(v4.enabledWhen)]] : []),
    ['client MAC filter', '', v4.clientMACFilter === null ? 'none (answers any client)' : value(v4.clientMACFilter)],
    ['offered address (yiaddr)', '', value(v4.yiaddr)],
    ['server identifier', '54', value(v4.serverIdentifier)],
    ['lease time', '51', `${value(v4.leaseTimeSeconds)} (${seconds(v4.leaseTimeSeconds)})`],
  ];
  const o = v4.options ?? ({} as DhcpV4['options']);
  for (const [key, label, num] of OPTION_LABELS) {
    if (o[key] === undefined) continue;
    rows.push([label, String(num), value(o[key])]);
  }
  for (const [n, v] of Object.entries(o.private ?? {})) rows.push(['private option', n, value(v)]);
  return table(['', 'option', 'value'], rows);
}

function dhcpV6Table(v6: DhcpV6): string {
  return table(
    ['', 'value'],
    [
      ['listen interface', value(v6.listenInterface)],
      ['IA_NA address', value(v6.iaNaAddress)],
      ['preferred lifetime', `${value(v6.preferredLifetimeSeconds)} (${seconds(v6.preferredLifetimeSeconds)})`],
      ['valid lifetime', `${value(v6.validLifetimeSeconds)} (${seconds(v6.validLifetimeSeconds)})`],
      ['server DUID', value(v6.serverDUID)],
      ['DNS servers', value(v6.dnsServers)],
    ],
  );
}

/** `nft` block of the exact commands KubeVirt runs. */
export function nftBlock(commands: readonly NftCommand[]): string {
  return fence('nft', commands.map(nftCommandLine).join('\n'));
}

/** The commands as an `nft -f` ruleset. */
export function nftScriptBlock(commands: readonly NftCommand[]): string {
  return fence('nft', nftScript(commands));
}

/** An XML block, indented the way `virsh dumpxml` shows it. */
export function xmlBlock(xml: XmlElement | readonly XmlElement[]): string {
  return fence('xml', prettyXml(xml));
}

/** The device's XML block. */
export function deviceBlock(d: DomainDevice): string {
  return xmlBlock(domainElement(d));
}

function linkDetails(l: InPodLink): string {
  const bits: string[] = [];
  if (l.renamedFrom) bits.push(`renamed from ${code(l.renamedFrom)}`);
  if (l.copyMacFrom) bits.push(`MAC copied from ${code(l.copyMacFrom)}`);
  if (l.portLearning === false) bits.push('learning off');
  if (l.ipv4When) bits.push(`IPv4 when ${esc(l.ipv4When)}`);
  if (l.queues !== undefined) bits.push(`queues ${l.queues}`);
  if (l.uid !== undefined) bits.push(`uid/gid ${l.uid}/${l.gid ?? l.uid}`);
  return bits.join(', ');
}

const addrCell = (v: unknown): string =>
  v === undefined ? '' : Array.isArray(v) ? (v.length === 0 ? 'none' : v.map((x) => code(String(x))).join(' ')) : value(v);

/** Table of the in-pod links (nmstate desired spec), in apply order. */
export function inPodTable(w: InterfaceWiring): string {
  const links = w.inPod?.links ?? [];
  const lines: string[] = [];
  if (links.length === 0) lines.push('KubeVirt creates no in-pod links for this interface.');
  else
    lines.push(
      table(
        ['#', 'link', 'kind', 'state', 'controller', 'MAC', 'MTU', 'IPv4', 'IPv6', 'details'],
        links.map((l, i) => [
          String(i + 1),
          code(l.name),
          esc(l.kind),
          l.state ? esc(l.state) : '',
          l.controller ? code(l.controller) : '',
          l.mac !== undefined ? value(l.mac) : '',
          l.mtu !== undefined ? value(l.mtu) : '',
          addrCell(l.ipv4),
          addrCell(l.ipv6),
          linkDetails(l),
        ]),
      ),
    );
  if (w.inPod?.podIfaceUntouched) lines.push('', `The pod interface ${code(w.inPod.podIfaceUntouched)} is left untouched.`);
  return lines.join('\n');
}

/** In-pod links as one short line: `k6t-eth0 (bridge, 10.0.2.1/24) · tap0 (tap → k6t-eth0)`. */
export function inPodLine(w: InterfaceWiring): string {
  const links = w.inPod?.links ?? [];
  if (links.length === 0) return 'none';
  return links
    .map((l) => {
      const bits: string[] = [l.kind === 'pod-iface-renamed' ? `renamed from ${l.renamedFrom ?? '?'}` : l.kind];
      if (l.controller) bits.push(`attached to ${l.controller}`);
      if (Array.isArray(l.ipv4) && l.ipv4.length > 0) bits.push(l.ipv4.join(' '));
      if (Array.isArray(l.ipv6) && l.ipv6.length > 0) bits.push(l.ipv6.join(' '));
      return `${code(l.name)} (${esc(bits.join(', '))})`;
    })
    .join(' · ');
}

export function sysctlsTable(w: InterfaceWiring): string {
  const s = Object.entries(w.inPod?.sysctls ?? {});
  if (s.length === 0) return 'No sysctls.';
  return table(['sysctl (below /proc/sys)', 'value'], s.map(([k, v]) => [code(k), code(v)]));
}

export function sysctlsLine(w: InterfaceWiring): string {
  const s = Object.entries(w.inPod?.sysctls ?? {});
  return s.length === 0 ? 'none' : s.map(([k, v]) => code(`${k}=${v}`)).join(', ');
}

/** The expected status.interfaces[] entry. */
export function statusBlock(w: InterfaceWiring): string {
  if (!w.status) return 'KubeVirt reports no status entry for this interface.';
  const s = w.status;
  const rows: string[][] = [
    ['podInterfaceName', value(s.podInterfaceName)],
    ['infoSource', value(s.infoSource)],
    ['mac', value(s.mac)],
    ['queueCount', value(s.queueCount)],
    ['linkState', value(s.linkState)],
    ['ipAddresses', value(s.ipAddresses)],
  ];
  return table(['field', 'value'], rows);
}
