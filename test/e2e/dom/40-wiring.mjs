// "Show wiring" from the code lens above the VM: the server's wiring opens in the Markdown preview beside the file
// (its own editor group, the YAML keeps the focus), follows an edit (port 80 → 8080 shows 8080 without running the
// command again), and reflows to the narrow column (no horizontal scrolling). The file is reverted.
import { EDITOR } from '../harness/ui.mjs';

/** The preview's text and whether anything in it is wider than its frame. */
function readPreview() {
  const body = document.body;
  if (!body || !/Wiring —/.test(body.innerText)) return null;
  return { text: body.innerText, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}

/**
 * Whether a frame is on screen: it and every frame around it visible (a webview renders into a hidden pending frame
 * first and shows it once loaded; the text is there before the picture).
 */
async function onScreen(ui, frame) {
  for (let f = frame; f && f !== ui.page.mainFrame(); f = f.parentFrame()) {
    const el = await f.frameElement().catch(() => null);
    if (!el || !(await el.isVisible())) return false;
  }
  return true;
}

async function preview(ui, ok, what, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < end) {
    for (const frame of ui.page.frames()) {
      if (frame === ui.page.mainFrame()) continue;
      const s = await frame.evaluate(readPreview).catch(() => null);
      if (!s || !(await onScreen(ui, frame))) continue;
      last = s;
      if (ok(s)) return s;
    }
    // the preview renders in its own frame, with no event to wait on from here
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the wiring preview never showed ${what}; last: ${JSON.stringify(last && { ...last, text: last.text.slice(0, 300) })}`);
}

export default {
  title: '"Show wiring" from the code lens opens beside the file and follows edits',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-masquerade.yaml');
    const lens = page.locator(`${EDITOR} .codelens-decoration a`, { hasText: /1 interface · Show wiring/ }).first();
    await lens.waitFor({ timeout: 60000 });
    await ui.photo('codelens.png', 'the code lens "1 interface · Show wiring" above the VM in vm-masquerade.yaml');
    await lens.click();
    const first = await preview(
      ui,
      (s) => /frontend/.test(s.text) && /10\.0\.2\.2\b/.test(s.text) && /\b80\b/.test(s.text),
      'the VM web with frontend and 10.0.2.2',
    );
    const groups = await page.locator('.editor-group-container').count();
    if (groups < 2) throw new Error(`the preview opened on top of the file (${groups} editor group)`);
    await page.locator('.editor-group-container.active .tab.active[data-resource-name="vm-masquerade.yaml"]').waitFor({ timeout: 10000 });
    if (first.overflow > 2) throw new Error(`the preview scrolls sideways by ${first.overflow}px in its column`);
    await ui.photo(
      'wiring.png',
      'the "Show wiring" preview beside vm-masquerade.yaml (the file keeps the focus): VM web, frontend, 10.0.2.2 via 10.0.2.1, no sideways scrolling',
    );
    // port 80 → 8080, typed in the file: the preview follows
    const { x, y } = await ui.locate('80');
    await page.mouse.click(x, y);
    await page.keyboard.press('End');
    await page.keyboard.type('80');
    await preview(ui, (s) => /\b8080\b/.test(s.text), 'port 8080 after the edit');
    await ui.photo('wiring-live.png', 'after typing port 80 → 8080 in the file, the preview beside it shows 8080 (it follows edits)');
    await ui.runCommand('File: Revert File');
    await page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: 10000 });
    await ui.runCommand('View: Close All Editors');
  },
};
