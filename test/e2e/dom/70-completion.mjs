// Completion in the real editor: at an emptied `networkName:` the list offers the NetworkAttachmentDefinitions of the
// VM's namespace from nads.yaml (a file never opened); on a new line of an interface item, the binding methods with
// what each gives the guest. The file is reverted.
import { EDITOR } from '../harness/ui.mjs';
import { openWithLens } from './authoring.mjs';
import { sleep } from '../harness/workbench.mjs';

async function suggestions(ui, expect) {
  const { page } = ui;
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Space');
    try {
      await rows.first().waitFor({ timeout: 5000 });
      // each row: the label, then its detail
      const labels = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
      if (expect.every((e) => labels.some((l) => e.test(l)))) return labels;
    } catch {}
    await page.keyboard.press('Escape');
    if (attempt >= 6) throw new Error(`no completion list with ${expect.join(', ')}`);
    await sleep(500);
  }
}

export default {
  title: 'completion: NAD names and binding methods',
  async run(ui) {
    const { page } = ui;
    await openWithLens(ui, 'vm-authoring.yaml');
    await page.locator(`${EDITOR} .view-line`, { hasText: 'networkName: storage-nad' }).waitFor();
    // empty the value of networkName
    const at = await ui.locate('networkName');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('End');
    for (let i = 0; i < 'storage-nad'.length; i++) await page.keyboard.press('Backspace');
    const nads = await suggestions(ui, [/^storage-nad$/, /^backup-nad$/]);
    await ui.photo(
      'completion.png',
      `Ctrl+Space at an empty "networkName:" lists the NADs of namespace demo from nads.yaml: ${nads.join(', ')}`,
    );
    await page.keyboard.press('Escape');
    await ui.runCommand('File: Revert File');
    await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
    // a new line in the interface item `storage`, after its binding removed: the binding methods
    const b = await ui.locate('bridge');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    const bindings = await suggestions(ui, [/^masquerade$/, /^bridge$/, /^sriov$/, /^passtBinding$/]);
    // first the methods that work on its Multus network
    if (bindings[0] !== 'bridge' && bindings[0] !== 'sriov')
      throw new Error(`the list does not start with a Multus binding: ${JSON.stringify(bindings)}`);
    await ui.photo(
      'completion-bindings.png',
      `Ctrl+Space in the interface item "storage" (a Multus network) lists the binding methods first, bridge and sriov on top: ${bindings.slice(0, 6).join(', ')}`,
    );
    await page.keyboard.press('Escape');
    await ui.runCommand('File: Revert File');
    await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
    await ui.runCommand('View: Close All Editors');
  },
};
