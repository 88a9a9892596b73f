import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultContext } from '../../server/src/core/context/context';
import { readDump, type DumpInput } from '../../server/src/core/doctor/dump/read';
import { runDoctor, type DoctorReport } from '../../server/src/core/doctor/doctor';
import type { DoctorFinding } from '../../server/src/core/doctor/types';
import { FIXTURES } from '../helpers/paths';
import { runCli, type CliResult } from '../helpers/run-cli';

export const DOCTOR_FIXTURES = path.join(FIXTURES, 'doctor');

// Dumps are mutated freely in tests.
// oxlint-disable-next-line typescript/no-explicit-any
export type Obj = Record<string, any>;

/** The healthy dump (masquerade + Multus bridge) as a `kind: List`, a fresh copy each time. */
export function healthy(): Obj {
  return parse(fs.readFileSync(path.join(DOCTOR_FIXTURES, 'healthy.yaml'), 'utf8'));
}
export function healthyIpAddr(): Obj[] {
  return JSON.parse(fs.readFileSync(path.join(DOCTOR_FIXTURES, 'healthy.ip-addr.json'), 'utf8'));
}
export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(DOCTOR_FIXTURES, name), 'utf8');
}

export const vmiOf = (list: Obj): Obj => list.items.find((o: Obj) => o.kind === 'VirtualMachineInstance');
export const podOf = (list: Obj): Obj => list.items.find((o: Obj) => o.kind === 'Pod');
export const statusOf = (list: Obj, name: string): Obj => vmiOf(list).status.interfaces.find((s: Obj) => s.name === name);

export function networkStatus(list: Obj): Obj[] {
  return JSON.parse(podOf(list).metadata.annotations['k8s.v1.cni.cncf.io/network-status']);
}
export function setNetworkStatus(list: Obj, entries: Obj[]): void {
  podOf(list).metadata.annotations['k8s.v1.cni.cncf.io/network-status'] = JSON.stringify(entries, null, 2);
}

export interface Extras {
  ipAddr?: unknown;
  nft?: unknown;
  domxml?: string;
}

export function inputsOf(list: Obj, extras: Extras = {}): DumpInput[] {
  const inputs: DumpInput[] = [{ file: 'dump.yaml', text: stringify(list) }];
  if (extras.ipAddr !== undefined) inputs.push({ file: 'ip-addr.json', text: JSON.stringify(extras.ipAddr) });
  if (extras.nft !== undefined) inputs.push({ file: 'nft.json', text: JSON.stringify(extras.nft) });
  if (extras.domxml !== undefined) inputs.push({ file: 'domain.xml', text: extras.domxml });
  return inputs;
}

export function doctor(list: Obj, extras: Extras = {}): DoctorReport {
  const r = runDoctor(readDump(inputsOf(list, extras)), defaultContext());
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

export function codes(report: DoctorReport, minSeverity: 'error' | 'warning' | 'information' = 'information'): string[] {
  const rank = { error: 0, warning: 1, information: 2 };
  return report.findings.filter((f) => rank[f.severity] <= rank[minSeverity]).map((f) => f.code);
}

export function only(report: DoctorReport, code: string): DoctorFinding {
  const matching = report.findings.filter((f) => f.code === code);
  if (matching.length !== 1)
    throw new Error(`expected one ${code}, got ${matching.length}: ${JSON.stringify(report.findings.map((f) => f.code))}`);
  return matching[0]!;
}

/** Writes the dump to a temporary folder and runs `virtwire doctor` on its files. */
export function cliOn(list: Obj, extras: Extras = {}, args: string[] = []): CliResult & { dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtwire-doctor-'));
  const files: string[] = [];
  for (const i of inputsOf(list, extras)) {
    const f = path.join(dir, i.file);
    fs.writeFileSync(f, i.text);
    files.push(f);
  }
  const r = runCli(['doctor', ...args, ...files]);
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...r, dir };
}
