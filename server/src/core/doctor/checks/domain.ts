// Domain devices, checklist item "the domain <interface> elements": the libvirt device KubeVirt generates for
// each NIC (converter/network/configurator.go + domainspec/generators.go, the wiring's DomainDevice record as its
// element tree, wiring/domain-xml.ts:domainElement) against `virsh dumpxml`, element tree against element tree.
// The running domain's device is found by its user alias (`ua-<name>`, SR-IOV `ua-sriov-<name>`), which libvirt
// keeps. What KubeVirt specifies is compared; what libvirt adds is tolerated: a guest PCI `<address>` where the
// spec has none, a generated `<mac>` where KubeVirt sets none (passt without macAddress), its own `<target dev>`
// where KubeVirt names none, `<driver>` attributes, the empty `<source>` it drops, a `<source dev>` it drops for
// vhost-user with the passt backend, `<link state='up'>` after a link-state change (up is the default).
// Values only the running pod knows (`fromPod:…`) are compared when the dump says what they are (the pod
// interface's MAC and MTU through the runtime context, the VF's PCI address from Multus), else skipped.

import type { DomainDevice, DomainInterface } from '../../wiring/types';
import { domainElement, parsePciAddress } from '../../wiring/domain-xml';
import type { XmlElement } from '../../wiring/xml';
import { isRuntimeValue } from '../../wiring/runtime';
import { tapName } from '../../wiring/naming';
import type { DoctorFinding, XmlNode } from '../types';
import { normalMac, type IfacePlan, type Plan } from '../plan';
import { aliasOf, child, children, domainDevices } from '../dump/domxml';
import { fieldOrName, finding, specIfaceTarget, vmiAt, type Check } from './common';

/** The expected element tree in the dump's shape (attributes by name, values as text). */
function nodeOf(e: XmlElement): XmlNode {
  return { name: e.name, attrs: Object.fromEntries(e.attrs.map(([k, v]) => [k, String(v)])), children: e.children.map(nodeOf) };
}

/** `<name attr='v'>` for a message; `no <name attr>` (and libvirt's default) when it is not there. */
function shown(name: string, attr: string, v: string | undefined, fallback?: string): string {
  if (v !== undefined) return `<${name} ${attr}='${v}'>`;
  return fallback === undefined ? `no <${name} ${attr}>` : `no <${name} ${attr}> (${fallback})`;
}

function pciKey(n: XmlNode | undefined): string | undefined {
  if (!n) return undefined;
  const parts = ['domain', 'bus', 'slot', 'function'].map((k) => n.attrs[k]);
  if (parts.some((x) => x === undefined || isRuntimeValue(x))) return undefined;
  return parts.map((x) => parseInt(x!, 16)).join(':');
}

function pciText(n: XmlNode | undefined): string {
  if (!n) return 'no <address>';
  const a = n.attrs;
  return `<address type='${a.type ?? 'pci'}' domain='${a.domain}' bus='${a.bus}' slot='${a.slot}' function='${a.function}'>`;
}

/** One property of a device: how to read it from either tree, its default, what breaks when it differs. */
interface Property {
  label: string;
  element: string;
  attr: string;
  /** The value when the element or attribute is absent (libvirt's default), on both sides. */
  fallback?: string;
  /** Tolerate any actual value when KubeVirt specifies none (libvirt fills it in). */
  libvirtFills?: boolean;
  /** Compare only when the dump has it (libvirt may drop it). */
  libvirtDrops?: boolean;
  normal?: (v: string) => string;
  /** DR-DOM-02 (breaks the NIC) or DR-DOM-03. */
  breaks: boolean;
  /** The spec field it comes from (where the finding goes in the editor). */
  field?: string;
}

