// The mouse hover on the interface name `frontend` of a valid masquerade VM: guest IP and gateway in the widget,
// the in-pod details folded in a rendered <details> (the client asks for HTML hovers).

export default {
  title: 'the wiring hover on a masquerade interface',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-masquerade.yaml');
    const text = await ui.hover('frontend', [/10\.0\.2\.2\b/, /10\.0\.2\.1\b/, /masquerade/]);
    const folded = await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content details > summary').count();
    if (folded === 0) throw new Error('the hover has no folded <details> section (hoverHtml / markdown.supportHtml)');
    await ui.photo('hover.png', 'the hover on "frontend": masquerade, guest 10.0.2.2, gateway 10.0.2.1, folded in-pod details');
    ui.say(`hover text:\n${text.replace(/^/gm, '    ')}`);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  },
};
