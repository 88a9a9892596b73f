// Fixes that never guess: the interface `storage` and its network `storgae` disagree and nothing says which is the
// typo. Ctrl+. on the network offers both renames; a fix-all save changes neither name (the squiggles stay). The
// fixture is restored on disk afterwards.
import fs from 'node:fs';
import { EDITOR } from '../harness/ui.mjs';
import { withFixAllOnSave } from './authoring.mjs';
import { sleep } from '../harness/workbench.mjs';

export default {
  title: 'storage / storgae: both renames offered, none applied on save',
  async run(ui) {
    const { page } = ui;
    await withFixAllOnSave(ui, 'vm-storgae.yaml', async (fixture, original) => {
      const squiggles = page.locator(`${EDITOR} .squiggly-error`);
      await squiggles.first().waitFor({ state: 'attached', timeout: 60000 });
      const rows = page.locator('.action-widget .monaco-list-row:not(.group-header)');
      let titles = [];
      for (let attempt = 1; ; attempt++) {
        const { x, y } = await ui.locate('storgae');
        await page.mouse.click(x, y);
        await page.keyboard.press('Control+.');
        try {
          await rows.filter({ hasText: 'Rename' }).nth(1).waitFor({ state: 'visible', timeout: 5000 });
          titles = (await rows.allInnerTexts()).map((t) => t.trim());
          break;
        } catch (e) {
          await page.keyboard.press('Escape');
          if (attempt >= 6) throw new Error('no quick-fix menu with both renames on "storgae"', { cause: e });
          await sleep(500);
        }
      }
      for (const want of ['Rename interface "storage" to "storgae"', 'Rename network "storgae" to "storage"']) {
        if (!titles.some((t) => t.includes(want))) throw new Error(`no "${want}" in ${JSON.stringify(titles)}`);
      }
      await ui.photo(
        'never-guess.png',
        `Ctrl+. on "storgae" offers both renames for the user to choose: ${JSON.stringify(titles.filter((t) => t.startsWith('Rename')))}`,
      );
      await page.keyboard.press('Escape');
      // a fix-all save leaves both names alone
      await page.keyboard.press('Control+S');
      await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
      const saved = fs.readFileSync(fixture, 'utf8');
      if (saved !== original) throw new Error(`fix-all on save changed the file:\n${saved}`);
      await squiggles.first().waitFor({ state: 'attached', timeout: 10000 });
      const names = (await page.locator(`${EDITOR} .view-line`).allInnerTexts()).filter((l) => /- name: stor/.test(l)).map((l) => l.trim());
      await ui.photo(
        'never-guess-saved.png',
        `after a fix-all save the names are still the user's to choose: ${names.join(', ')} (squiggles stay)`,
      );
    });
  },
};