const INTERFACE_PROPERTIES: Property[] = [
  { label: 'type', element: '', attr: 'type', breaks: true },
  { label: 'target device', element: 'target', attr: 'dev', libvirtFills: true, breaks: true },
  { label: 'model', element: 'model', attr: 'type', breaks: true, field: 'model' },
  {
    label: 'MAC',
    element: 'mac',
    attr: 'address',
    libvirtFills: true,
    normal: (v) => normalMac(v) ?? v,
    breaks: true,
    field: 'macAddress',
  },
  { label: 'MTU', element: 'mtu', attr: 'size', libvirtFills: true, breaks: false },
  { label: 'link state', element: 'link', attr: 'state', fallback: 'up', breaks: false, field: 'state' },
  { label: 'boot order', element: 'boot', attr: 'order', breaks: false, field: 'bootOrder' },
  { label: 'queues', element: 'driver', attr: 'queues', fallback: '1', breaks: false },
  { label: 'IOMMU', element: 'driver', attr: 'iommu', libvirtFills: true, breaks: false },
  { label: 'ROM', element: 'rom', attr: 'enabled', fallback: 'yes', breaks: false },
  { label: 'ACPI index', element: 'acpi', attr: 'index', libvirtFills: true, breaks: false, field: 'acpiIndex' },
  { label: 'source device', element: 'source', attr: 'dev', libvirtFills: true, libvirtDrops: true, breaks: false },
  { label: 'backend', element: 'backend', attr: 'type', breaks: true },
  { label: 'backend log file', element: 'backend', attr: 'logFile', libvirtDrops: true, breaks: false },
];

function valueOf(n: XmlNode, p: Property): string | undefined {
  const e = p.element === '' ? n : child(n, p.element);
  const v = e?.attrs[p.attr];
  return v === undefined ? undefined : p.normal ? p.normal(v) : v;
}

/** `tcp: 80, 443 (exclude 15000); udp: 53` — libvirt keeps the ranges as given; their order is free. */
function portForwardText(n: XmlNode): string {
  const byProto = new Map<string, string[]>();
  for (const pf of children(n, 'portForward')) {
    const proto = pf.attrs.proto ?? '?';
    const ranges = children(pf, 'range').map((r) => {
      const a = r.attrs;
      return `${a.start}${a.end ? `-${a.end}` : ''}${a.to ? `:${a.to}` : ''}${a.exclude === 'yes' ? ' (exclude)' : ''}`;
    });
    byProto.set(proto, [...(byProto.get(proto) ?? []), ...(ranges.length > 0 ? ranges : ['all'])]);
  }
  return (
    [...byProto]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([proto, r]) => `${proto}: ${[...new Set(r)].sort().join(', ')}`)
      .join('; ') || 'none'
  );
}

/**
 * How the MAC is judged. The spec's macAddress: the guest must have it (error). Without one KubeVirt gives the
 * guest the pod interface's MAC when the VM starts, and a migration keeps the guest's (the new pod has another):
 * for bridge binding a difference may make the CNI's anti-spoofing drop the guest's frames (warning); behind
 * masquerade's NAT it does not matter (not compared), nor after a migration.
 */
function macJudgement(plan: Plan, p: IfacePlan): 'breaks' | 'warns' | 'skip' {
  if (typeof p.iface.macAddress === 'string' && p.iface.macAddress !== '') return 'breaks';
  const st = plan.resource.status;
  const migrated = st !== undefined && st.migrationState !== null && typeof st.migrationState === 'object';
  return p.wiring?.inPod.links.some((l) => l.kind === 'dummy') && !migrated ? 'warns' : 'skip';
}

