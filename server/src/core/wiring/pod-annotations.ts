// Network annotations virt-controller puts on a new virt-launcher pod (pkg/network/pod/annotations/
// generator.go:Generate, pkg/network/multus/annotation.go), as data (types.ts PodNetworkAnnotations);
// render/wiring-json.ts writes them as the annotation texts.

import type { Context } from '../context/context';
import type { Interface, Network } from '../model/api';
import { isMultusDefault, isSecondaryMultus } from '../model/resource';
import type { NetworkSelectionElement, PodNetworkAnnotations } from './types';

export const MULTUS_NETWORKS = 'k8s.v1.cni.cncf.io/networks';
export const MULTUS_DEFAULT_NETWORK = 'v1.multus-cni.io/default-network';
export const ISTIO_KUBEVIRT_INTERFACES = 'traffic.sidecar.istio.io/kubevirtInterfaces';
export const ISTIO_REROUTE_VIRTUAL_INTERFACES = 'istio.io/reroute-virtual-interfaces';

/** `ns/name` → {namespace, name}; a bare name is in the VMI's namespace. */
export function nadNamespacedName(vmiNamespace: string, fullName: string): { namespace: string; name: string } {
  const slash = fullName.indexOf('/');
  if (slash >= 0) return { namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
  return { namespace: vmiNamespace, name: fullName };
}

/** No network annotations. */
export function noAnnotations(): PodNetworkAnnotations {
  return { multusNetworks: [] };
}

/**
 * The annotations. `podIfaceName` gives each secondary network's pod interface name; `namespace` is the VMI's
 * namespace (kubectl's default `default` when the manifest has none).
 */
export function podAnnotations(
  interfaces: Interface[],
  networks: Network[],
  namespace: string,
  podIfaceName: (network: string) => string | undefined,
  ctx: Context,
): PodNetworkAnnotations {
  const out = noAnnotations();
  const nonAbsent = interfaces.filter((i) => i.state !== 'absent');
  // FilterNetworksByInterfaces: iterate interfaces, keep their networks.
  for (const iface of nonAbsent) {
    const net = networks.find((n) => n.name === iface.name);
    if (!net) continue;
    const network = String(net.name);
    if (isSecondaryMultus(net)) {
      const nad = nadNamespacedName(namespace, String(net.multus?.networkName ?? ''));
      const e: NetworkSelectionElement = { name: nad.name, namespace: nad.namespace };
      if (typeof iface.macAddress === 'string' && iface.macAddress !== '') e.mac = iface.macAddress;
      const p = podIfaceName(network);
      if (p) e.interface = p;
      out.multusNetworks.push({ network, element: e });
    }
    if (iface.binding && typeof iface.binding === 'object') {
      const plugin = ctx.networkBindings[String(iface.binding.name ?? '')];
      if (plugin && typeof plugin.networkAttachmentDefinition === 'string' && plugin.networkAttachmentDefinition !== '') {
        const nad = nadNamespacedName(namespace, plugin.networkAttachmentDefinition);
        out.multusNetworks.push({
          network,
          element: { name: nad.name, namespace: nad.namespace, 'cni-args': { logicNetworkName: net.name } },
        });
      }
    }
  }
  const def = networks.find((n) => isMultusDefault(n));
  if (def) out.multusDefaultNetwork = String(def.multus?.networkName ?? '');
  if (interfaces.some((i) => i.masquerade !== undefined && i.masquerade !== null)) out.istioVirtualInterfaces = 'k6t-eth0';
  return out;
}
