// The libvirt domain `<interface>` KubeVirt generates for one NIC (converter/network/configurator.go +
// builder.go, then phase-2 enrichment in domainspec/generators.go) as a record (types.ts DomainInterface),
// and the XML element tree of a device record. Attribute order and child order follow api.Interface:
//   <interface type trustGuestRxFilters> address, source, target, model, mac, mtu, bandwidth, boot, link,
//   filterref, alias, driver, rom, acpi, backend, portForward*
// and api.HostDevice (sriov.ts): <hostdev type managed mode model display ramfb> source, boot, address, alias.

import type { Interface, VMISpec } from '../model/api';
import type { DomainDevice, DomainInterface, MemoryBacking, PciAddress } from './types';
import { el, type XmlElement } from './xml';

export type { DomainInterface, PciAddress } from './types';

const PCI_RE = /^([\da-fA-F]{4}):([\da-fA-F]{2}):([\da-fA-F]{2})\.([0-7]{1})$/;

/** `DDDD:BB:SS.F` → 0x-prefixed fields, case kept (device/pciaddress.go:NewPciAddressField). */
export function parsePciAddress(s: string): PciAddress | undefined {
  const m = PCI_RE.exec(s);
  if (!m) return undefined;
  return { domain: '0x' + m[1], bus: '0x' + m[2], slot: '0x' + m[3], function: '0x' + m[4] };
}

export function pciAddressElement(a: PciAddress): XmlElement {
  return el('address', [
    ['type', 'pci'],
    ['domain', a.domain],
    ['bus', a.bus],
    ['slot', a.slot],
    ['function', a.function],
  ]);
}

/** The VMI's architecture: spec.architecture, else the cluster default. */
export function archOf(spec: VMISpec, clusterArch: string): string {
  return typeof spec.architecture === 'string' && spec.architecture !== '' ? spec.architecture : clusterArch;
}

/** virtio model string by arch (converter/arch/*.go:TransitionalModelType). Unknown arches fall back to amd64. */
export function virtioModel(arch: string, useVirtioTransitional: boolean): string {
  if (arch === 's390x') return 'virtio';
  return useVirtioTransitional ? 'virtio-transitional' : 'virtio-non-transitional';
}

/** `<rom enabled="no">` is possible on amd64 and arm64 only (PCI). */
export function romTuningSupported(arch: string): boolean {
  return arch !== 's390x';
}

/** SEV / SNP (amd64) or s390x Secure Execution: virtio devices need `iommu="on"`. */
export function launchSecurityRequiresIOMMU(spec: VMISpec, arch: string): boolean {
  const ls = spec.domain?.launchSecurity;
  if (!ls || typeof ls !== 'object') return false;
  if (arch === 's390x') return true;
  return (ls.sev !== undefined && ls.sev !== null) || (ls.snp !== undefined && ls.snp !== null);
}

function interfaceElement(d: DomainInterface): XmlElement {
  const driver = d.driver
    ? el('driver', [
        ['name', 'vhost'],
        ['queues', d.driver.queues !== undefined && d.driver.queues > 0 ? d.driver.queues : undefined],
        ['iommu', d.driver.iommu ? 'on' : undefined],
      ])
    : undefined;
  return el(
    'interface',
    [['type', d.type]],
    [
      d.address && pciAddressElement(d.address),
      el('source', [['dev', d.sourceDev]]),
      d.target !== undefined &&
        el('target', [
          ['dev', d.target],
          ['managed', 'no'],
        ]),
      el('model', [['type', d.model]]),
      d.mac !== undefined && el('mac', [['address', d.mac]]),
      d.mtu !== undefined && el('mtu', [['size', d.mtu]]),
      d.bootOrder !== undefined && el('boot', [['order', d.bootOrder]]),
      d.linkDown && el('link', [['state', 'down']]),
      el('alias', [['name', d.alias]]),
      driver,
      d.romDisabled && el('rom', [['enabled', 'no']]),
      d.acpiIndex !== undefined && d.acpiIndex > 0 && el('acpi', [['index', d.acpiIndex]]),
      d.backend &&
        el('backend', [
          ['type', d.backend.type],
          ['logFile', d.backend.logFile],
        ]),
      ...portForwardElements(d),
    ],
  );
}

