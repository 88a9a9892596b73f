// Every command's arguments through Node's own parser (util.parseArgs): `--opt value`, `--opt=value`, short
// aliases, `--` ends the options, `-` is a path. Its errors become usage errors (exit 2) with a short message.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Option values by name (strings, or true for a flag) and the positionals (the paths). */
export function parseOptions<O extends Options, T extends boolean = false>(args: string[], options: O, tokens?: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: (tokens ?? false) as T });
  } catch (e) {
    throw new UsageError(usageMessage(e));
  }
}

/** parseArgs' message in a few words: `unknown option --x`, `--format needs a value`. */
function usageMessage(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  // the option as the user wrote it: the long name of `'-f, --format <value>'`, else what is quoted
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /^-\S*/.exec(quoted)?.[0];
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option.slice(0, 60)}`;
  if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option.slice(0, 60)} needs a value`;
  return message.split('\n')[0]!.slice(0, 200);
}
