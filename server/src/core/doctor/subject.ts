// Which objects of a dump belong together: the VirtualMachineInstance (required, with its status), its
// VirtualMachine, its virt-launcher pod, the NetworkAttachmentDefinitions and the KubeVirt CR.
//
// The launcher pod carries the labels virt-controller gives it (pkg/virt-controller/services/template.go:
// podLabels): `kubevirt.io: virt-launcher`, `kubevirt.io/created-by: <VMI uid>` and `vm.kubevirt.io/name:
// <hostname>` (the VMI's sanitized host name, pkg/util/net/dns: spec.hostname, else the name up to its first
// dot, at most 63 characters). During a migration two pods match; the VMI's status.activePods and nodeName
// pick the one running the domain.

import type { K8sObject } from './types';
import type { LiveDump } from './dump/read';
import { isObject } from '../model/values';

export interface Subject {
  vmi: K8sObject;
  vm?: K8sObject;
  pod?: K8sObject;
  /** How the pod was matched (for the report). */
  podMatchedBy?: string;
  nads: K8sObject[];
  kubevirt?: K8sObject;
  namespace: string;
  name: string;
  uid?: string;
}

export function meta(o: K8sObject | Record<string, unknown>): Record<string, unknown> {
  const v = 'origin' in o && isObject(o.value) ? (o.value as Record<string, unknown>) : (o as Record<string, unknown>);
  return isObject(v.metadata) ? v.metadata : {};
}
export function labels(o: K8sObject): Record<string, unknown> {
  const l = meta(o).labels;
  return isObject(l) ? l : {};
}
export function annotations(o: K8sObject): Record<string, unknown> {
  const a = meta(o).annotations;
  return isObject(a) ? a : {};
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function apiGroup(o: K8sObject): string {
  const av = str(o.value.apiVersion) ?? '';
  const i = av.lastIndexOf('/');
  return i < 0 ? '' : av.slice(0, i);
}
function isKind(o: K8sObject, group: string, kind: string): boolean {
  return o.value.kind === kind && apiGroup(o) === group;
}

/** The sanitized host name KubeVirt puts in the `vm.kubevirt.io/name` label. */
export function launcherHostname(vmi: Record<string, unknown>): string {
  const spec = isObject(vmi.spec) ? vmi.spec : {};
  const host = str(spec.hostname) ?? (str(meta(vmi).name) ?? '').split('.')[0]!;
  return host.slice(0, 63);
}

export type SelectResult = { ok: true; subject: Subject } | { ok: false; message: string };

export function selectSubject(dump: LiveDump, vmiName?: string): SelectResult {
  const vmis = dump.objects.filter((o) => isKind(o, 'kubevirt.io', 'VirtualMachineInstance'));
  const named = vmiName ? vmis.filter((o) => meta(o).name === vmiName) : vmis;
  if (named.length === 0) {
    if (vmiName) return { ok: false, message: `no VirtualMachineInstance named ${JSON.stringify(vmiName.slice(0, 80))} in the dump` };
    return { ok: false, message: 'no VirtualMachineInstance in the dump (kubectl get vmi NAME -o yaml)' };
  }
  if (named.length > 1) {
    const names = named.map((o) => `${str(meta(o).namespace) ?? ''}/${str(meta(o).name) ?? ''}`.slice(0, 80)).slice(0, 10);
    return {
      ok: false,
      message: `the dump holds ${named.length} VirtualMachineInstances (${names.join(', ')}): choose one with --vmi NAME`,
    };
  }
  const vmi = named[0]!;
  const m = meta(vmi);
  const name = str(m.name) ?? '';
  const namespace = str(m.namespace) ?? 'default';
  const uid = str(m.uid);
  const sameNs = (o: K8sObject) => (str(meta(o).namespace) ?? namespace) === namespace;

  const subject: Subject = { vmi, nads: [], namespace, name, uid };
  subject.vm = dump.objects.find((o) => isKind(o, 'kubevirt.io', 'VirtualMachine') && meta(o).name === name && sameNs(o));
  subject.nads = dump.objects.filter((o) => isKind(o, 'k8s.cni.cncf.io', 'NetworkAttachmentDefinition'));
  subject.kubevirt = dump.objects.find((o) => isKind(o, 'kubevirt.io', 'KubeVirt'));

  const pods = dump.objects.filter((o) => o.value.kind === 'Pod' && apiGroup(o) === '' && sameNs(o));
  let candidates = uid ? pods.filter((p) => labels(p)['kubevirt.io/created-by'] === uid) : [];
  let by = 'label kubevirt.io/created-by';
  if (candidates.length === 0) {
    const host = launcherHostname(vmi.value);
    candidates = pods.filter((p) => {
      const l = labels(p);
      return l['kubevirt.io'] === 'virt-launcher' && (l['vm.kubevirt.io/name'] === host || l['vm.kubevirt.io/name'] === name);
    });
    by = 'label vm.kubevirt.io/name';
  }
  if (candidates.length > 1) {
    const status = isObject(vmi.value.status) ? vmi.value.status : {};
    const active = isObject(status.activePods) ? status.activePods : {};
    const node = str(status.nodeName);
    const onNode = candidates.filter((p) => {
      const podUid = str(meta(p).uid);
      return podUid !== undefined && podUid in active && (node === undefined || active[podUid] === node);
    });
    if (onNode.length >= 1) {
      candidates = onNode;
      by += ' and status.activePods';
    }
  }
  if (candidates.length > 0) {
    subject.pod = candidates[0];
    subject.podMatchedBy = by;
  }
  return { ok: true, subject };
}
