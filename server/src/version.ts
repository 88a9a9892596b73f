import * as fs from 'node:fs';
import * as path from 'node:path';

function readVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    return String(pkg.version);
  } catch {
    return '0.0.0';
  }
}

export const VERSION = readVersion();
