// Helpers of the packaging tests: scratch folders, npm and vsce run as a user runs them, an environment free
// of the outer `npm test`'s npm_config_* (which would redirect the inner npm), and the two checks every
// installed copy must pass: the CLI and the language server report the VM the cluster rejects.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from './paths';
import { TestClient } from './lsp-client';

/** A VMI whose Multus network has no networkName: KubeVirt rejects it (SCHEMA-03 at this field). A public sample case. */
export const REJECTED = path.join(FIXTURES, 'cases', 'validation', '137-multus-networkname-missing.yaml');
export const REJECTED_FIELD = 'spec.networks[0].multus.networkName';

export function scratch(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `virtwire-${name}-`));
}

/** process.env without what an outer npm exported for its own scripts. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$)/i.test(k)));
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? cleanEnv(), encoding: 'utf8', timeout: opts.timeout ?? 120_000 });
  if (r.error) throw r.error;
  return r;
}

/** Every folder from `dir` up to the root: where Node would look for node_modules. */
export function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'node_modules'))) found.push(path.join(d, 'node_modules'));
    if (path.dirname(d) === d) return found;
  }
}

/** Runs `check` of an installed CLI (a command, or node + a script) on the rejected VM from an empty folder. */
export function checkRejected(command: string[]): { code: number | null; stdout: string; stderr: string } {
  const empty = scratch('empty');
  try {
    fs.copyFileSync(REJECTED, path.join(empty, 'x.yaml'));
    const r = run(command[0]!, [...command.slice(1), 'check', 'x.yaml'], { cwd: empty, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

/** Starts an installed language server over stdio, opens the rejected VM and returns the published diagnostics. */
export async function serverDiagnostics(serverScript: string): Promise<{ code?: string; message: string; line: number }[]> {
  const c = new TestClient(['--stdio'], {}, serverScript);
  try {
    await c.initialize();
    const uri = pathToFileURL(REJECTED).href;
    c.open(uri, fs.readFileSync(REJECTED, 'utf8'));
    const p = await c.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0, 30_000);
    return p.diagnostics.map((d) => ({ code: d.code, message: d.message, line: d.range.start.line }));
  } finally {
    await c.shutdown();
  }
}
