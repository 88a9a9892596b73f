// A real VS Code for the E2E runner: the VS Code server inside the code-server package, its web workbench in
// headless chromium (playwright-core), our extension loaded as a development extension.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const say = (m) => console.error(`[e2e] ${m}`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Fresh user settings for every run: nothing steals focus from the file under test, nothing phones home.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off', // the tests edit fixtures in place and revert them
  'virtwire.trace.server': 'messages', // into the Virtwire log, kept with the run dir on failure
};

// ------------------------------------------------------------------------------------------ cleanup on any exit
// The server runs in its own process group so that stopping it takes its forked helpers (file watcher, pty host,
// extension hosts) along. That group is not ours, so a Ctrl+C or CI kill would miss it: handle the signals here.
const cleanups = [];
const groups = new Set();
export const onCleanup = (fn) => cleanups.push(fn);
let stopping = false;
for (const [sig, n] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    say(`${sig}: stopping chromium and the VS Code server`);
    await Promise.race([runCleanups(), sleep(10000)]);
    process.exit(128 + n);
  });
}
process.on('exit', () => {
  for (const g of groups) killGroup(g, 'SIGKILL');
});
export async function runCleanups() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch {}
  }
}
function killGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
  } catch {}
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Scratch dirs of one run (HOME, TMPDIR, user data, extensions, browser profile) under the cache dir. */
export function makeRunDir(cache) {
  const root = path.join(cache, 'runs');
  fs.mkdirSync(root, { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'run-'));
  // Unix socket paths hold 107 bytes, and the server and extensions put sockets in TMPDIR: keep TMPDIR short.
  let tmp = path.join(dir, 'tmp');
  if (tmp.length > 50) tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-'));
  for (const d of ['home', 'user/User', 'server-data', 'extensions', 'browser']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(dir, 'user/User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const run = { dir, tmp, keep: false };
  onCleanup(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    // on failure keep the server's and extension host's logs (user/logs), not the browser profile
    fs.rmSync(run.keep ? path.join(dir, 'browser') : dir, { recursive: true, force: true });
    if (run.keep) say(`kept ${dir} (user/logs: extension host and language server logs)`);
  });
  return run;
}

/**
 * Starts lib/vscode/out/server-main.js (not the code-server CLI, which rejects --enable-smoke-test-driver; without
 * that flag a built workbench ignores the extensionDevelopmentPath/extensionTestsPath payload and never calls the
 * codeAutomation* hooks). Returns { url, remoteAuthority, stop() }.
 */
export async function startServer(inst, run, logFile, extraEnv = {}) {
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    inst.node,
    [
      inst.serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      '0', // the OS picks a free port; read back from the log
      '--without-connection-token', // else every URL needs ?tkn=; we listen on 127.0.0.1 only
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--server-data-dir',
      path.join(run.dir, 'server-data'),
      '--user-data-dir',
      path.join(run.dir, 'user'),
      '--extensions-dir',
      path.join(run.dir, 'extensions'),
    ],
    {
      env: {
        ...process.env,
        ...extraEnv,
        HOME: path.join(run.dir, 'home'),
        TMPDIR: run.tmp,
        VSCODE_AGENT_FOLDER: path.join(run.dir, 'server-data'),
      },
      stdio: ['ignore', out, out],
      detached: true, // own process group, see killGroup
    },
  );
  fs.closeSync(out);
  groups.add(child.pid);
  let exited = null;
  child.on('exit', (code, sig) => (exited = code ?? sig));
  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    for (let i = 0; i < 50 && groupAlive(child.pid); i++) await sleep(100);
    if (groupAlive(child.pid)) killGroup(child.pid, 'SIGKILL');
    groups.delete(child.pid);
  };
  onCleanup(stop);
  const deadline = Date.now() + 60000;
  let port;
  while (!port) {
    const log = fs.readFileSync(logFile, 'utf8');
    port = /Extension host agent listening on (\d+)/.exec(log)?.[1];
    if (port) break;
    if (exited !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`VS Code server ${exited !== null ? `exited (${exited})` : 'not listening after 60 s'}:\n${log.slice(-3000)}`);
    }
    await sleep(100);
  }
  const url = `http://127.0.0.1:${port}`;
  // Files are addressed as vscode-remote://<authority>/path; code-server's server calls itself "remote". Read it
  // from the page's configuration rather than guessing.
  const html = await (await fetch(url + '/')).text();
  const conf = /data-settings="([^"]*)"/.exec(html.slice(html.indexOf('vscode-workbench-web-configuration')));
  const remoteAuthority = conf
    ? JSON.parse(conf[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&')).remoteAuthority
    : `127.0.0.1:${port}`;
  return { url, remoteAuthority, stop };
}

/** Headless chromium (the Debian one) with HOME inside the run dir. */
export async function launchBrowser(inst, run) {
  const { chromium } = createRequire(path.join(inst.playwright, 'package.json'))('playwright-core');
  const home = path.join(run.dir, 'home');
  const context = await chromium.launchPersistentContext(path.join(run.dir, 'browser'), {
    executablePath: inst.chromium,
    headless: true,
    handleSIGINT: false, // our handlers stop browser and server in order
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
    args: [
      '--no-sandbox', // root in a container
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  onCleanup(() => context.close());
  return context;
}

/**
 * Workbench URL opening `folder`, with the desktop CLI's --extensionDevelopmentPath/--extensionTestsPath as
 * payload when given (VS Code runs extension tests only with a development extension).
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${server.remoteAuthority}${encodeURI(path.resolve(p))}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams({ folder: path.resolve(folder), ...(payload.length ? { payload: JSON.stringify(payload) } : {}) });
  return `${server.url}/?${q}`;
}

/**
 * Installs a .vsix into the run's extensions dir the way a user does (`--install-extension`, here through the
 * VS Code server's CLI); returns the installed extension's folder.
 */
export function installVsix(inst, run, vsix) {
  const extensions = path.join(run.dir, 'extensions');
  const r = spawnSync(
    inst.node,
    [
      inst.serverMain,
      '--install-extension',
      vsix,
      '--force',
      '--extensions-dir',
      extensions,
      '--server-data-dir',
      path.join(run.dir, 'server-data'),
      '--accept-server-license-terms',
    ],
    { env: { ...process.env, HOME: path.join(run.dir, 'home'), TMPDIR: run.tmp }, encoding: 'utf8', timeout: 120000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out))
    throw new Error(`--install-extension ${vsix} failed (${r.status ?? r.signal}):\n${out.slice(-2000)}`);
  const installed = fs.readdirSync(extensions).filter((d) => d.startsWith('virtwire.virtwire-'));
  if (installed.length !== 1)
    throw new Error(`expected one installed virtwire extension in ${extensions}, found ${JSON.stringify(installed)}`);
  return path.join(extensions, installed[0]);
}

/**
 * VS Code runs an extensionTestsPath only together with a development extension: this empty one (no code, no
 * contributions) carries the suite, so that what is tested is the installed .vsix.
 */
export function makeTestHost(run) {
  const dir = path.join(run.dir, 'test-host');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'virtwire-e2e-host',
    publisher: 'virtwire-test',
    version: '0.0.0',
    engines: { vscode: '*' },
    description: 'Carries the Virtwire E2E suite; contributes nothing.',
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Workbench chatter that is only noise offline (printed with VIRTWIRE_E2E_VERBOSE=1). */
export const NOISE = new RegExp(
  [
    'open-vsx\\.org',
    'ENOTFOUND',
    'ERR_NAME_NOT_RESOLVED',
    '\\[Service Worker\\]',
    'connection token',
    'Creating a socket',
    'reconnection-grace-time',
    'additional builtin extensions',
    'Creation of workbench contribution',
    '\\[AccountPolicyGate\\]',
    '\\[AgentHost',
    'authentication provider',
    'ChatSessionStore',
    'Extension host agent',
    'Started local extension host',
    'Extension Host Process',
    'Unable to resolve resource vscode-userdata',
    'validating workspace folder',
    'extensionEnablementService',
    'webviewExternalEndpoint',
    'vsda',
    '^Canceled(: Canceled)+',
    '^\\s*$',
  ].join('|'),
);
