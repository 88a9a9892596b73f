// Ctrl+. on `storage` (IFACE-02, an interface with no network) offers our quick fixes; the first one, applied
// with the keyboard, clears the squiggle; the file is then reverted. The menu sits behind a pointer-blocking
// overlay, hence no mouse clicks.
import { EDITOR } from '../harness/ui.mjs';
import { sleep } from '../harness/workbench.mjs';

export default {
  title: 'a quick fix from the Ctrl+. menu clears IFACE-02',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-errors.yaml');
    const squiggles = page.locator(`${EDITOR} .squiggly-error`);
    await squiggles.first().waitFor({ state: 'attached', timeout: 60000 });
    const rows = page.locator('.action-widget .monaco-list-row:not(.group-header)');
    for (let attempt = 1; ; attempt++) {
      const { x, y } = await ui.locate('storage');
      await page.mouse.click(x, y);
      await page.keyboard.press('Control+.');
      try {
        await rows.first().waitFor({ state: 'visible', timeout: 5000 });
        break;
      } catch (e) {
        // Ctrl+. right after the click can race the code-action request
        await page.keyboard.press('Escape');
        if (attempt >= 4) throw new Error('no quick-fix menu on "storage"', { cause: e });
        await sleep(500);
      }
    }
    const titles = (await rows.allInnerTexts()).map((t) => t.trim());
    // IFACE-02's fixes: add the missing network, or rename the interface to an existing network
    if (!titles.some((t) => /network/i.test(t) && /storage/.test(t)))
      throw new Error(`no IFACE-02 fix in the menu: ${JSON.stringify(titles)}`);
    await ui.photo('quickfix.png', `the Ctrl+. menu on "storage" offers ${JSON.stringify(titles[0])}`);
    const first = rows.first();
    for (let i = 0; i < 10 && !(await first.evaluate((el) => el.classList.contains('focused'))); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await squiggles.first().waitFor({ state: 'detached', timeout: 30000 });
    ui.say(`quick fix "${titles[0]}" cleared the squiggle`);
    await ui.runCommand('File: Revert File');
    await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
    await squiggles.first().waitFor({ state: 'attached', timeout: 30000 });
  },
};
