// `virtwire doctor`: a thin shell over core/doctor. Reads the dump (files, folders, `-`), runs the checks, prints
// text or JSON. Exit 0: no error or warning; 1: some; 2: usage or I/O error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultContext } from '../core/context/context';
import { contextFromKubeVirtCR } from '../core/context/load';
import { readDump, type DumpInput } from '../core/doctor/dump/read';
import { runDoctor, doctorExitCode } from '../core/doctor/doctor';
import { doctorJson, doctorText } from '../core/render/doctor';
import { readInputs, UsageError, type IO } from './io';
import { parseAllDocuments } from 'yaml';
import { PARSE_OPTIONS } from '../core/parse/yaml11';

export interface DoctorOptions {
  format: 'text' | 'json';
  kubevirtCR?: string;
  kubevirtVersion?: string;
  vmi?: string;
  paths: string[];
}

export function parseDoctorArgs(args: string[]): DoctorOptions {
  const opts: DoctorOptions = { format: 'text', paths: [] };
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let value: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (): string => {
      if (value !== undefined) return value;
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format' || a === '-f') {
      const f = take();
      if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f.slice(0, 20)}" (one of text, json)`);
      opts.format = f;
    } else if (a === '--kubevirt-cr') opts.kubevirtCR = take();
    else if (a === '--kubevirt-version') opts.kubevirtVersion = take();
    else if (a === '--vmi') opts.vmi = take();
    else if (a === '--') {
      opts.paths.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a.slice(0, 40)}`);
    else opts.paths.push(a);
  }
  if (opts.paths.length === 0) throw new UsageError('no PATH given (the dumped VMI, its pod, …)');
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

export async function readDumpInputs(paths: string[], io: IO): Promise<DumpInput[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (p !== '-' && fs.existsSync(p) && fs.statSync(p).isDirectory()) files.push(...filesOf(p));
    else files.push(p);
  }
  const inputs: DumpInput[] = [];
  for (const f of files) inputs.push(...(await readInputs([f], io)));
  return inputs;
}

function kubevirtCR(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const cr = parseAllDocuments(text, PARSE_OPTIONS)
    .map((d) => ('toJS' in d ? d.toJS() : undefined))
    .find((d) => d !== null && typeof d === 'object' && (d as Record<string, unknown>).kind === 'KubeVirt');
  if (!cr) throw new UsageError(`${file} holds no KubeVirt resource`);
  return cr;
}

export async function runDoctorCommand(args: string[], io: IO): Promise<number> {
  const opts = parseDoctorArgs(args);
  let ctx = defaultContext();
  if (opts.kubevirtCR) ctx = contextFromKubeVirtCR(kubevirtCR(opts.kubevirtCR), ctx);
  const inputs = await readDumpInputs(opts.paths, io);
  const result = runDoctor(readDump(inputs), ctx, { vmi: opts.vmi });
  if (!result.ok) {
    io.stderr(`virtwire doctor: ${result.message}\n`);
    return 2;
  }
  if (opts.format === 'json') io.stdout(JSON.stringify(doctorJson(result.report), null, 2) + '\n');
  else io.stdout(doctorText(result.report, inputs.map((i) => i.file)));
  return doctorExitCode(result.report);
}