/** The `<portForward>` elements of a passt interface. */
export function portForwardElements(d: DomainInterface): XmlElement[] {
  return (d.portForward ?? []).map((pf) =>
    el(
      'portForward',
      [['proto', pf.proto]],
      pf.ranges.map((r) =>
        el('range', [
          ['start', r.start],
          ['exclude', r.exclude],
        ]),
      ),
    ),
  );
}

/** The XML element tree of a device, in KubeVirt's order (what `virsh dumpxml` shows, before libvirt's additions). */
export function domainElement(d: DomainDevice): XmlElement {
  if (d.element === 'interface') return interfaceElement(d);
  return el(
    'hostdev',
    [
      ['type', 'pci'],
      ['managed', 'no'],
    ],
    [
      el('source', [], [pciAddressElement(d.source)]),
      d.bootOrder !== undefined && el('boot', [['order', d.bootOrder]]),
      d.address && pciAddressElement(d.address),
      el('alias', [['name', d.alias]]),
    ],
  );
}

/** `<memoryBacking>`: hugepages (kept if requested), memfd source, shared access (compute/memory_backing.go). */
export function memoryBackingElement(m: MemoryBacking): XmlElement {
  return el(
    'memoryBacking',
    [],
    [m.hugepages && el('hugepages'), m.memfd && el('source', [['type', 'memfd']]), el('access', [['mode', m.access]])],
  );
}

/** `ua-<name>` (api.UserAliasPrefix). */
export function aliasName(iface: Interface): string {
  return 'ua-' + String(iface.name ?? '');
}

export interface ConverterSettings {
  arch: string;
  virtioModel: string;
  useLaunchSecurity: boolean;
  queues: number;
}

export function converterSettings(spec: VMISpec, clusterArch: string, queues: number): ConverterSettings {
  const arch = archOf(spec, clusterArch);
  return {
    arch,
    virtioModel: virtioModel(arch, spec.domain?.devices?.useVirtioTransitional === true),
    useLaunchSecurity: launchSecurityRequiresIOMMU(spec, arch),
    queues,
  };
}

export type ConfigureResult = { ok: true; value: DomainInterface } | { ok: false; message: string };

/**
 * The converter's part common to every binding KubeVirt renders itself (configureInterface): model, virtio
 * driver (multiqueue / IOMMU), PCI address, ACPI index, MAC verbatim, alias.
 */
export function baseDomainInterface(iface: Interface, s: ConverterSettings): ConfigureResult {
  const ifaceType = typeof iface.model === 'string' && iface.model !== '' ? iface.model : 'virtio';
  const d: DomainInterface = {
    element: 'interface',
    type: '',
    model: ifaceType === 'virtio' ? s.virtioModel : ifaceType,
    alias: aliasName(iface),
  };
  if (ifaceType === 'virtio' && (s.queues > 0 || s.useLaunchSecurity)) {
    d.driver = { queues: s.queues > 0 ? s.queues : undefined, iommu: s.useLaunchSecurity };
  }
  if (typeof iface.pciAddress === 'string' && iface.pciAddress !== '') {
    const a = parsePciAddress(iface.pciAddress);
    if (!a) {
      return {
        ok: false,
        message: `failed to configure interface ${iface.name}: failed to parse PCI address: ${iface.pciAddress}`,
      };
    }
    d.address = a;
  }
  if (typeof iface.acpiIndex === 'number' && iface.acpiIndex > 0) d.acpiIndex = iface.acpiIndex;
  if (typeof iface.macAddress === 'string' && iface.macAddress !== '') d.mac = iface.macAddress;
  return { ok: true, value: d };
}

/** tapBindingOptions: ethernet type, boot order, `<rom enabled="no">` (unless booting without launch security), link down. */
export function applyTapOptions(d: DomainInterface, iface: Interface, s: ConverterSettings): void {
  d.type = 'ethernet';
  const boot = typeof iface.bootOrder === 'number' ? iface.bootOrder : undefined;
  if (boot !== undefined) d.bootOrder = boot;
  if (romTuningSupported(s.arch) && (boot === undefined || s.useLaunchSecurity)) d.romDisabled = true;
  if (iface.state === 'down') d.linkDown = true;
}
