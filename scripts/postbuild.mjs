// Makes the two binaries executable after a build (tsc keeps their #! line but not the mode).
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const bin of Object.values(pkg.bin)) {
  const file = new URL(`../${bin}`, import.meta.url);
  if (existsSync(file)) chmodSync(file, 0o755);
}
