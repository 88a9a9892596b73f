// A setting the server cannot use is not silent: `virtwire.clusterContext` naming a file that does not exist makes
// the server send a warning (window/showMessage) that says what is used instead, and the client shows it.
const MISSING = '/nonexistent/kubevirt-cr.yaml';

export default {
  title: 'a bad setting value is announced by the server and shown by the client',
  async run(ui) {
    await ui.openFromExplorer('vm-masquerade.yaml');
    ui.setMachineSettings({ 'virtwire.clusterContext': MISSING });
    const item = await ui.notification(/virtwire\.clusterContext .*nonexistent.*KubeVirt's defaults are used instead/);
    // a long message is shown folded to one line: unfold it, as a user would, for the picture
    const expand = item.locator('.codicon-notifications-expand');
    if (await expand.count()) await expand.first().click();
    await item.locator('.notification-list-item.expanded, .notification-list-item-message').first().waitFor();
    const text = (await item.innerText()).replace(/\s+/g, ' ');
    await ui.photo('setting-warning.png', `the server's warning, shown by the client: ${JSON.stringify(text.slice(0, 140))}`);
    ui.setMachineSettings({});
    await ui.clearNotifications();
  },
};
