// What the DOM checks do in the workbench, as a user would: open a file from the explorer, find a word on the
// screen, hover it, run a command from the palette, read a webview, read the notifications. Every wait is for
// an element or a text, never a fixed sleep; every picture is taken after its assertion held (photo()).
import fs from 'node:fs';
import path from 'node:path';
import { sleep } from './workbench.mjs';

export const EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
const say = (m) => console.error(`[e2e] ${m}`);

export class Ui {
  /**
   * @param page     the workbench page (playwright)
   * @param outDir   where photos go (test-results/)
   * @param settings { machine(values) }: writes the VS Code server's machine settings (values: object, {} clears)
   */
  constructor(page, outDir, settings) {
    this.page = page;
    this.outDir = outDir;
    this.settings = settings;
    /** name → what was asserted on the screen it shows */
    this.photos = new Map();
  }

  say(m) {
    say(m);
  }

  /** Saves a screenshot of what was just asserted; `shows` says what that is (printed in the summary). */
  async photo(name, shows) {
    await this.page.screenshot({ path: path.join(this.outDir, name) });
    this.photos.set(name, shows);
    say(`${name}: ${shows}`);
  }

  async waitForWorkbench() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    // the explorer fills in once the remote file system is connected; clicks before that go nowhere
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90000 });
  }

  async openFromExplorer(name) {
    const { page } = this;
    await page
      .locator(`.explorer-folders-view .monaco-list-row[aria-label=${JSON.stringify(name)}]`)
      .first()
      .click();
    // the tab shows name and extension apart; data-resource-name holds the whole file name
    await page.locator(`.editor-group-container.active .tab.active[data-resource-name=${JSON.stringify(name)}]`).waitFor();
    await page.locator(`${EDITOR} .view-lines .view-line`).first().waitFor();
  }

  /**
   * Viewport centre of the first whole-word `word` on the rendered lines, found by character offsets in text nodes.
   * Text the editor injects between the file's characters (inlay hints: spans styled by `dyn-rule-*` classes) is
   * not part of the line.
   */
  async locate(word) {
    const box = await this.page.evaluate(
      ({ sel, word }) => {
        const editor = document.querySelector(sel);
        if (!editor) return null;
        const injected = (n) => [...(n.parentElement?.classList ?? [])].some((c) => c.startsWith('dyn-rule-'));
        // .view-line nodes are recycled and absolutely positioned: sort by top to get line order
        const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort(
          (a, b) => parseFloat(a.style.top) - parseFloat(b.style.top),
        );
        const re = new RegExp(`\\b${word}\\b`);
        for (const line of lines) {
          const nodes = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!injected(n)) nodes.push(n);
          const m = re.exec(
            nodes
              .map((n) => n.textContent)
              .join('')
              .replace(/\u00a0/g, ' '),
          );
          if (!m) continue;
          const range = document.createRange();
          let pos = 0;
          let started = false;
          for (const n of nodes) {
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
   * Hovers `word` until the hover widget shows text matching every regex in `expect`; returns that text.
   * A hover asked for before the language server is ready shows nothing and is not asked again, so move away and
   * back between attempts.
   */
  async hover(word, expect, timeoutMs = 45000) {
    return (await this.hoverUntil(word, { text: expect }, timeoutMs)).text;
  }

  /**
   * Hovers `word` until one snapshot of the open hover satisfies all of `want` and returns that snapshot:
   * `{ text, problems, hovers }`, the widget's whole text and its parts in the order VS Code shows them —
   * `problems` (its marker parts: a diagnostic under the mouse, message, source, code, related information) and
   * `hovers` (the providers' markdown parts). VS Code renders the parts as their participants answer (the problem
   * part and Virtwire's part arrive separately and the widget is re-rendered in between), so a check on one part
   * must wait for that part, not for the widget: the condition is evaluated on one consistent read of the DOM,
   * each animation frame, until it holds.
   *   want.text:    regexes the whole text matches
   *   want.problem: regexes one problem part matches (all of them, the same part)
   *   want.hover:   regexes one markdown part matches (all of them, the same part)
   */
  async hoverUntil(word, want, timeoutMs = 45000) {
    const { page } = this;
    const end = Date.now() + timeoutMs;
    const src = (res) => (res ?? []).map((r) => ({ source: r.source, flags: r.flags }));
    const arg = { text: src(want.text), problem: src(want.problem), hover: src(want.hover), check: false };
    const read = (a) => {
      const clean = (t) => t.replace(/\u00a0/g, ' ').trim();
      const shown = [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')].find(
        (el) => el.getClientRects().length > 0 && /\S/.test(el.innerText),
      );
      if (!shown) return a.check ? false : null;
      const texts = (sel) => [...shown.querySelectorAll(sel)].map((el) => clean(el.innerText)).filter(Boolean);
      const snap = { text: clean(shown.innerText), problems: texts('.marker.hover-contents'), hovers: texts('.markdown-hover') };
      if (!a.check) return snap;
      const all = (res, t) => res.every((r) => new RegExp(r.source, r.flags).test(t));
      const ok =
        all(a.text, snap.text) &&
        (a.problem.length === 0 || snap.problems.some((p) => all(a.problem, p))) &&
        (a.hover.length === 0 || snap.hovers.some((h) => all(a.hover, h)));
      return ok ? snap : false;
    };
    const hidden = () =>
      ![...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')].some((el) => el.getClientRects().length > 0);
    let last = null;
    for (let attempt = 1; Date.now() < end; attempt++) {
      const { x, y } = await this.locate(word);
      // straight onto the word from outside the editor: a path across other lines could open their hover (a
      // squiggle's, say) on the way
      await page.mouse.move(0, 0);
      await page.mouse.move(x, y);
      try {
        const handle = await page.waitForFunction(
          read,
          { ...arg, check: true },
          { timeout: Math.max(1000, Math.min(8000, end - Date.now())) },
        );
        return await handle.jsonValue();
      } catch {}
      last = await page.evaluate(read, arg).catch(() => null);
      say(
        `hover attempt ${attempt} on "${word}": ${last ? `not all of it yet (${last.problems.length} problem part(s), ${last.hovers.length} hover part(s))` : 'nothing shown'}`,
      );
      // move away and wait for the widget to close before asking again
      await page.mouse.move(0, 0);
      await page.waitForFunction(hidden, null, { timeout: 5000 }).catch(() => {});
    }
    const wanted = [
      ...(want.text ?? []),
      ...(want.problem ?? []).map((r) => `problem part ${r}`),
      ...(want.hover ?? []).map((r) => `hover part ${r}`),
    ];
    const parts = last ? { problems: last.problems.map((p) => p.slice(0, 120)), hovers: last.hovers.map((h) => h.slice(0, 120)) } : null;
    throw new Error(
      `no hover on "${word}" with ${wanted.join(' and ')}; last hover: ${JSON.stringify(last ? { text: last.text.slice(0, 300), ...parts } : null)}`,
    );
  }

  /** Runs a command from the palette by its label. */
  async runCommand(label) {
    const { page } = this;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill('>' + label);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
  }

  /**
   * Waits until a webview (any frame, webviews nest an iframe in an iframe) shows text matching every regex;
   * returns that frame's text.
   */
  async webviewText(expect, timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < end) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.trim()) last = text;
        if (text && expect.every((re) => re.test(text))) return text;
      }
      // frames render asynchronously and have no event we can wait on from here: poll them
      await sleep(200);
    }
    throw new Error(
      `no webview showing ${expect.join(' and ')} within ${timeoutMs} ms; last webview text: ${JSON.stringify(last.slice(0, 400))}`,
    );
  }

  /**
   * The notifications list (the bell in the status bar). The smoke-test driver, which the E2E suite needs,
   * turns VS Code's toasts off; the list shows the same notifications, with the same buttons.
   */
  async openNotifications() {
    const center = this.page.locator('.notifications-center.visible');
    if (!(await center.isVisible().catch(() => false))) await this.runCommand('Notifications: Show Notifications');
    await center.waitFor({ timeout: 10000 });
    return center;
  }

  /** The notification whose message matches `re`, once it is in the list. */
  async notification(re, timeoutMs = 30000) {
    const center = await this.openNotifications();
    const item = center
      .locator('.notification-list-item', { has: this.page.locator('.notification-list-item-message', { hasText: re }) })
      .first();
    await item.waitFor({ timeout: timeoutMs });
    return item;
  }

  /** Clears the list and closes it. */
  async clearNotifications() {
    await this.runCommand('Notifications: Clear All Notifications');
    const center = this.page.locator('.notifications-center.visible');
    if (await center.isVisible().catch(() => false)) await this.runCommand('Notifications: Hide Notifications');
    await center.waitFor({ state: 'hidden', timeout: 10000 });
  }

  /**
   * The output panel's visible text once it shows the channel `name` with a line matching `re`. The panel renders
   * only the lines in view, so its filter box (as a user would use it) narrows the channel to lines with `filter`
   * (clearOutputFilter() empties it again).
   */
  async outputText(name, re, filter, timeoutMs = 20000) {
    const { page } = this;
    const panel = page.locator('.part.panel');
    await panel.locator('.monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
    const box = panel.locator('input[placeholder^="Filter"]').first();
    if (filter) await box.fill(filter);
    const end = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < end) {
      const channel = await panel
        .locator('select, .monaco-select-box')
        .allInnerTexts()
        .catch(() => []);
      text = (
        await panel
          .locator('.monaco-editor .view-lines')
          .first()
          .innerText()
          .catch(() => '')
      ).replace(/\u00a0/g, ' ');
      // the filter applies after a short delay: until then, lines without the filter text are still shown
      const stamped = text.split('\n').filter((l) => /^\d{4}-\d\d-\d\d /.test(l));
      const filtered = !filter || stamped.every((l) => l.includes(filter));
      // wrapped lines come back as separate lines: compare with white space collapsed
      if (filtered && channel.join(' ').includes(name) && re.test(text.replace(/\s+/g, ' '))) return text;
      await sleep(200);
    }
    throw new Error(`the output panel does not show ${re} in "${name}"; it shows: ${JSON.stringify(text.slice(-400))}`);
  }

  async clearOutputFilter() {
    await this.page.locator('.part.panel input[placeholder^="Filter"]').first().fill('');
  }

  /** Writes the run's machine settings (VS Code watches the file; the extension reacts to the change). */
  setMachineSettings(values) {
    this.settings.machine(values);
  }
}

/** The DOM checks in test/e2e/dom/, in file-name order: `NN-name.mjs`, each `export default { title, run(ui) }`. */
export async function loadChecks(dir, grep) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.+\.mjs$/.test(f) && (!grep || f.includes(grep)))
    .sort();
  const checks = [];
  for (const f of files) checks.push({ file: f, ...(await import(path.join(dir, f))).default });
  return checks;
}
