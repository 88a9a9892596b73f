// Network binding plugins (`binding: {name}` registered under the KubeVirt CR's network.binding):
// * domainAttachmentType managedTap: KubeVirt builds the bridge-binding links (no fake IP, no DHCP) and an
//   ethernet `<interface>` targeting its tap (netpod.go:managedTapSpec);
// * domainAttachmentType tap: the plugin's CNI makes the device; KubeVirt creates no link in the pod
//   (netpod.go:composeDesiredSpec builds links for managedTap only) and only renders the `<interface>`;
// * no domainAttachmentType: sidecar-only, KubeVirt renders nothing (the passt plugin sidecar adds a
//   vhost-user interface, see passt-binding.ts).

import type { NetworkBindingPlugin } from '../../context/context';
import { bridgeName, tapName } from '../naming';
import { statusEntry } from '../status';
import { TEXT } from '../runtime';
import { bridgedLinks, tapDomainInterface } from './bridge';
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
    const x = tapDomainInterface(i, w.tap);
    if (x.error) return { wiring: w, errors: [x.error] };
    w.domain = x.device!;
    w.status = domainIfaceStatus(i, p, { queueCount: x.queues, macFallback: TEXT.originalMac(p), ipAddresses: TEXT.podIPs(p) });
    return { wiring: w, errors: [] };
  }

  if (attach === 'tap' && p) {
    // Phase 2 (domainspec/generators.go:TapLibvirtSpecGenerator.getTargetName) targets the link
    // GenerateTapDeviceName(p) when the pod has one, else the pod interface itself. KubeVirt creates no tap for
    // a `tap` plugin, and its CNI (e.g. macvtap) makes only the pod interface: the target is `p`.
    const tap = tapName(p, i.network);
    const x = tapDomainInterface(i, p);
    if (x.error) return { wiring: w, errors: [x.error] };
    w.domain = x.device!;
    w.domainTargetRule = `${tap} if a link named ${tap} exists in the pod, otherwise the pod interface ${p} itself (the plugin's CNI creates the device)`;
    w.status = domainIfaceStatus(i, p, { queueCount: x.queues, macFallback: TEXT.mac, ipAddresses: TEXT.podIPs(p) });
    return { wiring: w, errors: [] };
  }

  // Sidecar-only plugin: KubeVirt adds no domain interface (converter/network/configurator.go:Configure skips a
  // binding whose attachment is not tap). The status entry's queue count and link state come from the
  // interface the sidecar adds (setup/netstat.go:ifacesStatusFromDomainInterfaces: `<driver queues>`,
  // `<link state>`), which KubeVirt cannot know beforehand.
  w.status = statusEntry({
    podInterfaceName: p,
    inDomain: true,
    inMultusStatus: i.secondary,
    guestAgent: i.ctx.guestAgent,
    mac: specMac(i) ?? 'runtime:set by the binding plugin sidecar',
    queueCount: null,
    linkState: null,
    ipAddresses: p ? TEXT.podIPs(p) : null,
  });
  return { wiring: w, errors: [] };
}
