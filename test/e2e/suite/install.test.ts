// What is under test is what users get: the extension installed from the .vsix (the harness sets
// VIRTWIRE_E2E_INSTALLED to its folder), with its bundles and no node_modules, and it is active.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, revertAndClose } from './util';

const installed = process.env.VIRTWIRE_E2E_INSTALLED;

test('the extension under test is the one installed from the .vsix', {
  skip: installed ? false : 'development folder (run.mjs --dev)',
}, async () => {
  await openFixture('vm-masquerade.yaml');
  try {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(fs.realpathSync(ext.extensionPath), fs.realpathSync(installed!));
    assert.ok(ext.isActive, 'active after a YAML file was opened');
    assert.equal(ext.packageJSON.main, './dist/extension.js');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'virtwire-language-server.js')), 'the bundled server');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'node_modules')), 'no node_modules in the installed extension');
    assert.deepEqual(
      fs.readdirSync(ext.extensionPath).filter((f) => /^(out|client|server|test)$/.test(f)),
      [],
    );
  } finally {
    await revertAndClose();
  }
});
