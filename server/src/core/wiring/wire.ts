// The wiring engine's entry point: what KubeVirt builds for each interface of one VM resource.
// The result is data (types.ts); render/wiring-json.ts writes it in the wiring cases' shape (cases/README.md).
//
// Order of events modelled (wiring-spec.md §0): mutating webhook defaults → admission → virt-controller
// (binding-plugin sidecars, pod annotations, status podInterfaceName) → virt-handler phase 1 (links, NAT)
// → virt-launcher (domain XML, DHCP). The first failing stage's error ends the wiring (interfaces: []).

import type { Context } from '../context/context';
import { featureGateEnabled } from '../context/context';
import type { Interface, Network, VMISpec } from '../model/api';
import type { VmResource } from '../model/resource';
import { formatField, interfacesOf, networksOf, isDRA, isMultus, isMultusDefault, isPod, isSecondaryMultus } from '../model/resource';
import type { Defaulted } from '../defaults/defaults';
import type { InterfaceWiring, NetworkRef, ResourceWiring, WiringError } from './types';
import { networkNameScheme, statusInterfaces } from './naming';
import { queuesCapacity } from './queues';
import { converterSettings } from './domain-xml';
import { istioInjectionEnabled } from './nftables';
import { noAnnotations, podAnnotations } from './pod-annotations';
import { baseWiring, ifaceField, type BindingResult, type IfaceInput } from './bindings/common';
import { wireMasquerade } from './bindings/masquerade';
import { wireBridge } from './bindings/bridge';
import { wireSriov } from './bindings/sriov';
import { memoryBacking, wirePasstBinding } from './bindings/passt-binding';
import { isPasstPlugin, unregisteredPluginMessage, wirePlugin } from './bindings/plugin';
import { discontinuedErrors } from './bindings/discontinued';
import { bindingName } from '../model/bindings';

export type { InterfaceWiring, ResourceWiring, InPodLink, BindingName } from './types';

const NONROOT_ANNOTATION = 'kubevirt.io/nonroot';

function networkRef(net: Network | undefined): NetworkRef {
  if (isPod(net)) return { source: 'pod' };
  if (isMultus(net)) {
    const ref: NetworkRef = { source: 'multus', networkName: String(net!.multus!.networkName ?? '') };
    if (isMultusDefault(net)) ref.default = true;
    return ref;
  }
  if (isDRA(net)) {
    return {
      source: 'resourceClaim',
      claimName: String(net!.resourceClaim!.claimName ?? ''),
      requestName: String(net!.resourceClaim!.requestName ?? ''),
    };
  }
  return { source: 'none' };
}

function statusValue<T>(status: Record<string, unknown> | undefined, key: string, fallback: T): T | string {
  const v = status?.[key];
  return typeof v === typeof fallback ? (v as T) : fallback;
}

/** Per-interface tap queue capacity (netpod.go:calcQueuesCapByIface + networkQueues). */
function tapQueues(iface: Interface, capacity: number, statuses: ReturnType<typeof statusInterfaces>): number {
  if (iface.sriov != null) return 0;
  const model = iface.model;
  if (model !== undefined && model !== '' && model !== 'virtio') return 0;
  const st = statuses.find((s) => s.name === iface.name && typeof s.infoSource === 'string' && s.infoSource.split(', ').includes('domain'));
  if (st && typeof st.queueCount === 'number') return st.queueCount;
  return capacity;
}

