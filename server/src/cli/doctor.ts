// `virtwire doctor`: a thin shell over core/doctor. Reads the dump (files, folders, `-`), runs the checks, prints
// text or JSON. Exit 0: no error or warning; 1: some; 2: usage or I/O error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { doctorExitCode, doctorJson, doctorText, readDump, runDoctor, type DumpInput } from '../core/index';
import { parseOptions } from './args';
import { fetchLive } from './doctor-live';
import { optionsContext, readInputs, reportInputProblems, UsageError, type Inputs, type IO } from './io';

export interface DoctorOptions {
  format: 'text' | 'json';
  kubevirtCR?: string;
  kubevirtVersion?: string;
  vmi?: string;
  /** --live VMI: fetch the dump with the user's kubectl. */
  live?: string;
  /** Passed through to kubectl with --live: --context, --kubeconfig. */
  clusterFlags: string[];
  namespace?: string;
  paths: string[];
}

const DOCTOR_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'kubevirt-cr': { type: 'string' },
  'kubevirt-version': { type: 'string' },
  vmi: { type: 'string' },
  live: { type: 'string' },
  context: { type: 'string' },
  kubeconfig: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
} as const;

export function parseDoctorArgs(args: string[]): DoctorOptions {
  const parsed = parseOptions(args, DOCTOR_OPTIONS);
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format.slice(0, 20)}" (one of text, json)`);
  const opts: DoctorOptions = { format, paths: parsed.positionals, clusterFlags: [] };
  if (v['kubevirt-cr'] !== undefined) opts.kubevirtCR = v['kubevirt-cr'];
  if (v['kubevirt-version'] !== undefined) opts.kubevirtVersion = v['kubevirt-version'];
  if (v.vmi !== undefined) opts.vmi = v.vmi;
  if (v.live !== undefined) opts.live = v.live;
  if (v.context !== undefined) opts.clusterFlags.push(`--context=${v.context}`);
  if (v.kubeconfig !== undefined) opts.clusterFlags.push(`--kubeconfig=${v.kubeconfig}`);
  if (v.namespace !== undefined) opts.namespace = v.namespace;
  if (!opts.live && (opts.clusterFlags.length > 0 || opts.namespace !== undefined)) {
    throw new UsageError('--context, --kubeconfig and --namespace go with --live VMI');
  }
  if (opts.live !== undefined && opts.vmi !== undefined && opts.vmi !== opts.live)
    throw new UsageError('--vmi and --live name different VMIs');
  if (opts.paths.length === 0 && !opts.live) throw new UsageError('no PATH given (the dumped VMI, its pod, …) and no --live VMI');
  return opts;
}

/** Every regular file of a folder (not recursive: a dump is one folder of outputs), sorted. */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

export async function readDumpInputs(paths: string[], io: IO): Promise<Inputs> {
  const files: string[] = [];
  for (const p of paths) {
    if (p !== '-' && fs.existsSync(p) && fs.statSync(p).isDirectory()) files.push(...filesOf(p));
    else files.push(p);
  }
  const all: Inputs = { inputs: [], problems: [], notes: [] };
  for (const f of files) {
    const found = await readInputs([f], io);
    all.inputs.push(...found.inputs);
    all.problems.push(...found.problems);
    all.notes.push(...found.notes);
  }
  return all;
}

export async function runDoctorCommand(args: string[], io: IO): Promise<number> {
  const opts = parseDoctorArgs(args);
  const ctx = await optionsContext({
    kubevirtVersion: opts.kubevirtVersion,
    ...(opts.kubevirtCR ? { kubevirtCR: { file: opts.kubevirtCR } } : {}),
  });
  const found = await readDumpInputs(opts.paths, io);
  if (reportInputProblems(found, io)) return 2;
  const inputs: DumpInput[] = found.inputs;
  if (opts.live !== undefined) {
    const live = await fetchLive({ vmi: opts.live, clusterFlags: opts.clusterFlags, namespace: opts.namespace }, ctx);
    for (const n of live.notes) io.stderr(`virtwire doctor: --live: ${n}\n`);
    inputs.push(...live.inputs);
  }
  const result = runDoctor(readDump(inputs), ctx, { vmi: opts.vmi ?? opts.live });
  if (!result.ok) {
    io.stderr(`virtwire doctor: ${result.message}\n`);
    return 2;
  }
  if (opts.format === 'json') io.stdout(JSON.stringify(doctorJson(result.report), null, 2) + '\n');
  else {
    const rerun = opts.live !== undefined ? [...found.inputs.map((i) => i.file), '--live', opts.live] : inputs.map((i) => i.file);
    io.stdout(doctorText(result.report, rerun));
  }
  return doctorExitCode(result.report);
}
