// `virtwire doctor`: a running VM's dumped state (VMI + status, launcher pod, optional in-pod command outputs)
// against the wiring KubeVirt builds for it, one check per item of the debugging checklist.

import type { Context } from '../context/context';
import type { CheckName, DoctorFinding } from './types';
import type { LiveDump } from './dump/read';
import { selectSubject } from './subject';
import { meta } from './subject';
import { buildPlan, type Plan } from './plan';
import { nextSteps, type NextStep } from './next-steps';
import type { Check } from './checks/common';
import { podAttachments } from './checks/pod-attachments';
import { podIPs } from './checks/pod-ips';
import { ordinalUnplug } from './checks/unplug';
import { statusInterfaces } from './checks/status-interfaces';
import { guestAgent } from './checks/guest-agent';
import { guestMasquerade } from './checks/guest-masquerade';
import { guestBridge } from './checks/guest-bridge';
import { guestPasst } from './checks/guest-passt';
import { guestSriov } from './checks/guest-sriov';
import { inPodLinks } from './checks/links';
import { nftRules } from './checks/nft';
import { domainInterfaces } from './checks/domain';

/** The checks in report order, with the checklist item each belongs to. */
const CHECKS: { check: CheckName; run: Check }[] = [
  { check: 'pod', run: podAttachments },
  { check: 'pod', run: podIPs },
  { check: 'pod', run: ordinalUnplug },
  { check: 'status', run: statusInterfaces },
  { check: 'status', run: guestAgent },
  { check: 'guest', run: guestMasquerade },
  { check: 'guest', run: guestBridge },
  { check: 'guest', run: guestPasst },
  { check: 'guest', run: guestSriov },
  { check: 'links', run: inPodLinks },
  { check: 'nft', run: nftRules },
  { check: 'domain', run: domainInterfaces },
];

export interface NotChecked {
  check: CheckName;
  reason: string;
}

export interface DoctorReport {
  vmi: { namespace: string; name: string; uid: string | null; phase: string | null; node: string | null };
  /** The KubeVirt release the wiring was computed for (--kubevirt-version, else the KubeVirt CR's, else the latest). */
  kubevirtVersion: string;
  pod: { name: string; matchedBy: string } | null;
  findings: DoctorFinding[];
  checked: CheckName[];
  notChecked: NotChecked[];
  next: NextStep[];
  /** Problems reading the dump (the rest was still used). */
  problems: string[];
  /** Why the wiring could not be computed, if it could not. */
  wiringErrors: string[];
}

export type DoctorResult = { ok: true; report: DoctorReport; plan: Plan } | { ok: false; message: string };

const SEVERITY_ORDER = { error: 0, warning: 1, information: 2 } as const;

export function runDoctor(dump: LiveDump, base: Context, opts: { vmi?: string } = {}): DoctorResult {
  const sel = selectSubject(dump, opts.vmi);
  if (!sel.ok) return sel;
  const status = sel.subject.vmi.value.status;
  if (status === null || typeof status !== 'object' || Object.keys(status).length === 0) {
    return {
      ok: false,
      message: `the VirtualMachineInstance ${sel.subject.namespace}/${sel.subject.name} has no status: dump the live object (kubectl get vmi ${sel.subject.name} -n ${sel.subject.namespace} -o yaml), not a manifest`,
    };
  }
  const plan = buildPlan(dump, sel.subject, base);
  const findings: DoctorFinding[] = [];
  for (const { check, run } of CHECKS) {
    try {
      findings.push(...run(plan));
    } catch (e) {
      findings.push({
        code: 'VIRTWIRE-INTERNAL',
        severity: 'warning',
        message: `Virtwire could not finish its ${run.name || check} check: ${e instanceof Error ? e.message : String(e)}`,
        interface: null,
        expected: null,
        actual: null,
        check,
      });
    }
  }
  // stable order: by severity, then interface order, keeping each check's order within
  const order = new Map(plan.ifaces.map((p, i) => [p.name, i]));
  const indexed = findings.map((f, i) => ({ f, i }));
  indexed.sort(
    (a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (order.get(a.f.interface ?? '') ?? -1) - (order.get(b.f.interface ?? '') ?? -1) ||
      a.i - b.i,
  );

  const notChecked: NotChecked[] = [];
  if (!sel.subject.pod) notChecked.push({ check: 'pod', reason: 'no virt-launcher pod in the dump' });
  if (!plan.links) notChecked.push({ check: 'links', reason: 'no `ip -j addr` / `ip -j link` output of the launcher pod' });
  if (!dump.nft && plan.ifaces.some((p) => !p.absent && p.binding === 'masquerade')) {
    notChecked.push({ check: 'nft', reason: 'no `nft -j list ruleset` output of the launcher pod' });
  }
  if (!dump.domain) notChecked.push({ check: 'domain', reason: 'no `virsh dumpxml` output of the domain' });
  const checked = (['pod', 'status', 'guest', 'links', 'nft', 'domain'] as CheckName[]).filter(
    (c) => !notChecked.some((n) => n.check === c),
  );

  const st = status as Record<string, unknown>;
  const report: DoctorReport = {
    vmi: {
      namespace: sel.subject.namespace,
      name: sel.subject.name,
      uid: sel.subject.uid ?? null,
      phase: typeof st.phase === 'string' ? st.phase : null,
      node: typeof st.nodeName === 'string' ? st.nodeName : null,
    },
    kubevirtVersion: plan.ctx.kubevirtVersion,
    pod: sel.subject.pod ? { name: String(meta(sel.subject.pod).name ?? ''), matchedBy: sel.subject.podMatchedBy ?? '' } : null,
    findings: indexed.map((x) => x.f),
    checked,
    notChecked,
    next: nextSteps(plan),
    problems: dump.problems.map((p) => `${dump.inputs[p.input]?.file ?? '?'}: ${p.message}`),
    wiringErrors: plan.wiring.errors.map((e) => `${e.phase}: ${e.message}`),
  };
  return { ok: true, report, plan };
}

/** Exit status: 1 when a finding is an error or a warning. */
export function doctorExitCode(report: DoctorReport): 0 | 1 {
  return report.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}
