// Shared helpers of the doctor checks: building findings and pointing them at the dumped lines.

import type { Path } from '../../types';
import type { CheckName, DoctorFinding, DoctorSeverity, FindingTarget } from '../types';
import type { IfacePlan, Plan } from '../plan';
import { NETWORK_STATUS_ANNOTATION } from '../dump/network-status';
import { codeInfo } from '../../codes';
import { normalMac } from '../plan';

export type Check = (plan: Plan) => DoctorFinding[];

export interface FindingInput {
  code: string;
  message: string;
  iface: IfacePlan | string | null;
  expected?: string | null;
  actual?: string | null;
  check: CheckName;
  target?: FindingTarget;
  /** Overrides the code's default severity. */
  severity?: DoctorSeverity;
}

export function finding(f: FindingInput): DoctorFinding {
  const severity = f.severity ?? (codeInfo(f.code)?.severity as DoctorSeverity | undefined) ?? 'warning';
  const name = f.iface === null ? null : typeof f.iface === 'string' ? f.iface : f.iface.name;
  const out: DoctorFinding = {
    code: f.code,
    severity,
    message: f.message,
    interface: name,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    check: f.check,
  };
  if (f.target) out.target = f.target;
  return out;
}

export const vmiAt = (path: Path): FindingTarget => ({ object: 'vmi', path });
export const podAt = (path: Path): FindingTarget => ({ object: 'pod', path });

/** The spec interface's line (its name). */
export function specIfaceTarget(p: IfacePlan): FindingTarget {
  return vmiAt(['spec', 'domain', 'devices', 'interfaces', p.index, 'name']);
}

/** A field of the spec interface when it is written (`macAddress`, `state`, …), else the interface's name. */
export function fieldOrName(p: IfacePlan, field: string | undefined): FindingTarget {
  if (field && (p.iface as Record<string, unknown>)[field] !== undefined) {
    return vmiAt(['spec', 'domain', 'devices', 'interfaces', p.index, field]);
  }
  return specIfaceTarget(p);
}

/** A field of the interface's status entry, else the spec interface. */
export function statusTarget(p: IfacePlan, field?: string): FindingTarget {
  if (!p.status) return specIfaceTarget(p);
  return vmiAt(field ? ['status', 'interfaces', p.status.index, field] : ['status', 'interfaces', p.status.index]);
}

export const networkStatusTarget = (): FindingTarget => podAt(['metadata', 'annotations', NETWORK_STATUS_ANNOTATION]);

/** Interfaces KubeVirt plugs (not absent). */
export function activeIfaces(plan: Plan): IfacePlan[] {
  return plan.ifaces.filter((p) => !p.absent);
}

export function ipv4Only(ips: string[]): string[] {
  return ips.filter((i) => !i.includes(':'));
}

export const bare = (ip: string): string => ip.split('/')[0]!;

export function list(items: string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}

/** The text of a quoted value in a message, bounded. */
export function q(s: string | undefined | null): string {
  return JSON.stringify(String(s ?? '').slice(0, 100));
}

/** The spec's macAddress in Go's normal form, or undefined. */
export function specMacOf(p: IfacePlan): string | undefined {
  const m = p.iface.macAddress;
  return typeof m === 'string' && m !== '' ? normalMac(m) : undefined;
}
