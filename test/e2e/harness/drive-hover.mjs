// DOM-level check in the real workbench, as a user sees it: open the fixture from the explorer, wait for the
// squiggles of an invalid VM, hover an interface name of a valid one and read the hover widget.
import path from 'node:path';
import { sleep } from './workbench.mjs';

const EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
const say = (m) => console.error(`[e2e] ${m}`);

async function openFromExplorer(page, name) {
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label=${JSON.stringify(name)}]`).first().click();
  // the tab shows name and extension apart; data-resource-name holds the whole file name
  await page.locator(`.editor-group-container.active .tab.active[data-resource-name=${JSON.stringify(name)}]`).waitFor();
  await page.locator(`${EDITOR} .view-lines .view-line`).first().waitFor();
}

/** Viewport box of the first whole-word `word` on the rendered lines, found by character offsets in text nodes. */
async function locate(page, word) {
  const box = await page.evaluate(
    ({ sel, word }) => {
      const editor = document.querySelector(sel);
      if (!editor) return null;
      // .view-line nodes are recycled and absolutely positioned: sort by top to get line order
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort(
        (a, b) => parseFloat(a.style.top) - parseFloat(b.style.top),
      );
      const re = new RegExp(`\\b${word}\\b`);
      for (const line of lines) {
        const m = re.exec(line.textContent.replace(/\u00a0/g, ' '));
        if (!m) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let pos = 0;
        let started = false;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent.length;
          if (!started && m.index < pos + len) {
            range.setStart(n, m.index - pos);
            started = true;
          }
          if (started && m.index + word.length <= pos + len) {
            range.setEnd(n, m.index + word.length - pos);
            break;
          }
          pos += len;
        }
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    { sel: EDITOR, word },
  );
  if (!box) throw new Error(`"${word}" is not on a rendered line of the active editor`);
  return box;
}

/**
 * Hovers `word` until the hover widget shows text matching every regex in `expect`. A hover asked for before the
 * language server is ready shows nothing and is not asked again, so move away and back between attempts.
 */
async function hover(page, word, expect, timeoutMs = 45000) {
  const end = Date.now() + timeoutMs;
  const widget = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: /\S/ }).first();
  let last = '';
  for (let attempt = 1; Date.now() < end; attempt++) {
    const { x, y } = await locate(page, word);
    await page.mouse.move(x, y + 60);
    await page.mouse.move(x, y, { steps: 4 });
    try {
      await widget.waitFor({ state: 'visible', timeout: 5000 });
      last = (await widget.innerText()).trim();
      if (expect.every((re) => re.test(last))) return last;
    } catch {}
    say(`hover attempt ${attempt} on "${word}": ${last ? 'text does not match yet' : 'nothing shown'}`);
    await page.mouse.move(0, 0);
    await sleep(500);
  }
  throw new Error(`no hover matching ${expect.join(' and ')} on "${word}"; last hover text: ${JSON.stringify(last)}`);
}

/** Runs a command from the palette by its label. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill('>' + label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Ctrl+. on `word` (the only error squiggle in view), applies the first quick fix with the keyboard, waits for the
 * squiggle to go, then reverts the file. The menu sits behind a pointer-blocking overlay, hence no mouse clicks.
 */
async function quickFix(page, word, outDir) {
  const squiggles = page.locator(`${EDITOR} .squiggly-error`);
  const first = page.locator('.action-widget .monaco-list-row:not(.group-header)').first();
  for (let attempt = 1; ; attempt++) {
    const { x, y } = await locate(page, word);
    await page.mouse.click(x, y);
    await page.keyboard.press('Control+.');
    try {
      await first.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (e) {
      // Ctrl+. right after the click can race the code-action request
      await page.keyboard.press('Escape');
      if (attempt >= 4) throw new Error(`no quick-fix menu on "${word}"`, { cause: e });
      await sleep(500);
    }
  }
  const title = (await first.innerText()).trim();
  await page.screenshot({ path: path.join(outDir, 'quickfix.png') });
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await squiggles.first().waitFor({ state: 'detached', timeout: 30000 });
  say(`quick fix "${title}" on "${word}" cleared its squiggle (quickfix.png shows the menu)`);
  await runCommand(page, 'File: Revert File');
  await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
  await squiggles.first().waitFor({ state: 'attached', timeout: 30000 });
}

/**
 * Runs the DOM checks on an open workbench page; writes diagnostics.png and hover.png into `outDir`.
 * Returns the hover text.
 */
export async function driveHover(page, outDir) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  // the explorer fills in once the remote file system is connected; clicks before that go nowhere
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90000 });

  await openFromExplorer(page, 'vm-errors.yaml');
  await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 60000 });
  // the Problems panel lists our markers (Ctrl+Shift+M toggles, so press it only while the panel is hidden)
  const panel = page.locator('.markers-panel');
  if (!(await panel.first().isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await panel.locator('.monaco-list-row', { hasText: 'IFACE-02' }).first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(outDir, 'diagnostics.png') });
  say('vm-errors.yaml shows error squiggles and IFACE-02 in the Problems panel (diagnostics.png)');
  await page.keyboard.press('Control+J'); // hide the panel again: room for the hover
  await panel.first().waitFor({ state: 'hidden', timeout: 10000 }).catch(() => {});

  await quickFix(page, 'storage', outDir);

  await openFromExplorer(page, 'vm-masquerade.yaml');
  const text = await hover(page, 'frontend', [/10\.0\.2\.2\b/, /10\.0\.2\.1\b/]);
  await page.screenshot({ path: path.join(outDir, 'hover.png') });
  // the client asks for HTML hovers: the in-pod details fold away in <details> (rendered by VS Code's hover)
  const folded = await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content details > summary').count();
  if (folded === 0) throw new Error('the hover has no folded <details> section (hoverHtml / markdown.supportHtml)');
  say(`hover on "frontend" shows the guest IP and gateway (hover.png):\n${text.replace(/^/gm, '    ')}`);

  // "Virtwire: Show wiring" from the command palette opens the server's Markdown in the preview, beside the file
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await runCommand(page, 'Virtwire: Show wiring');
  await page.locator('.tab', { hasText: /wiring/ }).first().waitFor({ timeout: 30000 });
  await sleep(1500); // the preview is a webview that renders after its tab appears; this wait is for the picture only
  await page.screenshot({ path: path.join(outDir, 'wiring.png') });
  say('"Virtwire: Show wiring" opened the wiring preview (wiring.png)');
  return text;
}
