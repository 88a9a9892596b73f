import * as fs from 'node:fs';
import * as path from 'node:path';

/** Set by the bundler (scripts/bundle.mjs): a bundle has no package.json at a known place beside it. */
declare const VIRTWIRE_VERSION: string | undefined;

function readVersion(): string {
  if (typeof VIRTWIRE_VERSION === 'string') return VIRTWIRE_VERSION;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}

export const VERSION = readVersion();
