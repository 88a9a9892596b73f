// Core passtBinding (v1.8+, FG PasstBinding Beta): no in-pod links, two sysctls; the domain gets a
// vhost-user interface with the passt backend and port forwarding, and memfd/shared memory backing
// (converter/network/configurator.go:passtBindingOptions, passt.go, compute/memory_backing.go).
// The passt binding *plugin* sidecar builds the same interface (no driver, arch-independent model).

import type { Interface, VMISpec } from '../../model/api';
import { portValue } from '../../model/template-params';
import { aliasName, baseDomainInterface, parsePciAddress } from '../domain-xml';
import type { DomainInterface, MemoryBacking, PortForward, PortForwardRange } from '../types';
import { ISTIO_RESERVED_PORTS } from '../nftables';
import { passtSysctls } from '../in-pod';
import { statusEntry } from '../status';
import { fromPod, TEXT } from '../runtime';
import { isPod, networksOf } from '../../model/resource';
import { baseWiring, concretePod, ifaceField, ipv4Presence, ipv6Presence, specMac, type BindingResult, type IfaceInput } from './common';

export const PASST_LOG_FILE = '/var/run/kubevirt/passt.log';

/** generatePasstPortForward: istio-reserved TCP exclusions, then ports; forward everything when there are none. */
export function passtPortForward(iface: Interface, istio: boolean): PortForward[] {
  const tcp: PortForwardRange[] = [];
  const udp: PortForwardRange[] = [];
  if (istio) for (const p of ISTIO_RESERVED_PORTS) tcp.push({ start: p, exclude: 'yes' });
  for (const port of Array.isArray(iface.ports) ? iface.ports : []) {
    const n = portValue(port?.port);
    if (typeof n === 'number' && n < 0) continue;
    const proto = typeof port?.protocol === 'string' ? port.protocol : '';
    if (proto === '' || proto.toLowerCase() === 'tcp') tcp.push({ start: n });
    else if (proto.toLowerCase() === 'udp') udp.push({ start: n });
  }
  const out: PortForward[] = [];
  if (tcp.length === 0 && udp.length === 0) {
    out.push({ proto: 'tcp', ranges: [] }, { proto: 'udp', ranges: [] });
  }
  if (tcp.length > 0) out.push({ proto: 'tcp', ranges: tcp });
  if (udp.length > 0) out.push({ proto: 'udp', ranges: udp });
  return out;
}

/** The domain `<memoryBacking>` when a passt interface needs shared memory (hugepages kept if requested). */
export function memoryBacking(spec: VMISpec, memfdSupported: boolean): MemoryBacking {
  const memory = spec.domain?.['memory'] as { hugepages?: unknown } | undefined;
  const hugepages = !!memory && typeof memory === 'object' && memory.hugepages !== undefined && memory.hugepages !== null;
  return { hugepages, memfd: memfdSupported, access: 'shared' };
}

function passtGuest(i: IfaceInput, p: string) {
  const v4 = ipv4Presence(i) !== 'no';
  const v6 = ipv6Presence(i) === 'yes';
  const pod = concretePod(i);
  return {
    ipv4: v4 ? (pod?.ipv4 ?? fromPod(`IPv4/prefix of ${p} (passt mirrors the pod address into the guest)`)) : null,
    ipv4Gateway: v4 ? (pod?.ipv4Gateway ?? fromPod('default gateway of the pod')) : null,
    ipv6: v6 ? (pod?.ipv6 ?? fromPod(`IPv6/prefix of ${p} (passt mirrors the pod address into the guest)`)) : null,
    ipv6Gateway: v6 ? (pod?.ipv6Gateway ?? fromPod('default IPv6 gateway of the pod')) : null,
  };
}

/** Shared by core and plugin: everything but the domain interface. */
export function passtCommon(i: IfaceInput, withSysctls: boolean): ReturnType<typeof baseWiring> {
  const w = baseWiring(i);
  const p = i.podIface ?? 'eth0';
  w.guest = passtGuest(i, p);
  w.inPod = { links: [], sysctls: withSysctls ? passtSysctls() : {} };
  return w;
}

function passtStatus(i: IfaceInput, p: string, queues: number) {
  return statusEntry({
    podInterfaceName: p,
    inDomain: true,
    inMultusStatus: i.secondary,
    guestAgent: i.ctx.guestAgent,
    mac: specMac(i) ?? TEXT.passtMac,
    queueCount: queues,
    linkState: 'up',
    ipAddresses: TEXT.podIPs(p),
  });
}

export function wirePasstBinding(i: IfaceInput): BindingResult {
  const w = passtCommon(i, true);
  const p = i.podIface ?? 'eth0';
  const d = baseDomainInterface(i.iface, i.settings);
  if (!d.ok) return { wiring: w, errors: [{ phase: 'virt-launcher', field: ifaceField(i, 'pciAddress'), message: d.message }] };
  d.value.type = 'vhostuser';
  d.value.sourceDev = p;
  d.value.backend = { type: 'passt', logFile: PASST_LOG_FILE };
  d.value.portForward = passtPortForward(i.iface, i.istio);
  w.domain = d.value;
  w.status = passtStatus(i, p, d.value.driver?.queues ?? 1);
  return { wiring: w, errors: [], needsSharedMemory: true };
}

/** The passt binding plugin: the sidecar (cmd/sidecars/network-passt-binding) appends the interface. */
export function wirePasstPlugin(i: IfaceInput, hasNad: boolean): BindingResult {
  const w = passtCommon(i, hasNad);
  // The sidecar only handles the pod network's interface (domain.NewPasstNetworkConfigurator).
  if (!isPod(i.network)) {
    const podNet = networksOf(i.spec).find((n) => isPod(n));
    const reason = podNet ? `interface "${podNet.name}" is not set with Passt network binding plugin` : 'pod network not found';
    return {
      wiring: w,
      errors: [
        { phase: 'virt-launcher', field: ifaceField(i, 'binding', 'name'), message: `failed to create passt configurator: ${reason}` },
      ],
    };
  }
  const p = i.podIface ?? 'eth0';
  const model =
    typeof i.iface.model === 'string' && i.iface.model !== '' && i.iface.model !== 'virtio'
      ? i.iface.model
      : i.spec.domain?.devices?.useVirtioTransitional === true
        ? 'virtio-transitional'
        : 'virtio-non-transitional';
  const d: DomainInterface = { element: 'interface', type: 'vhostuser', model, alias: aliasName(i.iface), sourceDev: p };
  if (typeof i.iface.pciAddress === 'string' && i.iface.pciAddress !== '') {
    const a = parsePciAddress(i.iface.pciAddress);
    if (a) d.address = a;
  }
  if (typeof i.iface.macAddress === 'string' && i.iface.macAddress !== '') d.mac = i.iface.macAddress;
  if (typeof i.iface.acpiIndex === 'number' && i.iface.acpiIndex > 0) d.acpiIndex = i.iface.acpiIndex;
  d.backend = { type: 'passt', logFile: PASST_LOG_FILE };
  d.portForward = passtPortForward(i.iface, i.istio);
  w.domain = d;
  w.status = passtStatus(i, p, 1);
  return { wiring: w, errors: [], needsSharedMemory: true };
}
