// The outline and the inlay hints: the Outline view lists the VM `db` with its interfaces (binding and pod interface)
// and networks; after each interface name the editor shows the pod interface and what the guest gets.
import { EDITOR } from '../harness/ui.mjs';
import { openWithLens } from './authoring.mjs';

export default {
  title: 'the outline lists the VM and its interfaces; inlay hints name the pod interface and the guest address',
  async run(ui) {
    const { page } = ui;
    await openWithLens(ui, 'vm-authoring.yaml');
    // inlay hints: rendered as text after the interface name (the editor renders spaces as no-break spaces: \s)
    const hint = page.locator(`${EDITOR} .view-line`, { hasText: /-\sname:\sdefault.*eth0\s·\s10\.0\.2\.2/ }).first();
    await hint.waitFor({ timeout: 60000 });
    await page
      .locator(`${EDITOR} .view-line`, { hasText: /-\sname:\sstorage.*pod49a25f9feef\s·\sNAD\sIPAM/ })
      .first()
      .waitFor({ timeout: 20000 });
    await ui.runCommand('Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane .monaco-list-row');
    await outline.filter({ hasText: 'db' }).first().waitFor({ timeout: 20000 });
    // expand everything (the outline's own action)
    await ui.runCommand('Explorer: Focus on Outline View');
    const toggle = page.locator('.outline-pane .monaco-list-row[aria-expanded="false"]');
    for (let i = 0; i < 5 && (await toggle.count()) > 0; i++) await toggle.first().click();
    await outline.filter({ hasText: 'storage' }).first().waitFor({ timeout: 20000 });
    // each row: its name, then its description
    const rows = await outline.evaluateAll((els) =>
      els.map((el) =>
        [el.querySelector('.label-name'), el.querySelector('.label-description')]
          .map((e) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim())
          .join(' — '),
      ),
    );
    for (const want of [
      /^db — VirtualMachine · demo$/,
      /^default — interface · masquerade · eth0$/,
      /^storage — interface · bridge · pod49a25f9feef$/,
      /^storage — network · Multus storage-nad$/,
    ]) {
      if (!rows.some((r) => want.test(r))) throw new Error(`the outline has no row like ${want}: ${JSON.stringify(rows)}`);
    }
    await ui.photo(
      'outline.png',
      `the Outline view: ${rows.join(' | ')}; inlay hints "eth0 · 10.0.2.2" and "pod49a25f9feef · NAD IPAM" after the interface names`,
    );
    await ui.runCommand('View: Close All Editors');
  },
};
