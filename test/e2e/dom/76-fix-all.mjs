// All problems at once, and one save fixes them: `masquarade` hides `port: "80"`, which hides `protocol: tcp`; the
// editor shows all three (the two hidden ones say so), and one save with source.fixAll.virtwire fixes all three.
// The fixture is restored on disk afterwards.
import fs from 'node:fs';
import { EDITOR } from '../harness/ui.mjs';
import { withFixAllOnSave } from './authoring.mjs';

export default {
  title: 'three stacked mistakes: shown at once, fixed by one fix-all save',
  async run(ui) {
    const { page } = ui;
    await withFixAllOnSave(ui, 'vm-stacked.yaml', async (fixture, original) => {
      const squiggles = page.locator(`${EDITOR} .squiggly-error`);
      // three errors at once
      await squiggles.nth(2).waitFor({ state: 'attached', timeout: 60000 });
      await ui.runCommand('View: Toggle Problems');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.filter({ hasText: 'PORT-05' }).first().waitFor({ timeout: 20000 });
      const rows = (await problems.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      for (const code of ['SCHEMA-04', 'SCHEMA-06', 'PORT-05'])
        if (!rows.some((r) => r.includes(code))) throw new Error(`no ${code} in Problems: ${JSON.stringify(rows)}`);
      await ui.photo(
        'stacked-before.png',
        `vm-stacked.yaml: all three mistakes at once in the editor and the Problems panel (SCHEMA-04, SCHEMA-06 and PORT-05, the last two "reported once … is fixed")`,
      );
      // one save
      const at = await ui.locate('masquarade');
      await page.mouse.click(at.x, at.y);
      await page.keyboard.press('Control+S');
      // saved: the file on disk changes (fs.watch is the event), then the editor's lines show the fixes
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          w.close();
          reject(new Error('the file was not saved within 20 s'));
        }, 20000);
        const w = fs.watch(fixture, () => {
          // a save truncates, then writes: wait for the whole new text
          const now = fs.readFileSync(fixture, 'utf8');
          if (now === original || !now.includes('pod: {}')) return;
          clearTimeout(timer);
          w.close();
          resolve();
        });
      });
      const saved = fs.readFileSync(fixture, 'utf8');
      if (!/masquerade: \{\}/.test(saved) || !/- port: 80\n/.test(saved) || !/protocol: TCP/.test(saved))
        throw new Error(`the saved file is not fixed:\n${saved}`);
      for (const line of ['masquerade: {}', /-\sport:\s80$/, 'protocol: TCP'])
        await page.locator(`${EDITOR} .view-line`, { hasText: line }).first().waitFor({ timeout: 20000 });
      await squiggles.first().waitFor({ state: 'detached', timeout: 30000 });
      await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
      // the code lens above the VM no longer says it is rejected
      await page
        .locator(`${EDITOR} .codelens-decoration`, { hasText: /^1 interface · Show wiring$/ })
        .first()
        .waitFor({ timeout: 20000 });
      await ui.photo(
        'stacked-after.png',
        'after one Ctrl+S with source.fixAll.virtwire: masquerade, port 80, protocol TCP, no squiggle, the file saved, the code lens no longer says rejected',
      );
      await ui.runCommand('View: Hide Panel');
      await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 10000 });
    });
  },
};
