// Shared CLI plumbing: output streams, argument parsing, input files and the context options.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AnalysisCache,
  CLUSTER_PROFILES,
  errorText,
  excerpt,
  fileContext,
  isClusterProfile,
  KUBEVIRT_VERSION_VALUES,
  pitfallCode,
  withKubevirtVersion,
  type Context,
} from '../core/index';
import { loadContext, type ContextProblem, type ContextRequest, type FileProblem } from '../io/context';
import { MAX_MANIFEST_BYTES, ReadError, readBounded, readStreamBounded, reasonOf } from '../io/read';
import { parseOptions } from './args';

export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

export const processIO: IO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readStreamBounded(process.stdin, MAX_MANIFEST_BYTES),
};

export class UsageError extends Error {
  /** Whether the usage text helps (a wrong option does; an unreadable context file does not). */
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super(message);
  }
}

/** A context option whose file is unusable: exit 2, with what was wrong, without the usage text. */
class ContextError extends UsageError {
  constructor(message: string) {
    super(message, false);
  }
}

export interface CommonOptions {
  format: string;
  kubevirtCR?: string;
  context?: string;
  /** --kubevirt-version: auto (default), v1.5 … v1.9, main. */
  kubevirtVersion?: string;
  /** --cluster-profile: kubevirt (default) or openshift. */
  clusterProfile?: string;
  /** --no-nad-check */
  noNadCheck?: boolean;
  /** --pitfall CODE[,CODE] / --no-pitfall CODE[,CODE]: pitfalls switched on or off (the last word wins). */
  pitfalls?: Record<string, boolean>;
  /** --upgrade-to (check only): the KubeVirt release to compare the current one with. */
  upgradeTo?: string;
  paths: string[];
}

const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'kubevirt-cr': { type: 'string' },
  context: { type: 'string' },
  'kubevirt-version': { type: 'string' },
  'cluster-profile': { type: 'string' },
  'no-nad-check': { type: 'boolean' },
  pitfall: { type: 'string', multiple: true },
  'no-pitfall': { type: 'string', multiple: true },
  'upgrade-to': { type: 'string' },
} as const;

/** `check` and `explain`: `[--format F] [--kubevirt-cr FILE] [--context FILE] … PATH...` (cli/args.ts). */
export function parseCommon(args: string[], formats: string[]): CommonOptions {
  const parsed = parseOptions(args, COMMON_OPTIONS, true);
  const { values: v, positionals } = parsed;
  const opts: CommonOptions = { format: v.format ?? formats[0]!, paths: positionals };
  if (!formats.includes(opts.format)) throw new UsageError(`unknown format "${opts.format}" (one of ${formats.join(', ')})`);
  if (v['kubevirt-cr'] !== undefined) opts.kubevirtCR = v['kubevirt-cr'];
  if (v.context !== undefined) opts.context = v.context;
  if (v['kubevirt-version'] !== undefined) opts.kubevirtVersion = v['kubevirt-version'];
  if (v['cluster-profile'] !== undefined) {
    opts.clusterProfile = v['cluster-profile'];
    if (!isClusterProfile(opts.clusterProfile)) throw usageError({ about: 'clusterProfile', value: opts.clusterProfile });
  }
  if (v['no-nad-check']) opts.noNadCheck = true;
  // in the order given, so the last word on a pitfall wins
  for (const t of parsed.tokens) {
    if (t.kind !== 'option' || (t.name !== 'pitfall' && t.name !== 'no-pitfall')) continue;
    for (const name of (t.value ?? '').split(',').filter((x) => x.trim() !== '')) {
      const code = pitfallCode(name);
      if (!code) throw new UsageError(`unknown pitfall "${name.slice(0, 40)}" for --${t.name} (see the README's pitfall catalogue)`);
      (opts.pitfalls ??= {})[code] = t.name === 'pitfall';
    }
  }
  if (v['upgrade-to'] !== undefined) opts.upgradeTo = v['upgrade-to'];
  if (opts.paths.length === 0) throw new UsageError('no PATH given');
  return opts;
}

export interface Input {
  file: string;
  text: string;
}

/** A path that could not be read: reported on stderr, the run goes on and exits 2 at the end. */
export interface InputProblem {
  file: string;
  reason: string;
}

export interface Inputs {
  inputs: Input[];
  problems: InputProblem[];
  /** Things worth saying that are not failures (symbolic links not followed). */
  notes: string[];
}

const YAML_NAME = /\.ya?ml$/i;
const MAX_FOLDER_DEPTH = 64;

/**
 * The YAML files of a folder, recursively, in a stable order. Symbolic links are followed while they stay
 * inside the folder given; a link out of it, or a second way to a file or folder already found (a loop), is
 * not followed.
 */
