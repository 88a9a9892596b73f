// Navigation in the real editor: F12 on the interface name `storage` goes to its network; F12 on
// `networkName: storage-nad` opens nads.yaml (never opened before) at the NAD; F2 on the interface renames it and its
// network, and nothing else. The file is reverted.
import fs from 'node:fs';
import path from 'node:path';
import { EDITOR } from '../harness/ui.mjs';
import { openWithLens } from './authoring.mjs';
import { sleep } from '../harness/workbench.mjs';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const linesOf = (f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8').split('\n');
/** 1-based line numbers of the lines holding `s` in a fixture. */
const linesWith = (f, s) => linesOf(f).flatMap((l, i) => (l.includes(s) ? [i + 1] : []));
const [IFACE_LINE, NET_LINE] = linesWith('vm-authoring.yaml', '- name: storage');
const [NAD_LINE] = linesWith('nads.yaml', 'name: storage-nad');

/** Puts the cursor on line `n`, column `c` (Go to Line), as a user would with Ctrl+G. */
async function goTo(ui, n, c) {
  await ui.page.keyboard.press('Control+G');
  const input = ui.page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${n}:${c}`);
  await ui.page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The 1-based column just inside the word `w` on line `n` of a fixture. */
const colOf = (f, n, w) => linesOf(f)[n - 1].indexOf(w) + 2;

/** Waits until the status bar shows the cursor on line `n`. */
async function cursorOn(page, n, timeout = 5000) {
  await page
    .locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${n},` })
    .first()
    .waitFor({ timeout });
}

async function lineText(page, n) {
  // the rendered lines are absolutely positioned: ask the model through the line numbers' gutter
  const texts = await page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    const nums = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].map((e) => ({
      n: Number(e.textContent),
      top: e.parentElement.style.top,
    }));
    const lines = [...ed.querySelectorAll('.view-lines .view-line')].map((e) => ({
      text: e.textContent.replace(/\u00a0/g, ' '),
      top: e.style.top,
    }));
    return nums.map((x) => ({ n: x.n, text: lines.find((l) => l.top === x.top)?.text ?? '' }));
  }, EDITOR);
  return texts.find((t) => t.n === n)?.text ?? '';
}

export default {
  title: 'F12 to the network and to the NAD file; F2 renames an interface with its network',
  async run(ui) {
    const { page } = ui;
    await openWithLens(ui, 'vm-authoring.yaml');
    await page.locator(`${EDITOR} .view-line`, { hasText: 'networkName: storage-nad' }).waitFor();
    // F12 on the interface `storage` → the network's name
    for (let attempt = 1; ; attempt++) {
      await goTo(ui, IFACE_LINE, colOf('vm-authoring.yaml', IFACE_LINE, 'storage'));
      await cursorOn(page, IFACE_LINE);
      await page.keyboard.press('F12');
      try {
        await cursorOn(page, NET_LINE);
        break;
      } catch (e) {
        if (attempt >= 8)
          throw new Error(`F12 on the interface "storage" (line ${IFACE_LINE}) did not move to its network (line ${NET_LINE})`, {
            cause: e,
          });
        await sleep(500);
      }
    }
    await ui.photo(
      'definition-network.png',
      `F12 on the interface "storage" (line ${IFACE_LINE}) moved the cursor to its network "storage" (line ${NET_LINE})`,
    );
    // F12 on networkName → nads.yaml, never opened
    const nnLine = linesWith('vm-authoring.yaml', 'networkName: storage-nad')[0];
    await goTo(ui, nnLine, colOf('vm-authoring.yaml', nnLine, 'storage-nad'));
    await cursorOn(page, nnLine);
    await page.keyboard.press('F12');
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="nads.yaml"]').waitFor({ timeout: 20000 });
    await cursorOn(page, NAD_LINE, 10000);
    const text = await lineText(page, NAD_LINE);
    if (!/name: storage-nad/.test(text)) throw new Error(`F12 opened nads.yaml at line ${NAD_LINE}: ${JSON.stringify(text)}`);
    await ui.photo(
      'definition-nad.png',
      `F12 on "networkName: storage-nad" opened nads.yaml (never opened before) at line ${NAD_LINE}: ${text.trim()}`,
    );
    // back to the VM (its tab is still open)
    await ui.openFromExplorer('vm-authoring.yaml');
    // F2 on the interface name: rename to backup
    await goTo(ui, IFACE_LINE, colOf('vm-authoring.yaml', IFACE_LINE, 'storage'));
    await cursorOn(page, IFACE_LINE);
    await page.keyboard.press('F2');
    // the rename box, focused, holding the name the server's prepareRename gave (all of it selected)
    const box = page.locator('.rename-box input:focus, .rename-box .rename-input:focus').first();
    await box.waitFor({ timeout: 20000 });
    for (let i = 0; i < 100 && (await box.inputValue().catch(() => '')) !== 'storage'; i++) await sleep(100);
    if ((await box.inputValue()) !== 'storage')
      throw new Error(`the rename box holds ${JSON.stringify(await box.inputValue())}, not "storage"`);
    await box.fill('backup');
    await page.keyboard.press('Enter');
    await page.locator(`${EDITOR} .view-line`, { hasText: '- name: backup' }).nth(1).waitFor({ timeout: 20000 });
    const lines = (await page.locator(`${EDITOR} .view-line`).allInnerTexts()).map((l) => l.replace(/\u00a0/g, ' '));
    const renamed = lines.filter((l) => /- name: backup/.test(l)).length;
    if (renamed !== 2 || lines.some((l) => /- name: storage/.test(l)) || !lines.some((l) => /networkName: storage-nad/.test(l))) {
      throw new Error(`rename changed the wrong things: ${JSON.stringify(lines.filter((l) => /name/.test(l)))}`);
    }
    // the inlay hint follows: the pod interface is named after the network (a hash of "backup" now)
    await page
      .locator(`${EDITOR} .view-line`, { hasText: /-\sname:\sbackup\s*pod54d00d86775\s·\sNAD\sIPAM/ })
      .first()
      .waitFor({ timeout: 20000 });
    await ui.photo(
      'rename.png',
      'F2 on "storage" renamed the interface and its network to "backup"; networkName: storage-nad is unchanged; the inlay hint names the new pod interface pod54d00d86775',
    );
    await ui.runCommand('File: Revert File');
    await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
    await ui.runCommand('View: Close All Editors');
  },
};
