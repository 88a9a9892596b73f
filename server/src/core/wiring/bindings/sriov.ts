// SR-IOV: skipped by phase 1 (no links, no DHCP); the VF is passed through as a PCI `<hostdev>` whose host
// address comes from the network-info downward API at runtime (device/hostdevice/sriov/hostdev.go).
//   <hostdev type managed mode model display ramfb> source, boot, address, alias, driver, acpi

import { el, renderXml } from '../xml';
import { parsePciAddress, pciAddressElement } from '../domain-xml';
import { statusEntry } from '../status';
import { placeholder } from '../runtime';
import { isDRA } from '../../model/resource';
import { baseWiring, type BindingResult, type IfaceInput } from './common';

export function sriovHostdevXml(name: string, bootOrder: number | undefined, guestPci: string | undefined): string | { error: string } {
  let guest;
  if (guestPci !== undefined && guestPci !== '') {
    const a = parsePciAddress(guestPci);
    if (!a) return { error: `failed to interpret the guest PCI address: failed to parse PCI address: ${guestPci}` };
    guest = pciAddressElement(a);
  }
  const host = el('address', [
    ['type', 'pci'],
    ['domain', placeholder('vfPCI.domain')],
    ['bus', placeholder('vfPCI.bus')],
    ['slot', placeholder('vfPCI.slot')],
    ['function', placeholder('vfPCI.function')],
  ]);
  return renderXml(
    el('hostdev', [['type', 'pci'], ['managed', 'no']], [
      el('source', [], [host]),
      bootOrder !== undefined && el('boot', [['order', bootOrder]]),
      guest,
      el('alias', [['name', `ua-sriov-${name}`]]),
    ]),
  );
}

export function wireSriov(i: IfaceInput): BindingResult {
  const w = baseWiring(i);
  const name = String(i.iface.name ?? '');
  const boot = typeof i.iface.bootOrder === 'number' ? i.iface.bootOrder : undefined;
  const xml = sriovHostdevXml(name, boot, typeof i.iface.pciAddress === 'string' ? i.iface.pciAddress : undefined);
  if (typeof xml !== 'string') return { wiring: w, errors: [{ phase: 'virt-launcher', field: null, message: xml.error }] };
  w.domainXml = xml;
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
