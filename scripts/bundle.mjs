// Bundles what users run into dist/ with esbuild: one self-contained CommonJS file per entry point (no
// node_modules needed at run time), each with its source map beside it. `tsc` still type-checks and builds
// out/ (the unit tests run from there); this script only bundles.
//
//   dist/extension.js                 the VS Code client ('vscode' is the only external)
//   dist/virtwire-language-server.js  the language server (bin `virtwire-language-server`)
//   dist/analysis-worker.js           its worker thread (loaded from the server's own folder)
//   dist/virtwire.js                  the CLI (bin `virtwire`)
//   dist/elk-layout.js                elkjs, the diagram's graph layout: one copy the server and the CLI share,
//                                     loaded on the first diagram only (core/diagram/layout.ts)
//   dist/THIRD-PARTY-NOTICES.txt      the licenses of the packages bundled into them
//
// usage: node scripts/bundle.mjs [--meta]   (--meta prints what takes the space in each bundle)
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

export const BUNDLES = [
  { entry: 'client/src/extension.ts', out: 'extension.js', external: ['vscode'] },
  { entry: 'server/src/lsp/main.ts', out: 'virtwire-language-server.js', bin: true },
  { entry: 'server/src/lsp/analysis-worker.ts', out: 'analysis-worker.js' },
  { entry: 'server/src/cli/main.ts', out: 'virtwire.js', bin: true },
  { entry: 'node_modules/elkjs/lib/elk.bundled.js', out: 'elk-layout.js' },
];

/** elkjs, wherever it is required, is the shared dist/elk-layout.js beside the requiring bundle. */
const ELK = 'elkjs/lib/elk.bundled.js';
const sharedElk = {
  name: 'shared-elk',
  setup(b) {
    b.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: './elk-layout.js', external: true }));
  },
};

async function bundle({ entry, out, external = [] }) {
  return build({
    entryPoints: [join(ROOT, entry)],
    outfile: join(DIST, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // the lowest Node we run on: VS Code 1.100's extension host (Node 20), and engines.node
    target: 'node20',
    external,
    sourcemap: 'linked',
    sourcesContent: false,
    // identifiers stay readable in stack traces; whitespace and syntax are minified (less to read and parse)
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: false,
    legalComments: 'none', // the notices are collected into THIRD-PARTY-NOTICES.txt instead
    // version.ts reads this constant where it is defined (bundles have no package.json beside them)
    define: { VIRTWIRE_VERSION: JSON.stringify(pkg.version) },
    metafile: true,
    logLevel: 'warning',
    plugins: entry.endsWith(ELK) ? [] : [sharedElk],
  });
}

/** The bundled third-party packages (from the metafiles), with their license texts. */
function notices(metas) {
  const pkgs = new Map();
  for (const meta of metas) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (!m) continue;
      const dir = join(ROOT, input.slice(0, m.index + m[0].length));
      if (pkgs.has(dir)) continue;
      const p = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      pkgs.set(dir, {
        name: p.name,
        version: p.version,
        license: p.license,
        text: file ? readFileSync(join(dir, file), 'utf8').trim() : null,
      });
    }
  }
  const list = [...pkgs.values()].sort((a, b) => a.name.localeCompare(b.name));
  const parts = list.map(
    (p) => `${p.name} ${p.version} (${p.license})\n\n${p.text ?? `License: ${p.license} (no license file in the package)`}`,
  );
  const head = `Virtwire ${pkg.version} bundles the following packages into dist/*.js. Their licenses follow.\n`;
  return { text: `${head}\n${parts.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`, list };
}

export async function bundleAll({ meta = false } = {}) {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const results = await Promise.all(BUNDLES.map(bundle));
  for (const b of BUNDLES) if (b.bin) chmodSync(join(DIST, b.out), 0o755);
  const n = notices(results.map((r) => r.metafile));
  writeFileSync(join(DIST, 'THIRD-PARTY-NOTICES.txt'), n.text);
  if (meta) {
    for (const [i, r] of results.entries()) {
      const sizes = new Map();
      for (const [file, info] of Object.entries(r.metafile.outputs[relative(process.cwd(), join(DIST, BUNDLES[i].out))]?.inputs ?? {})) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
        const key = m ? m[1] : file.split('/').slice(0, 3).join('/');
        sizes.set(key, (sizes.get(key) ?? 0) + info.bytesInOutput);
      }
      console.log(`${BUNDLES[i].out}:`);
      for (const [k, v] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12))
        console.log(`  ${(v / 1024).toFixed(1).padStart(8)} KB  ${k}`);
    }
  }
  return { bundled: n.list.map((p) => p.name) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(ROOT, 'node_modules/esbuild'))) {
    console.error('bundle: esbuild is not installed (npm ci)');
    process.exit(2);
  }
  await bundleAll({ meta: process.argv.includes('--meta') });
}
