import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/render/hover';
import { renderWiringDocument } from '../../server/src/core/render/wiring-document';
import { defaultContext } from '../../server/src/core/context/context';
import { analyze, analyzeWith, at, fixture } from './helpers';
import { BASE_V4, CATCH_ALL_V4 } from '../helpers/masquerade-nft';
import { MASQ_IF, MEMORY, POD_NET, vmYaml, vmiYaml } from '../helpers/manifests';

const MASQ_NFT = [...BASE_V4, ...CATCH_ALL_V4];

const MASQ_SUMMARY = 'pod eth0 → k6t-eth0 → tap0 → guest 10.0.2.2/24 via 10.0.2.1';

function assertMasqueradeHover(md: string): void {
  assert.ok(md.includes(MASQ_SUMMARY), md);
  assert.ok(md.includes('IPv4 `10.0.2.2/24` via `10.0.2.1`'), 'guest IP and gateway');
  assert.ok(md.includes(`**nftables** · ${MASQ_NFT.length} commands in \`ip nat\``), 'the nft commands in one line');
  assert.ok(md.includes('**Domain** · `ethernet` on `tap0`, virtio-non-transitional'), 'the device in one line');
  assert.ok(md.includes('**DHCP** · offers `10.0.2.2`'));
  assert.ok(md.includes('Virtwire: Show wiring'));
}

test('hover on an interface name (real pipeline): summary, addresses, DHCP, nftables and the device in a line each', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text);
  const off = at(text, '- name: default', 0, 9);
  const h = hoverAt(file, off);
  assert.ok(h, 'a hover');
  assertMasqueradeHover(h.markdown);
  assert.equal(text.slice(h.span.start, h.span.end), 'default');
  assert.ok(h.markdown.startsWith('**interface `default`** · masquerade on the pod network'));
});

test('hover on the same interface with hand-made wiring (renderer only)', () => {
  const { text, wiring } = fixture('001-masquerade-default');
  const file = analyzeWith(text, [wiring]);
  const h = hoverAt(file, at(text, 'name: default', 0, 2))!;
  assertMasqueradeHover(h.markdown);
  assert.equal(text.slice(h.span.start, h.span.end), 'name');
});

test('hover on the binding key, the list dash and the ports key gives the interface preview', () => {
  const { text } = fixture('002-masquerade-ports-tcp-udp');
  const file = analyze(text);
  const onBinding = hoverAt(file, at(text, 'masquerade: {}'))!;
  assert.equal(text.slice(onBinding.span.start, onBinding.span.end), 'masquerade');
  assert.ok(onBinding.markdown.includes('pod eth0 → k6t-eth0 → tap0'));
  assert.ok(onBinding.markdown.includes('19 commands'));
  const onDash = hoverAt(file, at(text, '- name: default', 0, 0))!;
  assert.equal(onDash.markdown, onBinding.markdown);
  const onPorts = hoverAt(file, at(text, 'ports:'))!;
  assert.equal(onPorts.markdown, onBinding.markdown);
});

test('hover on a network entry: its name and the pod: key show the interface it feeds', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text);
  const nameOff = at(text, '  - name: default\n    pod', 0, 10);
  const h = hoverAt(file, nameOff)!;
  assert.equal(text.slice(h.span.start, h.span.end), 'default');
  assert.ok(h.markdown.startsWith('**network `default`** · pod network → interface `default` (masquerade)'));
  assert.ok(h.markdown.includes(MASQ_SUMMARY));
  const pod = hoverAt(file, at(text, 'pod: {}'))!;
  assert.equal(pod.markdown, h.markdown);
  const onNetDash = hoverAt(file, at(text, '  - name: default\n    pod', 0, 2))!;
  assert.equal(text.slice(onNetDash.span.start, onNetDash.span.end), 'name: default');
  assert.equal(text.slice(pod.span.start, pod.span.end), 'pod');
  assert.equal(pod.markdown, h.markdown);
});

test('hover on a Multus network shows its attachment element', () => {
  const { text } = fixture('026-multiple-multus-hashed');
  const file = analyze(text);
  const h = hoverAt(file, at(text, 'networkName: red-nad'))!;
  assert.ok(h.markdown.includes('**network `red`** · Multus network red-nad → interface `red` (bridge)'), h.markdown);
  assert.ok(h.markdown.includes('`{"name":"red-nad","namespace":"default","interface":"podb1f51a511f1"}`'));
  assert.ok(h.markdown.includes('pod podb1f51a511f1 → b1f51a511f1-nic ⇄ k6t-b1f51a511f1 → tapb1f51a511f1'));
});

