#!/usr/bin/env node
// `npm run test:e2e:harness`: the E2E tests in a real VS Code (code-server's VS Code server, its web workbench in
// headless chromium), against what users get: the packaged .vsix, installed with --install-extension.
//
//   1. installs (first use only) code-server's VS Code server + the Node it needs + playwright-core (install.mjs)
//   2. packages the .vsix (vsce, from the built dist/) unless --vsix FILE names one, and installs it into the
//      run's extensions dir; --dev loads the development folder instead (as F5 does)
//   3. runs out/test/e2e/suite/index.js inside the real Node extension host, with test/e2e/fixtures as the
//      workspace, and prints what the extension host prints
//   4. drives the workbench DOM with the checks in test/e2e/dom/ (NN-name.mjs, in order); each asserts what is on
//      the screen, then photographs it into test-results/
//
// usage: node test/e2e/harness/run.mjs [--vsix FILE | --dev] [--suite-only | --dom-only]
// exit:  0 pass · 1 test failures · 2 not built · 3 harness error · 124 timeout · 128+n signal
// env:   VIRTWIRE_E2E_DIR (cache, default ~/.cache/virtwire-e2e) · VIRTWIRE_E2E_TIMEOUT (s, default 300)
//        VIRTWIRE_E2E_VERBOSE=1 (workbench noise too) · VIRTWIRE_E2E_KEEP=1 (keep the run dir even on success) · VIRTWIRE_E2E_CODE_SERVER · VIRTWIRE_E2E_CHROMIUM
//        VIRTWIRE_E2E_DOM_GREP=wiring (run only the DOM checks whose file name contains this)
//        Everything else is passed to the extension host (e.g. VIRTWIRE_E2E_GREP=hover runs hover.test.js only).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { spawnSync } from 'node:child_process';
import { CACHE, ensureInstalled } from './install.mjs';
import { NOISE, installVsix, launchBrowser, makeRunDir, makeTestHost, runCleanups, startServer, workbenchUrl } from './workbench.mjs';
import { Ui, loadChecks } from './ui.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SUITE = path.join(ROOT, 'out/test/e2e/suite/index.js');
const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');
const RESULTS = path.join(ROOT, 'test-results');
const LOGS = path.join(RESULTS, 'e2e');
const TIMEOUT_S = Number(process.env.VIRTWIRE_E2E_TIMEOUT || 300);
const VERBOSE = process.env.VIRTWIRE_E2E_VERBOSE === '1';
const DOM_CHECKS = path.join(ROOT, 'test/e2e/dom');
const args = process.argv.slice(2);
const wantSuite = !args.includes('--dom-only');
const wantDom = !args.includes('--suite-only');
const DEV = args.includes('--dev');
const vsixArg = args.includes('--vsix') ? path.resolve(args[args.indexOf('--vsix') + 1] ?? '') : null;
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const say = (m) => console.error(`[e2e ${secs()}s] ${m}`);

const needed = [
  SUITE,
  ...(DEV
    ? [path.join(ROOT, PACKAGE.main)]
    : vsixArg
      ? [vsixArg]
      : [path.join(ROOT, 'dist/virtwire-language-server.js'), path.join(ROOT, PACKAGE.main)]),
];
for (const f of needed) {
  if (!fs.existsSync(f)) {
    console.error(`e2e: ${path.relative(ROOT, f)} is missing: build first (npm run build${vsixArg ? ', npm run package' : ''})`);
    process.exit(2);
  }
}
fs.rmSync(LOGS, { recursive: true, force: true });
fs.mkdirSync(LOGS, { recursive: true });
for (const f of fs.readdirSync(RESULTS)) if (f.endsWith('.png')) fs.rmSync(path.join(RESULTS, f), { force: true });