async function walkFolder(root: string, out: string[], found: Inputs): Promise<void> {
  const rootReal = await fs.promises.realpath(root);
  const inside = (p: string): boolean => p === rootReal || p.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
  const walked = new Set<string>([rootReal]);
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (e) {
      found.problems.push({ file: dir, reason: reasonOf(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        let real: string;
        let st: fs.Stats;
        try {
          real = await fs.promises.realpath(p);
          st = await fs.promises.stat(real);
        } catch (err) {
          if (YAML_NAME.test(e.name)) found.problems.push({ file: p, reason: `broken symbolic link (${reasonOf(err)})` });
          continue;
        }
        if (!st.isDirectory() && !YAML_NAME.test(e.name)) continue;
        if (!inside(real)) {
          found.notes.push(`${p}: symbolic link not followed: it leads out of ${root}`);
          continue;
        }
        isDir = st.isDirectory();
      }
      let real = p;
      try {
        real = await fs.promises.realpath(p);
      } catch {
        /* reported when read */
      }
      // each folder and file once: a loop, or a second way to the same place, is not followed
      if (walked.has(real)) continue;
      walked.add(real);
      if (isDir) {
        if (depth >= MAX_FOLDER_DEPTH) {
          found.notes.push(`${p}: not searched: more than ${MAX_FOLDER_DEPTH} folders deep`);
          continue;
        }
        await walk(p, depth + 1);
      } else if (YAML_NAME.test(e.name)) out.push(p);
    }
  };
  await walk(root, 0);
}

/**
 * Reads every PATH: a file, a folder (its *.yaml / *.yml, recursively) or `-` (standard input). Reads are
 * bounded (regular files of at most MAX_MANIFEST_BYTES); a path that cannot be read is a problem of its own.
 */
export async function readInputs(paths: string[], io: IO): Promise<Inputs> {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be given only once');
  const found: Inputs = { inputs: [], problems: [], notes: [] };
  const read = async (file: string): Promise<void> => {
    try {
      found.inputs.push({ file, text: await readBounded(file, MAX_MANIFEST_BYTES) });
    } catch (e) {
      found.problems.push({ file, reason: e instanceof ReadError ? e.reason : reasonOf(e) });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      try {
        found.inputs.push({ file: '-', text: await io.readStdin() });
      } catch (e) {
        found.problems.push({ file: '-', reason: e instanceof ReadError ? e.reason : reasonOf(e) });
      }
      continue;
    }
    let st: fs.Stats;
    try {
      st = await fs.promises.stat(p);
    } catch (e) {
      found.problems.push({ file: p, reason: reasonOf(e) });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      await walkFolder(p, files, found);
      for (const f of files) await read(f);
    } else await read(p);
  }
  return found;
}

/** Tells what could not be read (stderr); true when something could not. */
export function reportInputProblems(found: Inputs, io: IO): boolean {
  for (const n of found.notes) io.stderr(`virtwire: ${n}\n`);
  for (const p of found.problems) io.stderr(`virtwire: cannot read ${p.file}: ${p.reason}\n`);
  const n = found.problems.length;
  if (n > 0) io.stderr(`virtwire: ${n} path${n === 1 ? '' : 's'} could not be read (exit code 2)\n`);
  return n > 0;
}

/** A context option's file problem as a usage error's message (exit 2, no usage text). */
function fileProblem(option: string, file: string, p: FileProblem): string {
  switch (p.kind) {
    case 'read':
      return `${option}: ${p.error instanceof ReadError ? p.error.message : `cannot read ${file}`}`;
    case 'yaml':
      return `${option}: ${file}:${p.line}:${p.column}: not valid YAML: ${excerptMessage(p.message)}`;
    case 'data':
      return `${option}: ${file}: cannot be read as data: ${errorText(p.error)}`;
  }
}

/** The first line of a parser message, cut short (it may quote the file). */
function excerptMessage(m: string): string {
  const line = m.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}, ${excerpt(v, 20)}`;
}

const versionProblem = (value: string | undefined, flag: string): string =>
  `unknown KubeVirt version "${String(value).slice(0, 40)}" for ${flag} (one of ${KUBEVIRT_VERSION_VALUES})`;

/** Applies a --kubevirt-version style value; an unknown one is a usage error. */
export function versioned(ctx: Context, value: string | undefined, flag: string): Context {
  const v = withKubevirtVersion(ctx, value);
  if (!v) throw new UsageError(versionProblem(value, flag));
  return v;
}

/** A context problem of the options as the usage error it is (exit 2). */
function usageError(p: ContextProblem): UsageError {
  switch (p.about) {
    case 'kubevirtVersion':
      return new UsageError(versionProblem(p.value, '--kubevirt-version'));
    case 'clusterProfile':
      return new UsageError(`unknown cluster profile "${String(p.value).slice(0, 40)}" (one of ${CLUSTER_PROFILES.join(', ')})`);
    case 'runtime':
      return new ContextError(
        p.problem.kind === 'not-object'
          ? `--context: ${p.file} holds no runtime-context object (found ${describe(p.problem.found)})`
          : fileProblem('--context', p.file, p.problem),
      );
    case 'kubevirtCR':
      return new ContextError(
        p.problem.kind === 'no-cr'
          ? `--kubevirt-cr: ${p.file} holds no KubeVirt resource`
          : fileProblem('--kubevirt-cr', p.file, p.problem),
      );
  }
}

/** The context the options name (io/context.ts); a problem with them is a usage error (exit 2). */
export async function optionsContext(request: ContextRequest): Promise<Context> {
  const { ctx } = await loadContext(request, (p) => {
    throw usageError(p);
  });
  return ctx;
}

/**
 * The context for a run: KubeVirt defaults, then a runtime context (--context), then a KubeVirt CR (--kubevirt-cr),
 * then KubeVirt CRs and NADs found among the inputs themselves.
 */
export async function buildContext(opts: CommonOptions, inputs: Input[], cache: AnalysisCache): Promise<Context> {
  const request: ContextRequest = { kubevirtVersion: opts.kubevirtVersion, clusterProfile: opts.clusterProfile };
  if (opts.noNadCheck) request.nadCheck = false;
  if (opts.pitfalls) request.pitfalls = opts.pitfalls;
  if (opts.context) request.runtime = { file: opts.context };
  if (opts.kubevirtCR) request.kubevirtCR = { file: opts.kubevirtCR };
  let ctx = await optionsContext(request);
  for (const input of inputs) ctx = fileContext(input.text, ctx, cache);
  // other files' NADs are workspace knowledge; each file's own are marked again when it is analysed
  if (ctx.nads) ctx = { ...ctx, nads: ctx.nads.map(({ local: _local, ...n }) => n) };
  return ctx;
}
