// SR-IOV: skipped by phase 1 (no links, no DHCP); the VF is passed through as a PCI `<hostdev>` whose host
// address comes from the network-info downward API at runtime (device/hostdevice/sriov/hostdev.go).

import { parsePciAddress } from '../domain-xml';
import { statusEntry } from '../status';
import { fromPod } from '../runtime';
import { isDRA } from '../../model/resource';
import type { DomainHostdev } from '../types';
import { baseWiring, ifaceField, type BindingResult, type IfaceInput } from './common';

export function sriovHostdev(name: string, bootOrder: number | undefined, guestPci: string | undefined): DomainHostdev | { error: string } {
  const d: DomainHostdev = {
    element: 'hostdev',
    source: {
      domain: fromPod('vfPCI.domain'),
      bus: fromPod('vfPCI.bus'),
      slot: fromPod('vfPCI.slot'),
      function: fromPod('vfPCI.function'),
    },
    alias: `ua-sriov-${name}`,
  };
  if (bootOrder !== undefined) d.bootOrder = bootOrder;
  if (guestPci !== undefined && guestPci !== '') {
    const a = parsePciAddress(guestPci);
    if (!a) return { error: `failed to interpret the guest PCI address: failed to parse PCI address: ${guestPci}` };
    d.address = a;
  }
  return d;
}

export function wireSriov(i: IfaceInput): BindingResult {
  const w = baseWiring(i);
  const name = String(i.iface.name ?? '');
  const boot = typeof i.iface.bootOrder === 'number' ? i.iface.bootOrder : undefined;
  const dev = sriovHostdev(name, boot, typeof i.iface.pciAddress === 'string' ? i.iface.pciAddress : undefined);
  if ('error' in dev) return { wiring: w, errors: [{ phase: 'virt-launcher', field: ifaceField(i, 'pciAddress'), message: dev.error }] };
  w.domain = dev;
  const mac = typeof i.iface.macAddress === 'string' && i.iface.macAddress !== '' ? i.iface.macAddress : null;
  w.status = statusEntry({
    podInterfaceName: i.podIface,
    inDomain: true,
    inMultusStatus: i.secondary && !isDRA(i.network),
    guestAgent: i.ctx.guestAgent && mac !== null,
    mac,
    queueCount: null,
    linkState: null,
    ipAddresses: null,
  });
  return { wiring: w, errors: [] };
}
