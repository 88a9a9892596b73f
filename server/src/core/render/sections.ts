// Markdown sections of one interface's wiring, shared by hovers (compact) and the wiring document (full).

import type { DhcpV4, DhcpV6, DomainDevice, InPodLink, InterfaceWiring, NftCommand } from '../wiring/types';
import { domainElement } from '../wiring/domain-xml';
import type { XmlElement } from '../wiring/xml';
import { cell, code, esc, fence, runtimeKind, seconds, table, value } from './markdown';
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

function clientPhrase(v4: DhcpV4, short: boolean): string {
  if (v4.clientMACFilter === null || v4.clientMACFilter === undefined) return 'to any client';
  return `only to MAC ${value(v4.clientMACFilter, { short })}`;
}

/** Why there is no KubeVirt DHCP server: `KubeVirt runs no DHCP server for this interface (passt …)`. */
function noDhcp(w: InterfaceWiring): string {
  const passt = w.binding === 'passtBinding' || isPasstDevice(w);
  return `KubeVirt runs no DHCP server for this interface${passt ? ' (passt answers DHCP/NDP itself)' : ''}`;
}

/** DHCP in one line for hovers: what the guest is offered; the server's interface and options are in the wiring document. */
export function dhcpLine(w: InterfaceWiring): string {
  const d = w.dhcp;
  if (!d || (!d.v4 && !d.v6)) return `**DHCP** · ${noDhcp(w)}`;
  const parts: string[] = [];
  if (d.v4) {
    const v4 = d.v4;
    const router = v4.options?.router !== undefined ? `, router ${value(v4.options.router, { short: true })}` : '';
    // the condition in full is in the wiring document: both of KubeVirt's are about the pod interface's IPv4 address
    const when = v4.enabledWhen ? ', if the pod interface has a global IPv4 address' : '';
    parts.push(`offers ${value(v4.yiaddr, { short: true })} ${clientPhrase(v4, true)}${router}${when}`);
  }
  if (d.v6) parts.push(`DHCPv6 offers ${value(d.v6.iaNaAddress, { short: true })}`);
  return `**DHCP** · ${parts.join(' · ')}`;
}

/** The domain device in one line: element and type, target, model, and MAC and MTU when known (the rest is in the full XML). */
export function deviceLine(d: DomainDevice): string {
  if (d.element !== 'interface') return `**Domain** · ${code('<hostdev>')}: the SR-IOV VF passed through`;
  // MAC and MTU only when known (a running VM's dump): "from the pod" is in the wiring document
  const known = (v: string | undefined): v is string => v !== undefined && runtimeKind(v) === undefined;
  const mac = known(d.mac) ? ` · MAC ${code(d.mac)}` : '';
  const mtu = known(d.mtu) ? ` · MTU ${code(d.mtu)}` : '';
  return `**Domain** · ${code(d.type)}${d.target ? ` on ${code(d.target)}` : ''}, ${esc(d.model)}${mac}${mtu}`;
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

/**
 * The in-pod links (nmstate desired spec), in apply order: one numbered line per link, so the list reflows to any
 * width (a ten-column table would be clipped in a narrow preview).
 */
export function inPodList(w: InterfaceWiring): string {
  const links = w.inPod?.links ?? [];
  const lines: string[] = [];
  if (links.length === 0) lines.push('KubeVirt creates no in-pod links for this interface.');
  links.forEach((l, i) => {
    const bits: string[] = [esc(l.kind)];
    if (l.state) bits.push(esc(l.state));
    if (l.controller) bits.push(`port of ${code(l.controller)}`);
    if (l.mac !== undefined) bits.push(`MAC ${value(l.mac)}`);
    if (l.mtu !== undefined) bits.push(`MTU ${value(l.mtu)}`);
    if (l.ipv4 !== undefined) bits.push(`IPv4 ${addrCell(l.ipv4)}`);
    if (l.ipv6 !== undefined) bits.push(`IPv6 ${addrCell(l.ipv6)}`);
    const details = linkDetails(l);
    if (details) bits.push(details);
    lines.push(`${i + 1}. ${code(l.name)} — ${bits.join(' · ')}`);
  });
  if (w.inPod?.podIfaceUntouched) lines.push('', `The pod interface ${code(w.inPod.podIfaceUntouched)} is left untouched.`);
  return lines.join('\n');
}

export function sysctlsTable(w: InterfaceWiring): string {
  const s = Object.entries(w.inPod?.sysctls ?? {});
  if (s.length === 0) return 'No sysctls.';
  return table(
    ['sysctl (below /proc/sys)', 'value'],
    s.map(([k, v]) => [code(k), code(v)]),
  );
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
