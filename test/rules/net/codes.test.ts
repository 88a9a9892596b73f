import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODES as NET } from '../../../server/src/core/codes/net';
import { CODES as RUNTIME } from '../../../server/src/core/codes/runtime';
import { ALL_CODES } from '../../../server/src/core/codes/index';

test('every code the net and runtime rules emit is registered once, with a reason', () => {
  const root = path.resolve(__dirname, '../../../server/src/core');
  const emitted = new Set<string>();
  for (const dir of ['rules/net', 'rules/runtime', 'admission']) {
    for (const f of fs.readdirSync(path.join(root, dir)).filter((x) => x.endsWith('.js'))) {
      const text = fs.readFileSync(path.join(root, dir, f), 'utf8');
      // finding('CODE', …), { code: 'CODE' }, and the name-pairing helpers' code argument.
      for (const m of text.matchAll(/finding\)?\('([A-Z0-9-]+)'|code: '([A-Z0-9-]+)'|NameCauses\)?\([^)]*?'([A-Z0-9]+-[0-9]+)'/g)) {
        emitted.add((m[1] ?? m[2] ?? m[3])!);
      }
    }
  }
  assert.ok(emitted.size >= 50, [...emitted].join(' '));
  for (const c of ['DEF-01', 'DEF-02']) emitted.add(c); // raised by defaults.ts, reported by admit()
  const registered = ALL_CODES.map((c) => c.code);
  for (const code of emitted) assert.ok(registered.includes(code), `${code} is not registered`);
  const mine = [...NET, ...RUNTIME].map((c) => c.code);
  assert.equal(new Set(mine).size, mine.length);
  for (const c of [...NET, ...RUNTIME]) assert.ok(c.why.length > 20 && c.why.endsWith('.'), c.code);
  for (const c of RUNTIME) assert.notEqual(c.severity, 'error', c.code);
});
