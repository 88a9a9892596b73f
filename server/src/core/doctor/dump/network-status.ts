// The launcher pod's Multus `k8s.v1.cni.cncf.io/network-status` annotation: a JSON array of NetworkStatus
// (k8snetworkplumbingwg/network-attachment-definition-client pkg/apis/k8s.cni.cncf.io/v1/types.go:
// name, interface, ips, mac, mtu, default, dns, device-info, gateway). KubeVirt reads it the same way
// (pkg/network/multus/status.go:NetworkStatusesFromPod) and matches entries by `interface`.

import type { NetworkStatusEntry } from '../types';
import { obj } from '../../model/values';

export const NETWORK_STATUS_ANNOTATION = 'k8s.v1.cni.cncf.io/network-status';
/** KubeVirt's downward-API copy for SR-IOV / device-info interfaces (pkg/network/downwardapi/networkinfo.go). */
export const NETWORK_INFO_ANNOTATION = 'kubevirt.io/network-info';

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export type ParsedNetworkStatus = { ok: true; entries: NetworkStatusEntry[] } | { ok: false; message: string };

export function parseNetworkStatus(raw: string): ParsedNetworkStatus {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, message: `not JSON (${e instanceof Error ? e.message.slice(0, 80) : 'parse error'})` };
  }
  if (!Array.isArray(json)) return { ok: false, message: 'not a JSON array' };
  const entries: NetworkStatusEntry[] = [];
  for (const item of json) {
    const o = obj(item);
    if (!o) continue;
    const e: NetworkStatusEntry = {
      name: typeof o.name === 'string' ? o.name : '',
      ips: strs(o.ips),
      default: o.default === true,
      gateway: strs(o.gateway),
    };
    if (typeof o.interface === 'string' && o.interface !== '') e.interface = o.interface;
    if (typeof o.mac === 'string' && o.mac !== '') e.mac = o.mac.toLowerCase();
    if (typeof o.mtu === 'number') e.mtu = o.mtu;
    const pci = obj(obj(o['device-info'])?.pci)?.['pci-address'];
    if (typeof pci === 'string' && pci !== '') e.pciAddress = pci;
    entries.push(e);
  }
  return { ok: true, entries };
}

/** PCI addresses by network name from `kubevirt.io/network-info` ({"interfaces":[{"network","deviceInfo":{"pci":{"pci-address"}}}]}). */
export function parseNetworkInfo(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const ifaces = obj(JSON.parse(raw))?.interfaces;
    if (!Array.isArray(ifaces)) return out;
    for (const i of ifaces) {
      const o = obj(i);
      const pci = obj(obj(o?.deviceInfo)?.pci)?.['pci-address'];
      if (typeof o?.network === 'string' && typeof pci === 'string') out.set(o.network, pci);
    }
  } catch {
    /* an unreadable annotation gives no addresses */
  }
  return out;
}

/**
 * Whether a network-status entry is the one Multus wrote for a NetworkAttachmentDefinition reference
 * (`multus.networkName`: `name` or `namespace/name`, the namespace defaulting to the VMI's). Multus names
 * secondary entries `namespace/name`; some versions wrote the bare name.
 */
export function entryIsForNad(entry: NetworkStatusEntry, networkName: string, vmiNamespace: string): boolean {
  const [ns, name] = networkName.includes('/') ? (networkName.split('/', 2) as [string, string]) : [vmiNamespace, networkName];
  return entry.name === `${ns}/${name}` || (entry.name === name && ns === vmiNamespace);
}
