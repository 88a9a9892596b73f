// The bench scripts' arguments through Node's own parser (util.parseArgs), as the CLI's are (server/src/cli/args.ts):
// `--opt value` or `--opt=value`, flags without a value; an unknown option or a missing value prints the usage and
// exits 2.

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
