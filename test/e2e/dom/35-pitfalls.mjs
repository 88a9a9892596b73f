// A pitfall the cluster accepts, at information level: a blue squiggle on the bridge key, the hover of the interface
// starts with what will happen at runtime, and the file is not coloured in the explorer (only errors and warnings
// decorate files): its label has the colour of a file without findings.
import { EDITOR } from '../harness/ui.mjs';

/** The computed colour of a file's label in the explorer. */
async function labelColour(page, name) {
  const label = page.locator(`.explorer-folders-view .monaco-list-row[aria-label=${JSON.stringify(name)}] .label-name`).first();
  await label.waitFor();
  return label.evaluate((el) => getComputedStyle(el).color);
}

export default {
  title: 'an information-level pitfall: blue squiggle, the hover says what happens at runtime, the file stays uncoloured',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-pitfalls.yaml');
    await page.locator(`${EDITOR} .squiggly-info`).first().waitFor({ state: 'attached', timeout: 60000 });
    const errors = await page.locator(`${EDITOR} .squiggly-error, ${EDITOR} .squiggly-warning`).count();
    if (errors > 0) throw new Error(`vm-pitfalls.yaml shows ${errors} error or warning squiggles; it should have information only`);
    // the binding key: one word of the file that only the interface has (the name is the network's too). The
    // diagnostic sits on that key, so the widget holds two parts: VS Code's problem part (always first) and
    // Virtwire's hover for the interface. They render separately, so the hover is waited for until both are there
    // (one read of the widget), then each is checked on its own.
    const { text, problems, hovers } = await ui.hoverUntil('bridge', {
      problem: [/has no macAddress/, /MAC-UNPINNED/],
      hover: [/^interface storage\b[^\n]*\n(?:\s*\n)*\s*At runtime/],
    });
    if (!problems.some((p) => /has no macAddress/.test(p) && /MAC-UNPINNED/.test(p))) {
      throw new Error(`the hover shows no MAC-UNPINNED problem part: ${JSON.stringify(problems.map((p) => p.slice(0, 120)))}`);
    }
    const mineFirst = hovers.find((h) => h.startsWith('interface storage')) ?? '';
    const lines = mineFirst
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!(lines[0] ?? '').startsWith('interface storage') || !(lines[1] ?? '').startsWith('At runtime')) {
      throw new Error(
        `Virtwire's hover does not open with the interface and what happens at runtime: ${JSON.stringify(hovers.map((h) => h.slice(0, 120)))}`,
      );
    }
    // the widget is only so tall: bring Virtwire's part to its top for the picture (a scroll inside the hover)
    await page
      .locator('.monaco-hover:not(.hidden) .markdown-hover')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const mine = await labelColour(page, 'vm-pitfalls.yaml');
    const plain = await labelColour(page, 'vm-masquerade.yaml');
    if (mine !== plain) throw new Error(`vm-pitfalls.yaml is coloured in the explorer (${mine}, a file without findings: ${plain})`);
    await ui.photo(
      'pitfall-hover.png',
      `vm-pitfalls.yaml: the hover on the bridge key of "storage" (blue squiggle), scrolled to Virtwire's part: "interface storage", then "At runtime" (MAC-UNPINNED); VS Code's problem part with the same diagnostic sits above it; the explorer does not colour the file`,
    );
    ui.say(`hover text:\n${text.replace(/^/gm, '    ')}`);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  },
};