/** The .vsix to test: --vsix FILE, else one packaged now from dist/ (what `npm run package` makes). */
function vsixToTest(run) {
  if (vsixArg) return vsixArg;
  const out = path.join(run.dir, `virtwire-${PACKAGE.version}.vsix`);
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  // package:vsix's arguments, so that this is the .vsix `npm run package` makes
  const args = PACKAGE.scripts['package:vsix'].split(/\s+/).slice(1);
  const r = spawnSync(process.execPath, [vsce, ...args, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** Runs the suite in the extension host of a fresh window; resolves with its exit code (0/1) or 124. */
async function runSuite(context, server, extensionDevelopmentPath) {
  const page = await context.newPage();
  const wbLog = fs.openSync(path.join(LOGS, 'workbench.log'), 'a');
  let finished = false;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  // Both hooks must exist before navigation: the workbench looks for them while it starts.
  await page.exposeFunction('codeAutomationExit', (code) => {
    finished = true;
    resolveExit(code);
  });
  await page.exposeFunction('codeAutomationLog', (level, logArgs) => {
    // the extension host's console.* arrives as the raw argument list: format it as Node would
    const line = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    fs.writeSync(wbLog, `[${level}] ${line}\n`);
    if (VERBOSE || (!finished && !NOISE.test(line))) (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
  });
  page.on('pageerror', (e) => fs.writeSync(wbLog, `[pageerror] ${e.message}\n`));
  page.on('crash', () => resolveExit(3));
  await page.goto(workbenchUrl(server, { folder: FIXTURES, extensionDevelopmentPath, extensionTestsPath: SUITE }));
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r(124), TIMEOUT_S * 1000)))]);
  clearTimeout(timer);
  if (code === 124) {
    console.error(`e2e: no result from the suite within ${TIMEOUT_S}s (VIRTWIRE_E2E_TIMEOUT)`);
    await page.screenshot({ path: path.join(LOGS, 'suite-timeout.png') }).catch(() => {});
  }
  await page.close().catch(() => {});
  fs.closeSync(wbLog);
  return typeof code === 'number' ? code : 3;
}

/**
 * Opens the fixtures in a plain window (no test payload; in --dev mode the development folder) and runs the DOM
 * checks in order; stops at the first failure (later checks may depend on the editor state).
 */
async function runDom(context, server, run) {
  const page = await context.newPage();
  const machineSettings = path.join(run.dir, 'user/Machine/settings.json');
  const ui = new Ui(page, RESULTS, { machine: (values) => fs.writeFileSync(machineSettings, JSON.stringify(values, null, 2)) });
  let current = '';
  try {
    const checks = await loadChecks(DOM_CHECKS, process.env.VIRTWIRE_E2E_DOM_GREP);
    await page.goto(workbenchUrl(server, { folder: FIXTURES, extensionDevelopmentPath: DEV ? ROOT : undefined }));
    await ui.waitForWorkbench();
    for (const check of checks) {
      current = check.file;
      const t = Date.now();
      await check.run(ui);
      say(`DOM ${check.file}: ${check.title} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
    }
    say(`screenshots in ${path.relative(process.cwd(), RESULTS) || RESULTS}/, each taken after its assertion:`);
    for (const [name, shows] of ui.photos) console.error(`    ${name.padEnd(26)} ${shows}`);
    return 0;
  } catch (e) {
    console.error(`e2e: DOM check ${current} failed: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: path.join(LOGS, 'dom-failure.png') }).catch(() => {});
    return 1;
  } finally {
    await page.close().catch(() => {});
  }
}

let result = 3;
let run;
try {
  const inst = ensureInstalled();
  const engine = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines?.vscode ?? '';
  const need = /(\d+)\.(\d+)/.exec(engine)?.slice(1).map(Number);
  const have = inst.codeVersion.split('.').map(Number);
  if (need && (need[0] > have[0] || (need[0] === have[0] && need[1] > have[1]))) {
    // VS Code skips such a development extension silently; the tests would just see no providers.
    throw new Error(`engines.vscode ${engine} is newer than VS Code ${inst.codeVersion}: the extension would not load`);
  }
  run = makeRunDir(CACHE);
  // machine settings exist from the start, so that VS Code watches the file the failure checks write
  fs.mkdirSync(path.join(run.dir, 'user/Machine'), { recursive: true });
  fs.writeFileSync(path.join(run.dir, 'user/Machine/settings.json'), '{}\n');
  let host = ROOT;
  const env = {};
  if (!DEV) {
    const vsix = vsixToTest(run);
    const installed = installVsix(inst, run, vsix);
    say(`installed ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB) into ${installed}`);
    host = makeTestHost(run);
    env.VIRTWIRE_E2E_INSTALLED = installed; // the suite checks that this is the extension it tests
  }
  const server = await startServer(inst, run, path.join(LOGS, 'server.log'), env);
  say(`VS Code ${inst.codeVersion} server on ${server.url}`);
  const context = await launchBrowser(inst, run);
  let suite = 0;
  let dom = 0;
  if (wantSuite) {
    suite = await runSuite(context, server, host);
    say(`suite in the extension host: exit ${suite}`);
  }
  if (wantDom && suite !== 124) {
    dom = await runDom(context, server, run);
    say(`DOM checks: ${dom === 0 ? 'pass' : 'FAIL'}`);
  }
  result = suite !== 0 ? suite : dom;
} catch (e) {
  console.error(`e2e: ${e.stack ?? e}`);
  result = 3;
} finally {
  if (run) run.keep = result !== 0 || process.env.VIRTWIRE_E2E_KEEP === '1';
  await runCleanups();
}
say(`${result === 0 ? 'PASS' : `FAIL (exit ${result})`}; logs in ${path.relative(process.cwd(), LOGS) || LOGS}`);
process.exit(result);
