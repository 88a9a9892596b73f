// Shared CLI plumbing: output streams, argument parsing, input files and the context options.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { defaultContext, type Context } from '../core/context/context';
import { contextFromJSON, contextFromKubeVirtCR, KUBEVIRT_VERSION_VALUES, withKubevirtVersion } from '../core/context/load';
import { AnalysisCache, fileContext } from '../core/analyze';
import { PARSE_OPTIONS } from '../core/parse/yaml11';

export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

export const processIO: IO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () =>
    new Promise((resolve, reject) => {
      let data = '';
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (c) => (data += c));
      process.stdin.on('end', () => resolve(data));
      process.stdin.on('error', reject);
    }),
};

export class UsageError extends Error {}

export interface CommonOptions {
  format: string;
  kubevirtCR?: string;
  context?: string;
  /** --kubevirt-version: auto (default), v1.5 … v1.9, main. */
  kubevirtVersion?: string;
  paths: string[];
}

/** Parses `[--format F] [--kubevirt-cr FILE] [--context FILE] PATH...` (also `--opt=value`). */
export function parseCommon(args: string[], formats: string[]): CommonOptions {
  const opts: CommonOptions = { format: formats[0]!, paths: [] };
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
      opts.format = take();
      if (!formats.includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (one of ${formats.join(', ')})`);
    } else if (a === '--kubevirt-cr') opts.kubevirtCR = take();
    else if (a === '--context') opts.context = take();
    else if (a === '--kubevirt-version') opts.kubevirtVersion = take();
    else if (a === '--') {
      opts.paths.push(...args.slice(i + 1));
      i = args.length;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  if (opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}

export interface Input {
  file: string;
  text: string;
}

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
  }
}

/** Reads every PATH: a file, a folder (its *.yaml / *.yml, recursively) or `-` (standard input). */
export async function readInputs(paths: string[], io: IO): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      inputs.push({ file: '-', text: await io.readStdin() });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(p, files);
      for (const f of files) inputs.push({ file: f, text: fs.readFileSync(f, 'utf8') });
    } else {
      inputs.push({ file: p, text: fs.readFileSync(p, 'utf8') });
    }
  }
  return inputs;
}

function readConfigFile(file: string): unknown[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return [];
  return docs.map((d) => d.toJS());
}

/** Applies a --kubevirt-version style value; an unknown one is a usage error. */
export function versioned(ctx: Context, value: string | undefined, flag: string): Context {
  const v = withKubevirtVersion(ctx, value);
  if (!v) throw new UsageError(`unknown KubeVirt version "${String(value).slice(0, 40)}" for ${flag} (one of ${KUBEVIRT_VERSION_VALUES})`);
  return v;
}

/**
 * The context for a run: KubeVirt defaults, then a runtime context (--context), then a KubeVirt CR
 * (--kubevirt-cr), then KubeVirt CRs and NADs found among the inputs themselves.
 */
export function buildContext(opts: CommonOptions, inputs: Input[], cache: AnalysisCache): Context {
  let ctx = versioned(defaultContext(), opts.kubevirtVersion, '--kubevirt-version');
  if (opts.context) {
    const docs = readConfigFile(opts.context);
    const obj = docs[0] as Record<string, unknown> | undefined;
    // accept a bare context object or a case file with a `context` key
    ctx = contextFromJSON(obj && typeof obj === 'object' && 'context' in obj ? obj.context : obj, ctx);
  }
  if (opts.kubevirtCR) {
    const cr = readConfigFile(opts.kubevirtCR).find(
      (d) => d !== null && typeof d === 'object' && (d as Record<string, unknown>).kind === 'KubeVirt',
    );
    if (!cr) throw new UsageError(`${opts.kubevirtCR} holds no KubeVirt resource`);
    ctx = contextFromKubeVirtCR(cr, ctx);
  }
  for (const input of inputs) ctx = fileContext(input.text, ctx, cache);
  return ctx;
}