test('hover on a masquerade port: the rules that port produces, nothing else', () => {
  const { text } = fixture('002-masquerade-ports-tcp-udp');
  const file = analyze(text);
  const h = hoverAt(file, at(text, 'port: 53', 0, 7))!;
  assert.ok(h.markdown.startsWith('**port `dns`** · `53/UDP` on interface `default` (masquerade)'), h.markdown);
  assert.ok(
    h.markdown.includes(
      '```nft\n' +
        [
          'nft add rule ip nat KUBEVIRT_PREINBOUND udp dport { 53 } counter dnat to 10.0.2.2',
          'nft add rule ip nat KUBEVIRT_POSTINBOUND udp dport 53 ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
          'nft add rule ip nat output ip daddr { 127.0.0.1 } udp dport 53 counter dnat to 10.0.2.2',
        ].join('\n') +
        '\n```',
    ),
    h.markdown,
  );
  assert.ok(!h.markdown.includes('dport { 80 }'));
  assert.ok(!h.markdown.includes('k6t-eth0 counter jump'));
  // the span is what the cursor is on
  assert.equal(text.slice(h.span.start, h.span.end), '53');
  const http = hoverAt(file, at(text, 'name: http', 0, 7))!;
  assert.ok(http.markdown.includes('tcp dport { 80 } counter dnat to 10.0.2.2'));
  assert.ok(http.markdown.includes('`80/TCP`'));
});

const BRIDGE_PORTS = vmYaml({
  name: 'vm-bridge',
  interfaces: [{ name: 'default', bridge: {}, ports: [{ port: 8080 }] }],
  networks: [POD_NET],
  extraSpec: { domain: MEMORY },
});

test('hover on a port of a bridge interface says KubeVirt ignores it', () => {
  const file = analyze(BRIDGE_PORTS);
  const h = hoverAt(file, at(BRIDGE_PORTS, 'port: 8080'))!;
  assert.ok(h.markdown.includes('`8080/TCP` on interface `default` (bridge)'), h.markdown);
  assert.ok(h.markdown.includes("KubeVirt's bridge binding ignores `ports`"));
  const iface = hoverAt(file, at(BRIDGE_PORTS, 'bridge: {}'))!;
  assert.ok(iface.markdown.includes('pod eth0 → eth0-nic ⇄ k6t-eth0 → tap0 → guest gets the pod IP (DHCP)'), iface.markdown);
  assert.ok(
    iface.markdown.includes(', if the pod interface has a global IPv4 address'),
    'bridge runs DHCP only then (discoverbridge.go: IPAMDisabled without one)',
  );
  assert.ok(iface.markdown.includes('IPv4 *from the pod: IPv4/prefix of eth0*'));
  assert.ok(!iface.markdown.includes('```nft'));
});

test('hover on a passt port shows the portForward range', () => {
  const { wiring } = fixture('032-passt-core-binding');
  const text = vmiYaml({
    name: 'vmi-passt',
    interfaces: [{ name: 'default', passtBinding: {}, ports: [{ port: 80 }] }],
    networks: [POD_NET],
  });
  const w = structuredClone(wiring);
  const dev = w.interfaces[0]!.domain;
  assert.ok(dev?.element === 'interface');
  dev.portForward = [{ proto: 'tcp', ranges: [{ start: 80 }] }];
  const file = analyzeWith(text, [w]);
  const h = hoverAt(file, at(text, 'port: 80'))!;
  assert.ok(h.markdown.includes('passt forwards TCP 80'), h.markdown);
  assert.ok(h.markdown.includes('```xml\n<portForward proto="tcp">\n  <range start="80"/>\n</portForward>\n```'));
  const real = hoverAt(analyze(text), at(text, 'port: 80'))!;
  assert.ok(real.markdown.includes('passt forwards TCP 80'), real.markdown);
  assert.ok(real.markdown.includes('<range start="80"/>'), real.markdown);
});

