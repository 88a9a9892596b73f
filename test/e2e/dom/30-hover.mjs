// The mouse hover on the interface name `frontend` of a valid masquerade VM, in a split editor (the hover's smallest
// size): summary and addresses first, one line
// for DHCP and one for nftables, the device in a line, nothing folded (a fold that opens inside a hover can grow past
// the widget and be cut off), the whole hover visible without scrolling, and the full detail one click away (a link to
// "Show wiring").

export default {
  title: 'the wiring hover on a masquerade interface fits its widget',
  async run(ui) {
    const { page } = ui;
    await ui.runCommand('View: Close All Editor Groups');
    await ui.openFromExplorer('vm-masquerade.yaml');
    // the narrowest case: the editor split in two, so the hover gets its smallest size (VS Code gives it at least
    // 500 × 250 px, more only in a larger editor)
    await ui.runCommand('View: Split Editor Right');
    await page.locator('.editor-group-container').nth(1).waitFor();
    const text = await ui.hover('frontend', [/10\.0\.2\.2\b/, /10\.0\.2\.1\b/, /masquerade/, /DHCP/, /nftables/, /Show wiring/]);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    const content = hover.locator('.monaco-hover-content').first();
    if ((await content.locator('details').count()) > 0) throw new Error('the hover folds a section (it could be cut off when opened)');
    // everything in view: the last line of the content ends inside the widget (no scrolling, nothing cut off)
    const fits = await hover.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const blocks = [...el.querySelectorAll('.monaco-hover-content p, .monaco-hover-content .hover-row, .monaco-hover-content a')];
      const bottom = Math.max(...blocks.map((b) => b.getBoundingClientRect().bottom));
      const scroll = el.querySelector('.monaco-scrollable-element');
      const bar = scroll?.querySelector('.scrollbar.vertical .slider');
      return {
        widget: Math.round(box.height),
        bottom: Math.round(bottom - box.top),
        slider: bar ? Math.round(bar.getBoundingClientRect().height) : 0,
      };
    });
    if (fits.bottom > fits.widget + 1)
      throw new Error(`the hover is cut off: its content ends at ${fits.bottom}px in a ${fits.widget}px widget`);
    if ((await hover.locator('a', { hasText: 'Show wiring' }).count()) === 0) throw new Error('no "Show wiring" link in the hover');
    const lines = text.split('\n').filter((l) => l.trim());
    const order = ['Addresses', 'DHCP', 'nftables', 'Domain'].map((w) => lines.findIndex((l) => l.startsWith(w)));
    if (order.some((i) => i < 0) || order.some((i, k) => k > 0 && i < order[k - 1]))
      throw new Error(`unexpected order of the hover's lines: ${JSON.stringify(lines)}`);
    await ui.photo(
      'hover.png',
      `the hover on "frontend" in a split editor: masquerade, guest 10.0.2.2 via 10.0.2.1, one line each for DHCP and nftables, the whole hover in view (content ends at ${fits.bottom}px of ${fits.widget}px), a "Show wiring" link`,
    );
    ui.say(`hover text:\n${text.replace(/^/gm, '    ')}`);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await ui.runCommand('View: Close All Editor Groups');
  },
};
