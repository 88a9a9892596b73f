// An invalid VM: error squiggles in the editor, and IFACE-02 and BIND-03 with their messages in the Problems panel.
import { EDITOR } from '../harness/ui.mjs';

export default {
  title: 'squiggles and the Problems panel on vm-errors.yaml',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-errors.yaml');
    await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 60000 });
    // the Problems panel lists our markers (Ctrl+Shift+M toggles, so press it only while the panel is hidden)
    const panel = page.locator('.markers-panel');
    if (
      !(await panel
        .first()
        .isVisible()
        .catch(() => false))
    )
      await page.keyboard.press('Control+Shift+M');
    const row = (code) => panel.locator('.monaco-list-row', { hasText: code }).first();
    await row('IFACE-02').waitFor({ timeout: 30000 });
    await row('BIND-03').waitFor({ timeout: 30000 });
    const iface = await row('IFACE-02').innerText();
    if (!/storage/.test(iface)) throw new Error(`the IFACE-02 row does not name the interface "storage": ${JSON.stringify(iface)}`);
    await ui.photo(
      'diagnostics.png',
      'vm-errors.yaml with error squiggles; the Problems panel lists IFACE-02 (interface "storage") and BIND-03',
    );
    await page.keyboard.press('Control+J'); // hide the panel again: room for what follows
    await panel
      .first()
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => {});
  },
};