test('sriov and passt summaries', () => {
  const s = fixture('030-sriov');
  const h = hoverAt(analyze(s.text), at(s.text, 'sriov: {}'))!;
  assert.ok(h.markdown.includes('VF pod5862143f341 → `<hostdev>` ua-sriov-sriov-net'), h.markdown);
  assert.ok(h.markdown.includes('KubeVirt runs no DHCP server'));
  const p = fixture('032-passt-core-binding');
  const hp = hoverAt(analyze(p.text), at(p.text, 'passtBinding'))!;
  assert.ok(hp.markdown.includes('pod eth0 → passt (vhost-user) → guest gets the pod IP (passt)'), hp.markdown);
  assert.ok(hp.markdown.includes('passt answers DHCP/NDP itself'));
});

const REJECTED = vmiYaml({
  name: 'vmi-rej',
  interfaces: [MASQ_IF, { name: 'legacy', slirp: {} }],
  networks: [POD_NET, { name: 'legacy', pod: {} }],
});

test('hover on a rejected VM shows the admission errors (message + field) instead of wiring', () => {
  const file = analyze(REJECTED);
  const errors = file.findings.filter((f) => f.severity === 'error');
  assert.ok(errors.length > 0);
  const h = hoverAt(file, at(REJECTED, 'slirp: {}'))!;
  assert.ok(h.markdown.includes('**Rejected**'), h.markdown);
  assert.ok(
    h.markdown.includes('`spec.domain.devices.interfaces[1].slirp`: Slirp interface support has been discontinued since v1.3'),
    h.markdown,
  );
  assert.ok(!h.markdown.includes('```nft'));
  // the interface's own errors come first
  const own = h.markdown.indexOf('interfaces[1].slirp');
  for (const f of errors) if (f.field && !f.field.includes('interfaces[1]')) assert.ok(h.markdown.indexOf(f.field) > own);
  const onKind = hoverAt(file, at(REJECTED, 'VirtualMachineInstance'))!;
  assert.ok(onKind.markdown.includes('**Rejected**'));
});

test('auto-attached interface: overview on kind and the devices key say so', () => {
  const { text } = fixture('042-default-auto-attach');
  const file = analyze(text);
  const k = hoverAt(file, at(text, 'VirtualMachineInstance'))!;
  assert.ok(k.markdown.startsWith('**VirtualMachineInstance `vmi-noif`** · 1 interface'), k.markdown);
  assert.ok(k.markdown.includes('*(auto-attached by KubeVirt)*'));
  const d = hoverAt(file, at(text, 'devices:'))!;
  assert.ok(d.markdown.includes('*(auto-attached)*'), d.markdown);
  assert.ok(d.markdown.includes("Not in the manifest: KubeVirt's mutating webhook adds this interface"));
  assert.ok(d.markdown.includes('`defaultNetworkInterface: bridge`'));
});

test('hover on kind: one line per interface', () => {
  const { text } = fixture('026-multiple-multus-hashed');
  const h = hoverAt(analyze(text), at(text, 'kind: VirtualMachineInstance', 0, 8))!;
  const lines = h.markdown.split('\n').filter((l) => l.startsWith('- '));
  assert.equal(lines.length, 4);
  assert.ok(lines[0]!.startsWith('- `default` — masquerade · pod eth0'));
  assert.ok(lines[3]!.startsWith('- `blue` — bridge · pod pod16477688c0e'));
});

test('no hover on unrelated keys or outside VM documents', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text);
  for (const needle of ['memory: 128Mi', 'requests:', 'apiVersion', 'name: vmi-masq', 'namespace: default']) {
    assert.equal(hoverAt(file, at(text, needle)), undefined, needle);
  }
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
  assert.equal(hoverAt(analyze(cm), at(cm, 'ConfigMap')), undefined);
});

