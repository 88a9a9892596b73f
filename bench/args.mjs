// The bench scripts' arguments through Node's own parser (util.parseArgs), as the CLI's are (server/src/cli/args.ts):
// `--opt value` or `--opt=value`, flags without a value; an unknown option or a missing value prints the usage and
// exits 2.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The options' values (strings, or true for a flag) and the positionals. */
export function benchArgs(options, usage, { positionals = false } = {}) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: positionals, strict: true });
  } catch (e) {
    console.error(`${String(e?.message ?? e).split('\n')[0]}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** A numeric option's value, else its default. */
export const num = (value, dflt) => (value === undefined ? dflt : Number(value));

/**
 * Where the generator and the peer's schema are (`../shared/bench` of the repository): `--shared DIR` when
 * given, else `../shared/bench` beside this checkout, else beside the repository's main worktree (a `git worktree`
 * of it lives elsewhere, e.g. /work/wt/NAME, while the shared folder sits beside /work/main). Null when neither
 * exists: the caller says so loudly, never silently measures without the peer.
 */
export function sharedDir(root, given) {
  if (given !== undefined) return resolve(given);
  const candidates = [resolve(root, '../shared/bench')];
  const common = spawnSync('git', ['-C', root, 'rev-parse', '--path-format=absolute', '--git-common-dir'], { encoding: 'utf8' });
  if (common.status === 0 && common.stdout.trim()) candidates.push(resolve(dirname(common.stdout.trim()), '../shared/bench'));
  return candidates.find((d) => existsSync(d)) ?? null;
}
