// What KubeVirt's mutating webhook fills in before validation (pkg/network/vmispec/defaults.go:
// SetDefaultNetworkInterface): the auto-attached pod network and interface.

import type { Context } from '../context/context';
import type { Interface, Network, VMISpec } from '../model/api';

export interface Defaulted {
  /** Indexes of interfaces added by defaulting. */
  interfaces: number[];
  /** Indexes of networks added by defaulting. */
  networks: number[];
  /** A defaulting error (DEF-01/DEF-02): the object is rejected, nothing else is checked. */
  error?: { code: 'DEF-01' | 'DEF-02'; message: string };
}

/**
 * Returns the defaulted spec and what was added. Never mutates its input: when defaulting adds
 * something, the objects on the way to it are copied; otherwise the spec itself is returned, so
 * callers must treat the result as read-only.
 */
export function applyDefaults(spec: VMISpec, ctx: Context): { spec: VMISpec; defaulted: Defaulted } {
  const original: VMISpec = spec ?? {};
  const defaulted: Defaulted = { interfaces: [], networks: [] };
  const devices = original.domain?.devices;
  const ifaces = devices?.interfaces;
  const nets = original.networks;
  const autoattach = devices?.autoattachPodInterface;
  const emptyIfaces = !Array.isArray(ifaces) || ifaces.length === 0;
  const emptyNets = !Array.isArray(nets) || nets.length === 0;
  if (autoattach === false || !emptyIfaces || !emptyNets) return { spec: original, defaulted };

  let iface: Interface | undefined;
  switch (ctx.defaultNetworkInterface) {
    case 'bridge':
      if (!ctx.permitBridgeInterfaceOnPodNetwork) {
        defaulted.error = { code: 'DEF-01', message: 'bridge interface is not enabled in kubevirt-config' };
        return { spec: original, defaulted };
      }
      iface = { name: 'default', bridge: {} };
      break;
    case 'masquerade':
      iface = { name: 'default', masquerade: {} };
      break;
    case 'slirp':
      defaulted.error = { code: 'DEF-02', message: 'slirp interface is deprecated as of v1.3' };
      return { spec: original, defaulted };
    default:
      iface = undefined;
  }
  const copy: VMISpec = { ...original, domain: { ...original.domain, devices: { ...original.domain?.devices } } };
  copy.domain!.devices = copy.domain!.devices ?? {};
  if (iface) {
    copy.domain!.devices!.interfaces = [iface];
    defaulted.interfaces.push(0);
  }
  const net: Network = { name: 'default', pod: {} };
  copy.networks = [net];
  defaulted.networks.push(0);
  return { spec: copy, defaulted };
}