/** `spec` is the defaulted spec (see defaults/defaults.ts); `defaulted` says what defaulting added. */
export function wire(resource: VmResource, spec: VMISpec, defaulted: Defaulted, ctx: Context): ResourceWiring {
  const interfaces = interfacesOf(spec);
  const networks = networksOf(spec);
  const isVM = resource.kind !== 'VirtualMachineInstance';

  if (defaulted.error) {
    return {
      interfaces: [],
      annotations: noAnnotations(),
      errors: [{ phase: 'admission', field: null, message: defaulted.error.message }],
    };
  }
  // Discontinued bindings are rejected at creation (normally reported by admission already).
  const disc = discontinuedErrors(interfaces, isVM);
  if (disc.length > 0) return { interfaces: [], annotations: noAnnotations(), errors: disc };

  // virt-controller: binding-plugin sidecars need a registered plugin for every `binding` interface.
  for (const [i, iface] of interfaces.entries()) {
    if (iface.binding == null) continue;
    const name = String(iface.binding.name ?? '');
    if (!Object.prototype.hasOwnProperty.call(ctx.networkBindings, name)) {
      const field = formatField([resource.base, 'domain', 'devices', 'interfaces', i, 'binding', 'name']);
      return {
        interfaces: [],
        annotations: noAnnotations(),
        errors: [{ phase: 'virt-controller', field, message: unregisteredPluginMessage(name) }],
      };
    }
  }

  const status = resource.status;
  const statuses = statusInterfaces(status);
  const scheme = networkNameScheme(networks, statuses);
  const namespace = resource.namespace && resource.namespace !== '' ? resource.namespace : 'default';
  const annotations = podAnnotations(interfaces, networks, namespace, (n) => scheme.byNetwork.get(n), ctx);

  const capacity = queuesCapacity(spec);
  const runtimeUser = statusValue(status, 'runtimeUser', ctx.vmiStatus.runtimeUser);
  const nonRoot = Object.prototype.hasOwnProperty.call(resource.annotations ?? {}, NONROOT_ANNOTATION) || runtimeUser !== 0;
  const migrationTransport = statusValue(status, 'migrationTransport', ctx.vmiStatus.migrationTransport);
  const settingsFor = (iface: Interface) => converterSettings(spec, ctx.arch, iface.sriov != null ? 0 : capacity);
  const firstMasq = interfaces.find((i) => i.masquerade != null && i.state !== 'absent');

  const out: InterfaceWiring[] = [];
  const errors: WiringError[] = [];
  let needsSharedMemory = false;
  let onlyPluginPasst = true;
  let ifIndex = 0;

  interfaces.forEach((iface, index) => {
    const net = networks.find((n) => n.name === iface.name);
    const binding = bindingName(iface);
    const secondary = isSecondaryMultus(net);
    const primary = !!net && net.name === scheme.primary;
    const podIface = net && typeof net.name === 'string' ? (scheme.byNetwork.get(net.name) ?? null) : null;
    const input: IfaceInput = {
      resource,
      spec,
      ctx,
      iface,
      network: net,
      networkRef: networkRef(net),
      binding,
      index,
      ifIndex,
      podIface,
      primary,
      secondary,
      settings: settingsFor(iface),
      tapQueues: tapQueues(iface, capacity, statuses),
      owner: nonRoot ? 107 : 0,
      vmiName: resource.name,
      istio: istioInjectionEnabled(resource.annotations),
      firstMasquerade: iface === firstMasq,
      legacyMigrationPorts: migrationTransport !== 'Unix',
      portRangesEnabled: featureGateEnabled(ctx, 'PortRangesSpec'),
    };

    let result: BindingResult;
    if (iface.state === 'absent') {
      const w = baseWiring(input);
      w.podInterface = null;
      w.absent = true;
      result = { wiring: w, errors: [] };
    } else {
      ifIndex++;
      if (!net) {
        result = {
          wiring: baseWiring(input),
          errors: [{ phase: 'virt-launcher', field: ifaceField(input, 'name'), message: `failed to find network ${iface.name}` }],
        };
      } else if (binding === 'masquerade') result = wireMasquerade(input);
      else if (binding === 'bridge') result = wireBridge(input);
      else if (binding === 'sriov') result = wireSriov(input);
      else if (binding === 'passtBinding') {
        result = wirePasstBinding(input);
        onlyPluginPasst = false;
      } else if (binding.startsWith('plugin:')) {
        const name = binding.slice('plugin:'.length);
        result = wirePlugin(input, name, ctx.networkBindings[name]!);
        if (!isPasstPlugin(name, ctx.networkBindings[name]!)) result.needsSharedMemory = false;
      } else {
        result = {
          wiring: baseWiring(input),
          errors: [{ phase: 'virt-handler', field: ifaceField(input), message: `undefined binding method: ${iface.name}` }],
        };
      }
    }
    if (defaulted.interfaces.includes(index)) result.wiring.defaulted = true;
    if (result.needsSharedMemory) needsSharedMemory = true;
    out.push(result.wiring);
    errors.push(...result.errors);
  });

  if (errors.length > 0) {
    // The VMI fails to start at the first failing component; the pod (and its annotations) exist.
    return { interfaces: [], annotations, errors: [errors[0]!] };
  }
  const result: ResourceWiring = { interfaces: out, annotations, errors: [] };
  if (needsSharedMemory) {
    // The converter adds memfd when libvirt supports it; the passt plugin sidecar always sets memfd+shared.
    result.memoryBacking = memoryBacking(spec, onlyPluginPasst ? true : ctx.libvirtMemfdSupported);
  }
  return result;
}