test('the interface hover is short: the summary and one line each in one block, no fold that could be cut off', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text);
  const h = hoverAt(file, at(text, 'masquerade: {}'))!;
  const lines = h.markdown.split('\n').filter((l) => l.trim() !== '');
  assert.ok(lines.length <= 10, `${lines.length} lines:\n${h.markdown}`);
  assert.ok(!h.markdown.includes('<details>'));
  assert.ok(!h.markdown.includes('```'), 'no code blocks: the nft commands and the XML are one click away');
  // summary first, then addresses, DHCP, nftables, the device: one paragraph with hard line breaks
  assert.ok(
    h.markdown.includes(
      [
        MASQ_SUMMARY,
        '**Addresses** · IPv4 `10.0.2.2/24` via `10.0.2.1` · IPv6 none',
        '**Forwarded** · `all ports → 10.0.2.2` (no `ports` list: every port)',
        '**DHCP** · offers `10.0.2.2` to any client, router `10.0.2.1`',
        '**nftables** · 13 commands in `ip nat`, DNAT to `10.0.2.2`',
        '**Domain** · `ethernet` on `tap0`, virtio-non-transitional',
      ].join('  \n'),
    ),
    h.markdown,
  );
  assert.ok(h.markdown.includes('run **Virtwire: Show wiring**'));
  // a client with its own "Show wiring" gets the link instead
  const linked = hoverAt(file, at(text, 'masquerade: {}'), { fullDetail: '[Show wiring](command:x)' })!;
  assert.ok(linked.markdown.includes('[Show wiring](command:x)') && !linked.markdown.includes('run **Virtwire'));
});

test('a repeated hover is answered from the memo of its wiring object; new wiring renders anew', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text);
  const w = file.docs.find((d) => d.resource)!.wiring()!;
  const first = hoverAt(file, at(text, 'masquerade: {}'))!.markdown;
  assert.ok(first.includes('→ tap0 →'));
  // change the record under the memo: a memoized hover does not render it again
  w.interfaces[0]!.tap = 'tapX';
  assert.equal(hoverAt(file, at(text, 'masquerade: {}'))!.markdown, first);
  assert.equal(hoverAt(file, at(text, 'name: default', 0, 8))!.markdown, first, 'the interface name shares the entry');
  // a fresh analysis (what an edit gives) has new wiring objects, rendered from scratch
  assert.ok(hoverAt(analyze(text), at(text, 'masquerade: {}'))!.markdown.includes('→ tap0 →'));
  const copy = structuredClone(w);
  assert.ok(hoverAt(analyzeWith(text, [copy]), at(text, 'masquerade: {}'))!.markdown.includes('→ tapX →'));
});

const ISTIO = vmYaml({
  name: 'vm-istio',
  templateMetadata: { annotations: { 'sidecar.istio.io/inject': 'true' } },
  interfaces: [{ ...MASQ_IF, ports: [{ port: 22, protocol: 'UDP' }, { port: 8080 }] }],
  networks: [POD_NET],
});

test('Istio: port 22 keeps the tcp PREINBOUND rule, other ports only the loopback rules', () => {
  const file = analyze(ISTIO);
  const ssh = hoverAt(file, at(ISTIO, 'port: 22'))!;
  assert.ok(ssh.markdown.includes('nft add rule ip nat KUBEVIRT_PREINBOUND tcp dport { 22 } counter dnat to 10.0.2.2'), ssh.markdown);
  assert.ok(ssh.markdown.includes('KUBEVIRT_POSTINBOUND udp dport 22 ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1'));
  assert.ok(ssh.markdown.includes('for SSH'));
  const web = hoverAt(file, at(ISTIO, 'port: 8080'))!;
  assert.ok(!web.markdown.includes('KUBEVIRT_PREINBOUND tcp'), web.markdown);
  assert.ok(web.markdown.includes('with 2 nftables rules'));
  assert.ok(web.markdown.includes('KUBEVIRT_POSTINBOUND tcp dport 8080 ip saddr { 127.0.0.1, 127.0.0.6 } counter snat to 10.0.2.1'));
});

test('dual-stack pod: both families in the summary, addresses, DHCPv6 and nft', () => {
  const { text } = fixture('001-masquerade-default');
  const file = analyze(text, { ...defaultContext(), podIPFamilies: ['IPv4', 'IPv6'] });
  const h = hoverAt(file, at(text, 'masquerade: {}'))!;
  assert.ok(h.markdown.includes('guest 10.0.2.2/24 via 10.0.2.1, fd10:0:2::2/120 via fd10:0:2::1'), h.markdown);
  assert.ok(h.markdown.includes('IPv6 `fd10:0:2::2/120` via `fd10:0:2::1`'));
  assert.ok(h.markdown.includes('DHCPv6 offers `fd10:0:2::2`'), h.markdown);
  assert.ok(h.markdown.includes('commands in `ip nat` and `ip6 nat`'));
  // the exact commands are in the wiring document
  assert.ok(renderWiringDocument(file, 'x').includes('nft add rule ip6 nat KUBEVIRT_PREINBOUND counter dnat to fd10:0:2::2'));
});

