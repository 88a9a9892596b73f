// Network binding plugins (`binding: {name}` registered under the KubeVirt CR's network.binding):
// * domainAttachmentType managedTap: KubeVirt builds the bridge-binding links (no fake IP, no DHCP) and an
//   ethernet `<interface>` targeting its tap (netpod.go:managedTapSpec);
// * domainAttachmentType tap: the plugin's CNI makes the device; KubeVirt only renders the `<interface>`,
//   targeting tap<…> when such a link exists in the pod, else the pod interface (domainspec/generators.go);
// * no domainAttachmentType: sidecar-only, KubeVirt renders nothing (the passt plugin sidecar adds a
//   vhost-user interface, see passt-binding.ts).

import type { NetworkBindingPlugin } from '../../context/context';
import { bridgeName, tapName } from '../naming';
import { statusEntry } from '../status';
import { TEXT } from '../runtime';
import { bridgedLinks, tapDomainXml } from './bridge';
import { wirePasstPlugin } from './passt-binding';
import { baseWiring, domainIfaceStatus, specMac, type BindingResult, type IfaceInput } from './common';

/** KubeVirt's message when a plugin is not registered (virt-controller, pkg/network/netbinding/netbinding.go). */
export function unregisteredPluginMessage(name: string): string {
  return `couldn't find configuration for network binding: ${name}`;
}

/** The passt binding plugin, recognised by name or by its sidecar image. */
export function isPasstPlugin(name: string, plugin: NetworkBindingPlugin): boolean {
  if (plugin.domainAttachmentType) return false;
  return name === 'passt' || (typeof plugin.sidecarImage === 'string' && plugin.sidecarImage.includes('network-passt-binding'));
}

export function wirePlugin(i: IfaceInput, name: string, plugin: NetworkBindingPlugin): BindingResult {
  const hasNad = typeof plugin.networkAttachmentDefinition === 'string' && plugin.networkAttachmentDefinition !== '';
  if (isPasstPlugin(name, plugin)) return wirePasstPlugin(i, hasNad);

  const w = baseWiring(i);
  const p = i.podIface;
  const attach = plugin.domainAttachmentType;

  if (attach === 'managedTap' && p) {
    const { links, sysctls } = bridgedLinks(i, false);
    w.bridge = bridgeName(p);
    w.tap = tapName(p, i.network);
    w.inPod = { links, sysctls };
    const x = tapDomainXml(i, w, w.tap);
    if (x.error) return { wiring: w, errors: [x.error] };
    w.domainXml = x.xml!;
    w.status = domainIfaceStatus(i, p, { queueCount: x.queues, macFallback: TEXT.originalMac(p), ipAddresses: TEXT.podIPs(p) });
    return { wiring: w, errors: [] };
  }

  if (attach === 'tap' && p) {
    const tap = tapName(p, i.network);
    const x = tapDomainXml(i, w, tap);
    if (x.error) return { wiring: w, errors: [x.error] };
    w.domainXml = x.xml!;
    w.domainTargetRule = `${tap} if a link named ${tap} exists in the pod, otherwise the pod interface ${p} itself (the plugin's CNI creates the device)`;
    w.status = domainIfaceStatus(i, p, { queueCount: x.queues, macFallback: TEXT.mac, ipAddresses: TEXT.podIPs(p) });
    return { wiring: w, errors: [] };
  }

  // Sidecar-only plugin: whatever its sidecar adds to the domain.
  w.status = statusEntry({
    podInterfaceName: p,
    inDomain: true,
    inMultusStatus: i.secondary,
    guestAgent: i.ctx.guestAgent,
    mac: specMac(i) ?? 'runtime:set by the binding plugin sidecar',
    queueCount: 1,
    linkState: 'up',
    ipAddresses: p ? TEXT.podIPs(p) : null,
  });
  return { wiring: w, errors: [] };
}
