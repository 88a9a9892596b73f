// Each diagnostic links its code's documentation (codeDescription): the README of the repository package.json
// names, at an anchor the README really has.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/paths';
import { DOCS_BASE } from '../../server/src/lsp/convert';
import { ALL_CODES } from '../../server/src/core/codes';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test("the code links point at the README of package.json's repository", () => {
  const repo = String(pkg.repository.url)
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
  assert.equal(DOCS_BASE, `${repo}/blob/main/README.md`);
  assert.equal(pkg.homepage, `${repo}#readme`);
  assert.equal(pkg.bugs.url, `${repo}/issues`);
});

test('every code has its anchor in the README', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const missing = ALL_CODES.map((c) => c.code.toLowerCase()).filter((id) => !readme.includes(`<a id="${id}"></a>`));
  assert.deepEqual(missing, []);
});