function compareInterface(
  p: IfacePlan,
  want: XmlNode,
  have: XmlNode,
  targetAlternatives: string[],
  mac: 'breaks' | 'warns' | 'skip',
): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  for (const prop of INTERFACE_PROPERTIES) {
    if (prop.label === 'MAC' && mac === 'skip') continue;
    const wRaw = valueOf(want, prop);
    const hRaw = valueOf(have, prop);
    let w = wRaw ?? prop.fallback;
    let h = hRaw ?? prop.fallback;
    if (w !== undefined && isRuntimeValue(w)) continue; // only the pod knows, and the dump did not say
    if (w === undefined && prop.libvirtFills) continue;
    if (h === undefined && prop.libvirtDrops) continue;
    if (prop.label === 'target device' && h !== undefined && targetAlternatives.includes(h)) w = h;
    if (w === h) continue;
    if (prop.label === 'type') h ??= '(none)';
    out.push(
      finding({
        code: prop.breaks && !(prop.label === 'MAC' && mac === 'warns') ? 'DR-DOM-02' : 'DR-DOM-03',
        check: 'domain',
        iface: p,
        message: `${p.name}: the domain's <${want.name}> has ${prop.label} ${h ?? 'none'}, KubeVirt generates ${w ?? 'none'}`,
        expected:
          prop.element === ''
            ? `<${want.name} ${prop.attr}='${w}'>`
            : shown(prop.element, prop.attr, wRaw === undefined ? undefined : w, prop.fallback),
        actual:
          prop.element === ''
            ? `<${want.name} ${prop.attr}='${h}'>`
            : shown(prop.element, prop.attr, hRaw === undefined ? undefined : h, prop.fallback),
        target: fieldOrName(p, prop.field),
      }),
    );
  }
  // the guest PCI address KubeVirt asks for (libvirt assigns one otherwise)
  const wantAddr = child(want, 'address');
  if (wantAddr && pciKey(wantAddr) !== pciKey(child(have, 'address'))) {
    out.push(addressFinding(p, wantAddr, child(have, 'address')));
  }
  // passt port forwarding: what reaches the guest
  if (children(want, 'portForward').length > 0 || children(have, 'portForward').length > 0) {
    const w = portForwardText(want);
    const h = portForwardText(have);
    if (w !== h) {
      out.push(
        finding({
          code: 'DR-DOM-02',
          check: 'domain',
          iface: p,
          message: `${p.name}: passt forwards ${h} to the guest, KubeVirt asks for ${w}`,
          expected: w,
          actual: h,
          target: fieldOrName(p, 'ports'),
        }),
      );
    }
  }
  return out;
}

function addressFinding(p: IfacePlan, want: XmlNode, have: XmlNode | undefined): DoctorFinding {
  return finding({
    code: 'DR-DOM-03',
    check: 'domain',
    iface: p,
    message: `${p.name}: the guest sees the NIC at ${pciText(have)}, the spec asks for pciAddress ${String(p.iface.pciAddress)}`,
    expected: pciText(want),
    actual: pciText(have),
    target: fieldOrName(p, 'pciAddress'),
  });
}

function compareHostdev(p: IfacePlan, want: XmlNode, have: XmlNode): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const wantSrc = child(child(want, 'source'), 'address');
  const haveSrc = child(child(have, 'source'), 'address');
  const w = pciKey(wantSrc);
  if (w !== undefined && w !== pciKey(haveSrc)) {
    out.push(
      finding({
        code: 'DR-DOM-02',
        check: 'domain',
        iface: p,
        message: `${p.name}: the domain passes through the PCI device ${pciText(haveSrc)}, but Multus attached the VF ${pciText(wantSrc)}`,
        expected: pciText(wantSrc),
        actual: pciText(haveSrc),
        target: specIfaceTarget(p),
      }),
    );
  }
  const wantAddr = child(want, 'address');
  if (wantAddr && pciKey(wantAddr) !== pciKey(child(have, 'address'))) out.push(addressFinding(p, wantAddr, child(have, 'address')));
  const wb = child(want, 'boot')?.attrs.order;
  const hb = child(have, 'boot')?.attrs.order;
  if (wb !== hb) {
    out.push(
      finding({
        code: 'DR-DOM-03',
        check: 'domain',
        iface: p,
        message: `${p.name}: the VF has boot order ${hb ?? 'none'}, KubeVirt generates ${wb ?? 'none'}`,
        expected: shown('boot', 'order', wb),
        actual: shown('boot', 'order', hb),
        target: fieldOrName(p, 'bootOrder'),
      }),
    );
  }
  return out;
}

