// In-pod links, checklist item "for bridge check the pod interface, the bridge, the tap": the links KubeVirt's
// phase 1 creates in the launcher pod's network namespace (the nmstate desired spec of pkg/network/setup/netpod/
// netpod.go, computed in wiring/in-pod.ts and wiring/bindings/*) against `ip -j addr` / `ip -j link` run in the
// pod. Compared: presence, controller (`master`), MTU, administrative state, MAC and — with `ip addr` — global
// addresses. Values the wiring only knows as "from the pod" are compared with the pod interface's own.

import type { InPodLink } from '../../wiring/wire';
import { isRuntimeValue } from '../../wiring/runtime';
import type { DoctorFinding, IpLink } from '../types';
import { linkNamed, normalMac, podIfaceFacts, type IfacePlan, type Plan } from '../plan';
import { isUp } from '../dump/ip';
import { activeIfaces, bare, finding, list, specIfaceTarget, type Check } from './common';

function globalAddresses(l: IpLink): string[] {
  return (l.addresses ?? []).filter((a) => {
    const ip = bare(a).toLowerCase();
    return !ip.startsWith('fe80') && ip !== '::1' && !ip.startsWith('127.');
  });
}

function concreteList(v: string[] | string | undefined): string[] | undefined {
  if (v === undefined || typeof v === 'string') return undefined;
  return v.some(isRuntimeValue) ? undefined : v;
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

function linkFindings(plan: Plan, p: IfacePlan, want: InPodLink, podMtu: number | undefined, podMac: string | undefined): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const base = { check: 'links' as const, iface: p, target: specIfaceTarget(p) };
  const have = linkNamed(plan, want.name);
  if (!have) {
    out.push(
      finding({
        ...base,
        code: 'DR-LINK-01',
        message: `${p.name}: link ${want.name} (${want.kind}${want.controller ? ` in ${want.controller}` : ''}) is missing from the pod`,
        expected: want.name,
        actual: 'no such link',
      }),
    );
    return out;
  }
  if (want.controller && have.master !== want.controller) {
    out.push(
      finding({
        ...base,
        code: 'DR-LINK-03',
        message: `${p.name}: ${want.name} is ${have.master ? `enslaved to ${have.master}` : 'not enslaved to any bridge'}, KubeVirt attaches it to ${want.controller}`,
        expected: want.controller,
        actual: have.master ?? 'none',
      }),
    );
  }
  const mtu = typeof want.mtu === 'number' ? want.mtu : want.mtu !== undefined && isRuntimeValue(want.mtu) ? podMtu : undefined;
  if (mtu !== undefined && have.mtu !== undefined && have.mtu !== mtu) {
    out.push(
      finding({
        ...base,
        code: 'DR-LINK-02',
        message: `${p.name}: ${want.name} has MTU ${have.mtu}, the pod interface ${p.podIface} has ${mtu}`,
        expected: String(mtu),
        actual: String(have.mtu),
      }),
    );
  }
  if (want.state === 'up' && !isUp(have)) {
    out.push(
      finding({
        ...base,
        code: 'DR-LINK-04',
        message: `${p.name}: ${want.name} is down (flags ${have.flags.join(',') || 'none'}); KubeVirt sets it up`,
        expected: 'UP',
        actual: have.operstate ?? (have.flags.join(',') || 'down'),
      }),
    );
  }
  const wantMac =
    want.mac !== undefined && !isRuntimeValue(want.mac) ? normalMac(want.mac) : want.kind === 'dummy' ? normalMac(podMac) : undefined;
  if (wantMac && have.address && normalMac(have.address) !== wantMac) {
    out.push(
      finding({
        ...base,
        code: 'DR-LINK-06',
        message: `${p.name}: ${want.name} has MAC ${have.address}, expected ${wantMac}${want.kind === 'dummy' ? " (the pod interface's original MAC)" : ''}`,
        expected: wantMac,
        actual: have.address,
      }),
    );
  }
  if (want.copyMacFrom) {
    const from = linkNamed(plan, want.copyMacFrom);
    if (from?.address && have.address && from.address !== have.address) {
      out.push(
        finding({
          ...base,
          code: 'DR-LINK-06',
          message: `${p.name}: ${want.name} has MAC ${have.address}, KubeVirt copies ${want.copyMacFrom}'s ${from.address}`,
          expected: from.address,
          actual: have.address,
        }),
      );
    }
  }
  if (have.addresses) {
    const v4 = concreteList(want.ipv4);
    const v6 = concreteList(want.ipv6);
    if (v4 !== undefined || v6 !== undefined) {
      const expected = [...(v4 ?? []), ...(v6 ?? [])];
      const actual = globalAddresses(have).filter((a) => (a.includes(':') ? v6 !== undefined : v4 !== undefined));
      // a conditional address (bridge fake IP "only if the pod interface has IPv4") is only expected then
      const conditional = want.ipv4When !== undefined && v4 && v4.length > 0 && actual.filter((a) => !a.includes(':')).length === 0;
      if (!conditional && !sameSet(expected, actual)) {
        out.push(
          finding({
            ...base,
            code: 'DR-LINK-05',
            message: `${p.name}: ${want.name} has ${list(actual)}, KubeVirt gives it ${list(expected)}`,
            expected: list(expected),
            actual: list(actual),
          }),
        );
      }
    }
  }
  return out;
}

export const inPodLinks: Check = (plan: Plan): DoctorFinding[] => {
  const out: DoctorFinding[] = [];
  if (!plan.links) return out;
  for (const p of activeIfaces(plan)) {
    const w = p.wiring;
    if (!w || !p.podIface) continue;
    // The pod interface itself (untouched by masquerade; the dummy of bridge keeps its name); SR-IOV VFs and
    // plugins without KubeVirt links are the CNI's business.
    const facts = podIfaceFacts(plan, p, plan.podIPs);
    const podLink = linkNamed(plan, p.podIface);
    const needsPodIface = w.inPod.links.length > 0 || p.binding === 'passtBinding' || !!w.inPod.podIfaceUntouched;
    if (needsPodIface && !podLink) {
      out.push(
        finding({
          code: 'DR-LINK-01',
          check: 'links',
          iface: p,
          message: `${p.name}: pod interface ${p.podIface} is missing from the pod`,
          expected: p.podIface,
          actual: 'no such link',
          target: specIfaceTarget(p),
        }),
      );
    }
    const podMtu = podLink?.mtu ?? facts.mtu;
    const podMac = p.nsEntry?.mac ?? (w.inPod.podIfaceUntouched ? undefined : podLink?.address);
    for (const l of w.inPod.links) {
      if (l.state === 'absent' || l.name === p.podIface) {
        if (l.kind === 'dummy' && podLink) out.push(...linkFindings(plan, p, l, podMtu, podMac));
        continue;
      }
      out.push(...linkFindings(plan, p, l, podMtu, podMac));
    }
  }
  return out;
};
