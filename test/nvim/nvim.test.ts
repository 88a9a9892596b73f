// The authoring features in Neovim (headless, Debian's `neovim` package: CI installs it), a second LSP client
// independent of ours: on a workspace of a VM file and a NAD file (the NAD file never opened before the jump),
// definition interface → network and networkName → the NAD file (Neovim jumps there), references NAD →
// networkName, rename of an interface (Neovim applies the edit: the interface and its network change, nothing
// else), document symbols, completion of NAD names and of binding methods, inlay hints. test/nvim/drive.lua makes
// the requests through Neovim's client; this file says where and judges the answers.
// Without nvim on PATH the test is skipped, except in CI (CI=true), where that is a failure.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, ROOT, SERVER } from '../helpers/paths';
import { type Loc, type Pos, pos, wordAt } from '../helpers/positions';

const VM_TEXT = fs.readFileSync(path.join(FIXTURES, 'authoring', 'vm.yaml'), 'utf8');
const NAD_TEXT = fs.readFileSync(path.join(FIXTURES, 'authoring', 'nads.yaml'), 'utf8');
const DRIVER = path.join(ROOT, 'test', 'nvim', 'drive.lua');

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const found = nvim.status === 0 ? nvim.stdout.split('\n')[0]! : undefined;
const skip = found === undefined && process.env.CI !== 'true' ? 'nvim is not on PATH (apt-get install neovim)' : false;

type Step =
  | { op: 'request'; method: string; file: string; params: Record<string, unknown> }
  | { op: 'jump'; file: string; position: Pos }
  | { op: 'set'; file: string; text: string }
  | { op: 'rename'; file: string; position: Pos; newName: string };

interface Answer {
  result?: unknown;
  error?: unknown;
  jumped?: { file: string; line: number; text: string };
  prepare?: { placeholder: string };
  lines?: Record<string, string[]>;
}

