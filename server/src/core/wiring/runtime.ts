// Runtime values only the running virt-launcher pod knows: strings starting with `fromPod:` (copied by
// KubeVirt from the pod) or `runtime:` (from libvirt / a sidecar), in every record of the model (renderers
// write them as `{{fromPod:…}}` placeholders inside XML and nft text). The wording follows the published
// wiring cases so that people see the same descriptions; a concrete pod state (ctx.pod) replaces them for the
// pod network.

export const FROM_POD = 'fromPod:';

export function fromPod(what: string): string {
  return FROM_POD + what;
}

export function isRuntimeValue(v: unknown): boolean {
  return typeof v === 'string' && (v.startsWith('fromPod') || v.startsWith('runtime:'));
}

export const TEXT = {
  mac: fromPod('mac'),
  mtu: fromPod('mtu'),
  originalMac: (p: string) => fromPod(`original MAC of ${p}`),
  originalIPv4: (p: string) => fromPod(`original IPv4 address(es) of ${p}`),
  originalIPv6: (p: string) => fromPod(`original IPv6 address(es) of ${p}`),
  dnsServers: fromPod(
    "IPv4 'nameserver' lines of the virt-launcher /etc/resolv.conf, in order (8.8.8.8 if the file has no nameserver at all)",
  ),
  dnsServersV6: fromPod("IPv6 'nameserver' lines of the virt-launcher /etc/resolv.conf, in order (option omitted if none)"),
  domainName: fromPod('longest entry of the search list'),
  domainSearch: fromPod("'search' list of the virt-launcher /etc/resolv.conf, lower-cased (cluster.local if none)"),
  domainSearchWithSubdomain: (sub: string) =>
    fromPod(
      `'search' list of the virt-launcher /etc/resolv.conf, lower-cased (cluster.local if none), prefixed with '${sub}.<longest search domain containing .svc.>' unless that domain already starts with '${sub}.'`,
    ),
  domainNameWithSubdomain: (sub: string) => fromPod(`longest entry of the search list (after adding '${sub}.<service domain>')`),
  masqStatusIPs: (p: string) => fromPod(`pod IP(s) of ${p} (not the guest 10.0.2.x address)`),
  bridgeStatusIPs: (p: string) => fromPod(`IPv4 of ${p} only (bridge binding drops the pod IPv6)`),
  podIPs: (p: string) => fromPod(`pod IP(s) of ${p}`),
  passtMac: 'runtime:libvirt-generated (KubeVirt sets no <mac>)',
} as const;
