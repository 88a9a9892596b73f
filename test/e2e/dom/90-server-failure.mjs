// A language server that cannot start, or that crashes, is announced with a notification whose button opens the
// "Virtwire" output channel. `virtwire.server.path` (machine settings) points the installed extension at a file
// that does not exist, at a server that exits while starting, then at one that crashes after initialize each
// time it is started; clearing the setting brings the bundled server back.
import path from 'node:path';
import { EDITOR } from '../harness/ui.mjs';

const MISSING = '/nonexistent/virtwire-language-server.js';
const EXITING = path.join(import.meta.dirname, '../servers/exit-on-start.js');
const CRASHING = path.join(import.meta.dirname, '../servers/crash-after-initialize.js');

export default {
  title: 'server failures are announced with a button to the output',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer('vm-errors.yaml');
    await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 60000 });

    // 1. a server that does not exist
    ui.setMachineSettings({ 'virtwire.server.path': MISSING });
    let item = await ui.notification(/Virtwire: the language server is missing/);
    const missingText = await item.innerText();
    if (!missingText.includes(MISSING)) throw new Error(`the notification does not name the path: ${JSON.stringify(missingText)}`);
    const show = item.locator('.monaco-button', { hasText: 'Show Output' });
    await show.waitFor();
    await ui.photo('server-missing.png', `the notification "the language server is missing (${MISSING})" with its "Show Output" button`);
    await show.click();
    await ui.clearNotifications();
    await ui.outputText('Virtwire', /the language server \/nonexistent\/virtwire-language-server\.js does not exist/, 'nonexistent');
    await ui.photo(
      'server-missing-output.png',
      '"Show Output" opened the Virtwire output channel, filtered on "nonexistent": "the language server … does not exist"',
    );
    await ui.clearOutputFilter();

    // 2. a server that exits before it has answered initialize
    ui.setMachineSettings({ 'virtwire.server.path': EXITING });
    item = await ui.notification(/Virtwire: the language server could not start/);
    for (const label of ['Show Output', 'Restart']) await item.locator('.monaco-button', { hasText: label }).waitFor();
    const all = await ui.page.locator('.notifications-center .notification-list-item-message').allInnerTexts();
    if (all.length !== 1) throw new Error(`one notification for a failed start, got ${JSON.stringify(all)}`);
    await ui.photo('server-start-failed.png', `the notification "${all[0]}" with Show Output and Restart`);
    await item.locator('.monaco-button', { hasText: 'Show Output' }).click();
    await ui.clearNotifications();
    await ui.outputText('Virtwire', /exit-on-start: cannot start \(on purpose\)/, 'exit-on-start');
    await ui.photo(
      'server-start-failed-output.png',
      'the Virtwire output channel, filtered on "exit-on-start": what the server printed before it exited',
    );
    await ui.clearOutputFilter();

    // 3. a server that crashes after initialize, every time: announced each time, then given up with a Restart button
    ui.setMachineSettings({ 'virtwire.server.path': CRASHING });
    const first = await ui.notification(/Virtwire: the language server stopped unexpectedly; restarting it \(restart 1 of/);
    await first.locator('.monaco-button', { hasText: 'Show Output' }).waitFor();
    item = await ui.notification(/Virtwire: the language server crashed 5 times in 3 minutes/);
    for (const label of ['Show Output', 'Restart']) await item.locator('.monaco-button', { hasText: label }).waitFor();
    const count = await ui.page
      .locator('.notifications-center .notification-list-item-message', { hasText: /^Virtwire: the language server/ })
      .count();
    if (count !== 2) throw new Error(`expected 2 notifications for a series of crashes (the first, the last), got ${count}`);
    await ui.photo(
      'server-crash.png',
      'the crashing server: "stopped unexpectedly; restarting it" once, then "crashed 5 times … not restarted again" with Show Output and Restart',
    );
    await item.locator('.monaco-button', { hasText: 'Show Output' }).click();
    await ui.clearNotifications();
    await ui.outputText('Virtwire', /crash-after-initialize: exiting with code 3 on purpose/, 'crash-after-initialize');
    await ui.photo(
      'server-crash-output.png',
      'the Virtwire output channel, filtered on "crash-after-initialize": the crashing server\'s own error output',
    );
    await ui.clearOutputFilter();

    // 4. back to the bundled server: the squiggles return
    ui.setMachineSettings({});
    await ui.openFromExplorer('vm-errors.yaml');
    await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 60000 });
    ui.say('with virtwire.server.path cleared, the bundled server is back (squiggles on vm-errors.yaml)');
  },
};