/** Runs the steps in Neovim on a fresh workspace; the answers in order, and where the workspace was. */
function drive(steps: Step[]): { answers: Answer[]; dir: string } {
  assert.ok(found, 'nvim is not on PATH: CI installs it (apt-get install neovim)');
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vw-nvim-')));
  fs.writeFileSync(path.join(dir, 'vm.yaml'), VM_TEXT);
  fs.writeFileSync(path.join(dir, 'nads.yaml'), NAD_TEXT);
  const plan = path.join(dir, '.plan.json');
  fs.writeFileSync(plan, JSON.stringify({ root: dir, open: 'vm.yaml', files: ['vm.yaml', 'nads.yaml'], steps }));
  // Neovim's own state and logs stay in the workspace dir
  const env = { ...process.env, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir, XDG_CONFIG_HOME: dir };
  const r = spawnSync(
    'nvim',
    ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${DRIVER}`, '--', plan, process.execPath, SERVER, '--stdio'],
    {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 60000,
    },
  );
  assert.equal(r.status, 0, `nvim exited with ${r.status} (${r.signal ?? 'no signal'}):\n${r.stderr}`);
  const answers = JSON.parse(r.stdout.trim().split('\n').pop()!) as Answer[];
  assert.equal(answers.length, steps.length, r.stderr);
  return { answers, dir };
}

const req = (method: string, file: string, params: Record<string, unknown>): Step => ({ op: 'request', method, file, params });
const ok = (a: Answer): unknown => {
  assert.equal(a.error, undefined, JSON.stringify(a.error));
  return a.result;
};

test(`Neovim (${found ?? 'not installed'}): definition, references, document symbols, inlay hints, rename`, { skip }, () => {
  const ifaceAt = pos(VM_TEXT, '- name: storage', 9);
  const { answers, dir } = drive([
    { op: 'jump', file: 'vm.yaml', position: ifaceAt },
    { op: 'jump', file: 'vm.yaml', position: pos(VM_TEXT, 'storage-nad', 3) },
    req('textDocument/references', 'nads.yaml', { position: pos(NAD_TEXT, 'storage-nad', 2), context: { includeDeclaration: false } }),
    req('textDocument/documentSymbol', 'vm.yaml', {}),
    req('textDocument/inlayHint', 'vm.yaml', { range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }),
    { op: 'rename', file: 'vm.yaml', position: ifaceAt, newName: 'backup' },
  ]);
  try {
    const [toNetwork, toNad, refs, symbols, hints, rename] = answers as [Answer, Answer, Answer, Answer, Answer, Answer];
    const vm = path.join(dir, 'vm.yaml');
    const nads = path.join(dir, 'nads.yaml');

    // F12 on the interface `storage`: Neovim's cursor on the network `storage`
    assert.deepEqual(toNetwork.jumped, { file: vm, line: pos(VM_TEXT, '- name: storage', 0, 1).line, text: '      - name: storage' });
    // on `networkName: storage-nad`: Neovim opened nads.yaml at the NAD's name
    assert.equal((ok(toNad) as Loc[])[0]!.uri, pathToFileURL(nads).href);
    assert.deepEqual(toNad.jumped, { file: nads, line: pos(NAD_TEXT, 'name: storage-nad').line, text: '  name: storage-nad' });

    // references of the NAD: the networkName in vm.yaml
    assert.deepEqual(
      (ok(refs) as Loc[]).map((l) => [l.uri, l.range.start.line, wordAt(VM_TEXT, l.range)]),
      [[pathToFileURL(vm).href, pos(VM_TEXT, 'storage-nad').line, 'storage-nad']],
    );

    // the VM with its interfaces (binding, pod interface) and networks
    const syms = ok(symbols) as { name: string; detail: string; children: { name: string; detail: string }[] }[];
    assert.deepEqual(
      syms.map((s) => [s.name, s.detail]),
      [['web', 'VirtualMachine · demo']],
    );
    assert.deepEqual(
      syms[0]!.children.map((s) => [s.name, s.detail]),
      [
        ['default', 'interface · masquerade · eth0'],
        ['storage', 'interface · bridge · pod49a25f9feef'],
        ['default', 'network · pod network'],
        ['storage', 'network · Multus storage-nad'],
      ],
    );

    // inlay hints after each interface name: pod interface and guest address
    assert.deepEqual(
      (ok(hints) as { position: Pos; label: string }[]).map((h) => [h.position.line, h.label]),
      [
        [pos(VM_TEXT, '- name: default').line, 'eth0 · 10.0.2.2'],
        [pos(VM_TEXT, '- name: storage').line, 'pod49a25f9feef · NAD IPAM'],
      ],
    );

    // rename, applied by Neovim: the interface and its network are `backup`, nothing else changed
    assert.equal(rename.prepare?.placeholder, 'storage');
    const expected = VM_TEXT.replace('- name: storage', '- name: backup').replace('- name: storage', '- name: backup');
    assert.deepEqual(rename.lines!['vm.yaml'], expected.split('\n').slice(0, -1));
    assert.deepEqual(rename.lines!['nads.yaml'], NAD_TEXT.split('\n').slice(0, -1));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test(`Neovim (${found ?? 'not installed'}): completion of NAD names at an empty networkName: and of binding methods on an interface item`, {
  skip,
}, () => {
  const text = VM_TEXT.replace('networkName: storage-nad', 'networkName: ').replace(
    '          - name: storage\n            bridge: {}\n',
    '          - name: storage\n            \n',
  );
  const { answers, dir } = drive([
    { op: 'set', file: 'vm.yaml', text },
    req('textDocument/completion', 'vm.yaml', { position: pos(text, 'networkName: ', 13) }),
    req('textDocument/completion', 'vm.yaml', { position: { line: pos(text, '- name: storage').line + 1, character: 12 } }),
  ]);
  try {
    type Items = { items: { label: string; textEdit?: { newText: string } }[] };
    const nadItems = (ok(answers[1]!) as Items).items;
    assert.deepEqual(nadItems.map((i) => i.label).sort(), ['backup-nad', 'storage-nad']);
    const bindings = (ok(answers[2]!) as Items).items;
    const labels = bindings.map((i) => i.label);
    for (const b of ['masquerade', 'bridge', 'sriov', 'passtBinding']) assert.ok(labels.includes(b), `${b} in ${labels}`);
    assert.equal(bindings.find((i) => i.label === 'bridge')!.textEdit?.newText, 'bridge: {}');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
