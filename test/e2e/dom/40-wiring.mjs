// "Virtwire: Show wiring" from the command palette opens the server's Markdown in the preview beside the file;
// the picture is taken once the preview's webview shows the VM, its interface and its addresses.

export default {
  title: '"Show wiring" renders the wiring of the file',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-masquerade.yaml');
    await ui.runCommand('Virtwire: Show wiring');
    await page.locator('.tab', { hasText: /wiring/ }).first().waitFor({ timeout: 30000 });
    const text = await ui.webviewText([/\bweb\b/, /frontend/, /10\.0\.2\.2\b/, /10\.0\.2\.1\b/]);
    await ui.photo('wiring.png', 'the "Show wiring" preview of vm-masquerade.yaml: VM web, interface frontend, guest 10.0.2.2 via 10.0.2.1');
    ui.say(`wiring preview starts with: ${JSON.stringify(text.slice(0, 160))}`);
    await ui.runCommand('View: Close All Editors');
  },
};
