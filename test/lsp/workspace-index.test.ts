// The workspace index: an asynchronous scan that yields to the event loop, says when it stops early, and
// per-file updates (watched files) that change only what that file contributes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../server/src/lsp/workspace';

const nad = (name: string): string => `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: ${name}\n`;

function workspace(files: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-ws-'));
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(3, '0')}.yaml`), nad(`n${i}`));
  return dir;
}

test('the scan stops at its limit and says so; it never blocks the event loop', async () => {
  const dir = workspace(30);
  const index = new WorkspaceIndex();
  let ticks = 0;
  const tick = setInterval(() => ticks++, 0);
  const r = await index.scan([dir], 10);
  clearInterval(tick);
  assert.equal(r.files, 10);
  assert.equal(r.stoppedEarly, true);
  assert.equal(index.facts().nads.length, 10);
  assert.ok(ticks > 0, 'timers ran while the scan was going on');
  const all = await index.scan([dir]);
  assert.equal(all.stoppedEarly, false);
  assert.equal(index.facts().nads.length, 30);
});

test('updates and removals change only that file; open text wins over the saved copy', async () => {
  const dir = workspace(2);
  const index = new WorkspaceIndex();
  await index.scan([dir]);
  const f0 = path.join(dir, 'f000.yaml');
  fs.writeFileSync(f0, nad('renamed'));
  assert.equal(await index.update(f0), true);
  assert.deepEqual(
    index.facts().nads.map((n) => n.name),
    ['renamed', 'n1'],
  );
  assert.equal(await index.update(f0), false, 'nothing changed the second time');
  assert.equal(index.remove(path.join(dir, 'f001.yaml')), true);
  assert.deepEqual(
    index.facts(new Map([[f0, nad('edited')]])).nads.map((n) => n.name),
    ['edited'],
  );
  // a file that becomes unreadable (a folder now) contributes nothing
  fs.rmSync(f0);
  fs.mkdirSync(f0);
  assert.equal(await index.update(f0), true);
  assert.deepEqual(index.facts().nads, []);
});

test("the scan hands over the context facts before it parses files for navigation, and leaves open files' navigation to their open text", async () => {
  const dir = workspace(2);
  const vm = path.join(dir, 'vm.yaml');
  fs.writeFileSync(
    vm,
    'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      networks:\n        - name: a\n          multus:\n            networkName: n0\n',
  );
  const index = new WorkspaceIndex();
  let atFacts: { nads: number; nav: number } | undefined;
  const r = await index.scan([dir], undefined, {
    factsDone: () => (atFacts = { nads: index.facts().nads.length, nav: index.navIndexes().size }),
    isOpen: (f) => f === vm,
  });
  assert.equal(r.stoppedEarly, false);
  // the first diagnostics wait for this moment only: every NAD is known, nothing has been parsed for navigation yet
  assert.deepEqual(atFacts, { nads: 2, nav: 0 });
  assert.deepEqual([...index.navIndexes().keys()].map((f) => path.basename(f)).sort(), ['f000.yaml', 'f001.yaml']);
  // closed in the editor: its saved copy is indexed
  await index.renav(vm);
  assert.ok(index.navIndexes().has(vm));
});
