import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers/paths';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const imports = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

test('the core knows nothing of LSP or VS Code', () => {
  const offenders = sources(path.join(ROOT, 'server/src/core')).flatMap((f) =>
    imports(f)
      .filter((m) => m === 'vscode' || m.startsWith('vscode-languageserver') || m.startsWith('vscode-languageclient'))
      .map((m) => `${path.relative(ROOT, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('the core does not reach into the shells', () => {
  const offenders = sources(path.join(ROOT, 'server/src/core')).flatMap((f) =>
    imports(f)
      .filter((m) => /\/(lsp|cli|io)\//.test(m) || m.includes('client/'))
      .map((m) => `${path.relative(ROOT, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('the CLI and the server do not import each other', () => {
  const cli = sources(path.join(ROOT, 'server/src/cli')).flatMap((f) => imports(f).filter((m) => m.includes('/lsp/')));
  const lsp = sources(path.join(ROOT, 'server/src/lsp')).flatMap((f) => imports(f).filter((m) => m.includes('/cli/')));
  assert.deepEqual([...cli, ...lsp], []);
});

test('the client only starts the server: it does not import the core', () => {
  const dir = path.join(ROOT, 'client/src');
  if (!fs.existsSync(dir)) return;
  const offenders = sources(dir).flatMap((f) => imports(f).filter((m) => m.includes('server/src')));
  assert.deepEqual(offenders, []);
});

test('the shells (and io/, what both read) use the core through its one door, core/index.ts', () => {
  const shells = ['server/src/lsp', 'server/src/cli', 'server/src/io'].flatMap((d) => sources(path.join(ROOT, d)));
  const offenders = shells.flatMap((f) =>
    imports(f)
      .filter((m) => m.includes('/core/') && !m.endsWith('/core/index'))
      .map((m) => `${path.relative(ROOT, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('the language server is one file per concern: no feature file grows into a closure of everything', () => {
  const dir = path.join(ROOT, 'server/src/lsp');
  const big = sources(dir)
    .map((f) => ({ f: path.relative(ROOT, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
    .filter((x) => x.lines > 250);
  assert.deepEqual(big, []);
});

test('rules do not import back up from admission/: their shared input and finding shape live beside them', () => {
  const offenders = sources(path.join(ROOT, 'server/src/core/rules')).flatMap((f) =>
    imports(f)
      .filter((m) => m.includes('/admission/'))
      .map((m) => `${path.relative(ROOT, f)} imports ${m}`),
  );
  assert.deepEqual(offenders, []);
});

test('every rule builds its findings with finding() (rules/rule.ts), none as an object literal', () => {
  // a Finding literal names its `field:` (KubeVirt's path); finding() takes it as an argument
  const offenders = sources(path.join(ROOT, 'server/src/core/rules'))
    .filter((f) => !f.endsWith('rule.ts') && /^\s*field:\s/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  assert.deepEqual(offenders, []);
});

/**
 * The core's inner layers, lowest first: a module imports only from its own layer or lower ones. Within a layer
 * folders may use each other (context ⇄ releases: a release is part of the context).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['types', 'text', 'excerpt'],
  ['parse'],
  ['model', 'go', 'context', 'releases', 'codes'],
  ['defaults', 'schema', 'rules', 'admission'],
  ['wiring', 'diagram'],
  ['analyze', 'upgrade', 'doctor'],
  ['render', 'fixes'],
  ['ide'],
  ['warmup', 'index'],
];

test('the core imports only downwards: parse → model → rules → wiring → analysis → render', () => {
  const core = path.join(ROOT, 'server/src/core');
  const unit = (file: string): string => path.relative(core, file).split(path.sep)[0]!.replace(/\.ts$/, '');
  const layerOf = (u: string): number => LAYERS.findIndex((l) => l.includes(u));
  const unknown = sources(core)
    .map(unit)
    .filter((u) => layerOf(u) < 0);
  assert.deepEqual([...new Set(unknown)], [], 'every folder of the core has a layer');
  const offenders = sources(core).flatMap((f) =>
    imports(f)
      .filter((m) => m.startsWith('.'))
      .map((m) => unit(path.resolve(path.dirname(f), m)))
      .filter((u) => layerOf(u) > layerOf(unit(f)))
      .map((u) => `${path.relative(ROOT, f)} (${unit(f)}) imports ${u}`),
  );
  assert.deepEqual(offenders, []);
});

/** Files of rules/ that are not rules: the shared input and shape, helpers the rules share, the order they run in. */
const RULE_INFRASTRUCTURE = new Set([
  'input.ts',
  'rule.ts',
  'net/common.ts',
  'net/validator.ts',
  'net/name-pairing.ts',
  'net/gated-binding.ts',
  'spec/index.ts',
  'spec/dns1123.ts',
  'runtime/index.ts',
  'runtime/sriov-networks.ts',
]);

test('every rule file has its test of the same name in test/rules/', () => {
  const rules = path.join(ROOT, 'server/src/core/rules');
  const missing = sources(rules)
    .map((f) => path.relative(rules, f).split(path.sep).join('/'))
    .filter((r) => !RULE_INFRASTRUCTURE.has(r))
    .filter((r) => !fs.existsSync(path.join(ROOT, 'test/rules', r.replace(/\.ts$/, '.test.ts'))));
  assert.deepEqual(missing, []);
});