/** The device KubeVirt generates, with what the dump tells of its runtime values (the VF's host address). */
function expectedDevice(plan: Plan, p: IfacePlan, d: DomainDevice): DomainDevice {
  if (d.element !== 'hostdev') return d;
  const pci = p.nsEntry?.pciAddress ?? plan.networkInfo.get(p.name);
  const source = pci ? parsePciAddress(pci) : undefined;
  return source ? { ...d, source } : d;
}

export const domainInterfaces: Check = (plan: Plan): DoctorFinding[] => {
  const domain = plan.dump.domain;
  if (!domain) return [];
  const out: DoctorFinding[] = [];
  const { interfaces, hostdevs } = domainDevices(domain);
  const claimed = new Set<XmlNode>();
  const known = new Set<string>(); // aliases of spec interfaces whose device KubeVirt does not know (sidecars)

  for (const p of plan.ifaces) {
    const d = p.wiring?.domain;
    known.add(`ua-${p.name}`);
    if (p.binding === 'sriov') known.add(`ua-sriov-${p.name}`);
    if (p.absent || !d) continue;
    const pool = d.element === 'hostdev' ? hostdevs : interfaces;
    const have = pool.find((n) => aliasOf(n) === d.alias);
    if (!have) {
      const aliases = pool.map((n) => aliasOf(n) ?? '(no alias)');
      out.push(
        finding({
          code: 'DR-DOM-01',
          check: 'domain',
          iface: p,
          message: `${p.name}: the running domain has no <${d.element}> with alias ${d.alias}: the guest has no such NIC`,
          expected: `<${d.element}> with <alias name='${d.alias}'>`,
          actual: aliases.length > 0 ? `<${d.element}> aliases: ${aliases.slice(0, 8).join(', ')}` : `no <${d.element}>`,
          target: specIfaceTarget(p),
        }),
      );
      continue;
    }
    claimed.add(have);
    const want = nodeOf(domainElement(expectedDevice(plan, p, d)));
    if (d.element === 'hostdev') out.push(...compareHostdev(p, want, have));
    else out.push(...compareInterface(p, want, have, targetAlternatives(p, d), macJudgement(plan, p)));
  }

  // NICs KubeVirt did not generate from the spec, or an unplugged one still there (of the host devices only the
  // SR-IOV ones are NICs: GPUs and other host devices have aliases of their own)
  const nics = [...interfaces, ...hostdevs.filter((n) => aliasOf(n)?.startsWith('ua-sriov-'))];
  for (const n of nics) {
    if (claimed.has(n)) continue;
    const alias = aliasOf(n);
    const gone = plan.ifaces.find((p) => p.absent && (alias === `ua-${p.name}` || alias === `ua-sriov-${p.name}`));
    if (gone) {
      out.push(
        finding({
          code: 'DR-DOM-05',
          check: 'domain',
          iface: gone,
          message: `${gone.name}: the interface has state: absent, but the domain still has its <${n.name}> (${alias}): the hot-unplug did not complete`,
          expected: `no <${n.name}> with alias ${alias}`,
          actual: `<${n.name}> with alias ${alias}`,
          target: fieldOrName(gone, 'state'),
        }),
      );
      continue;
    }
    if (alias && known.has(alias)) continue; // a binding-plugin sidecar's device: KubeVirt does not know its shape
    out.push(
      finding({
        code: 'DR-DOM-04',
        check: 'domain',
        iface: null,
        message: `the domain has a <${n.name}>${alias ? ` with alias ${alias}` : ' without an alias'} that KubeVirt did not generate from the spec (a hook sidecar adds such devices)`,
        expected: null,
        actual: `<${n.name}${n.attrs.type ? ` type='${n.attrs.type}'` : ''}>${alias ? ` alias ${alias}` : ''}`,
        target: vmiAt(['spec', 'domain', 'devices', 'interfaces']),
      }),
    );
  }
  return out;
};

/** A tap binding plugin's `<target dev>`: the tap if the pod has one, else the pod interface itself. */
function targetAlternatives(p: IfacePlan, d: DomainInterface): string[] {
  if (!p.wiring?.domainTargetRule || !p.podIface) return [];
  return [tapName(p.podIface, p.network), p.podIface].filter((t) => t !== d.target);
}