test('runtime failure: the hover says KubeVirt accepts it but cannot wire it', () => {
  const text = vmiYaml({
    name: 'vmi-small',
    interfaces: [MASQ_IF],
    networks: [{ name: 'default', pod: { vmNetworkCIDR: '10.0.2.0/31' } }],
  });
  const h = hoverAt(analyze(text), at(text, 'masquerade: {}'))!;
  assert.ok(h.markdown.startsWith('**Fails at runtime**'), h.markdown);
  assert.ok(h.markdown.includes('VM CIDR subnet is too small, at least 2 host addresses are required: 10.0.2.0/31'));
});

test('state: absent is explained on the interface', () => {
  const text = vmYaml({
    name: 'vm-absent',
    interfaces: [MASQ_IF, { name: 'red', bridge: {}, state: 'absent' }],
    networks: [POD_NET, { name: 'red', multus: { networkName: 'red-nad' } }],
  });
  const h = hoverAt(analyze(text), at(text, 'state: absent'))!;
  assert.ok(h.markdown.startsWith('**interface `red`** · bridge on the Multus network red-nad *(state: absent)*'), h.markdown);
  assert.ok(h.markdown.includes('KubeVirt hot-unplugs this interface'));
});

test('binding plugin: the network hover shows the sidecar NAD in the Multus annotation', () => {
  const { text } = fixture('035-passt-binding-plugin');
  const ctx = {
    ...defaultContext(),
    networkBindings: {
      passt: { sidecarImage: 'quay.io/kubevirt/network-passt-binding:v1.9.0', networkAttachmentDefinition: 'netbindingpasst' },
    },
  };
  const file = analyze(text, ctx);
  const h = hoverAt(file, at(text, 'pod: {}'))!;
  assert.ok(h.markdown.includes('interface `default` (binding plugin `passt`)'), h.markdown);
  assert.ok(h.markdown.includes('`{"name":"netbindingpasst","namespace":"default","cni-args":{"logicNetworkName":"default"}}`'));
  assert.ok(h.markdown.includes('pod eth0 → passt (vhost-user) → guest gets the pod IP (passt)'));
});

test('hover on a port range (PortRangesSpec on): the range rules; gate off: the rejection', () => {
  const portRanges = [
    { protocol: 'TCP', start: 1000, end: 2000 },
    { protocol: 'UDP', start: 5000, end: 5010 },
  ];
  const text = vmiYaml({ name: 'vmi-ranges', interfaces: [{ ...MASQ_IF, portRanges }], networks: [POD_NET] });
  const on = hoverAt(analyze(text, { ...defaultContext(), featureGates: ['PortRangesSpec'] }), at(text, 'start: 5000'))!;
  assert.ok(on.markdown.startsWith('**port range `5000-5010/UDP`** on interface `default` (masquerade)'), on.markdown);
  assert.ok(on.markdown.includes('nft add rule ip nat KUBEVIRT_PREINBOUND udp dport 5000-5010 counter dnat to 10.0.2.2'));
  assert.ok(!on.markdown.includes('1000-2000'));
  const off = hoverAt(analyze(text), at(text, 'start: 5000'))!;
  assert.ok(off.markdown.includes('portRanges is specified on interface but the PortRangesSpec feature gate is not enabled'), off.markdown);
});

test('a sparse wiring object (fields missing) still renders without throwing', () => {
  const { text } = fixture('001-masquerade-default');
  const sparse = { interfaces: [{ name: 'default', binding: 'masquerade' }], errors: [] };
  const file = analyzeWith(text, [sparse as never]);
  const h = hoverAt(file, at(text, 'masquerade: {}'))!;
  assert.ok(h.markdown.includes('guest: no address from KubeVirt'), h.markdown);
  assert.ok(hoverAt(file, at(text, 'pod: {}')));
  assert.ok(hoverAt(file, at(text, 'VirtualMachineInstance')));
  assert.ok(renderWiringDocument(file, 'sparse').includes('### Interface `default`'));
});
