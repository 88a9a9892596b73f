// Runs the `virtwire` CLI once per group of case files that share their cluster/runtime settings (a case suite
// of dozens of files costs a few processes), and hands each file its part of the JSON output.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/run-cli';

export interface Group<T> {
  /** Extra CLI arguments for this group (e.g. `--kubevirt-cr F`), given the group's temp folder. */
  args: (tmp: string) => string[];
  files: string[];
  /** Picks a file's part out of the parsed output. */
  pick: (output: T, file: string) => unknown;
}

/** Memoised: the output of `virtwire <command> --format json <args> <files>` per group key. */
export class CliBatch<T> {
  private readonly results = new Map<string, Map<string, unknown>>();
  private readonly groups = new Map<string, Group<T>>();

  constructor(private readonly command: 'check' | 'explain') {}

  add(key: string, group: Omit<Group<T>, 'files'>, file: string): void {
    const g = this.groups.get(key) ?? { ...group, files: [] };
    g.files.push(file);
    this.groups.set(key, g);
  }

  /** The part of the output that belongs to `file` of group `key`. */
  result(key: string, file: string): unknown {
    let r = this.results.get(key);
    if (!r) {
      const g = this.groups.get(key)!;
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-cases-'));
      try {
        const out = runCli([this.command, '--format', 'json', ...g.args(tmp), ...g.files]);
        if (out.code === 2 || out.stdout === '') throw new Error(`virtwire ${this.command} failed (exit ${out.code}): ${out.stderr}`);
        const parsed = JSON.parse(out.stdout) as T;
        r = new Map(g.files.map((f) => [f, g.pick(parsed, f)]));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
      this.results.set(key, r);
    }
    return r.get(file);
  }
}

export function caseFiles(dir: string, ext = '.yaml'): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}
